/// A removed id and an added id whose content is nearly the same: most likely the author renamed
/// the id. Reported as such, because by id they are different things (cases, conditions and
/// rosters that name the old id no longer find it).
public struct ProbableRename: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A flowchart symbol (step).
        case symbol = "simbol"
        /// An actor (pelaksana).
        case actor = "pelaksana"
    }

    public var kind: Kind
    public var oldID: String
    public var newID: String
    /// How alike the two are, 0-100 (the activity text for a symbol, the column header for an actor).
    public var similarity: Int
    /// Why they are taken for one thing, in words: "pelaksana sama, kegiatan 97% mirip".
    public var reason: String

    public init(kind: Kind, oldID: String, newID: String, similarity: Int, reason: String) {
        self.kind = kind; self.oldID = oldID; self.newID = newID; self.similarity = similarity; self.reason = reason
    }
}
