/// One numbered row of a flowchart table that differs between the versions: added, removed, or
/// matched with changes (its number shifting counts).
public struct RowEntry: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        case added = "ditambah"
        case removed = "dihapus"
        case changed = "diubah"
        /// Only its number changed, because rows before it were added or removed.
        case shifted = "bergeser"
    }

    public var status: Status
    /// The table's procedure id ("" for the single table of a top-level `langkah`), in the new
    /// version when the row is there.
    public var procedure: String
    /// The row's No in the old version's table (nil: added).
    public var oldNumber: Int?
    /// The row's No in the new version's table (nil: removed).
    public var newNumber: Int?
    /// The row id (new version's when it has the row).
    public var id: String
    /// The Kegiatan as printed (new version's when it has the row).
    public var activity: String
    /// Whether the row holds more than one symbol in either version (symbol changes then name it).
    public var hasSeveralSymbols: Bool
    /// What the row prints, for an added or removed row.
    public var content: RowContent?
    /// The row's changes in printed column order: No, Kegiatan, the symbols, Mutu Baku, Keterangan.
    public var changes: [Change]

    public init(status: Status, procedure: String, oldNumber: Int?, newNumber: Int?, id: String, activity: String,
                hasSeveralSymbols: Bool, content: RowContent? = nil, changes: [Change]) {
        self.status = status; self.procedure = procedure; self.oldNumber = oldNumber; self.newNumber = newNumber
        self.id = id; self.activity = activity; self.hasSeveralSymbols = hasSeveralSymbols; self.content = content
        self.changes = changes
    }

    /// The changes worth a line of their own: everything but the shift of the row's number.
    public var contentChanges: [Change] { changes.filter { $0.action != .shifted } }
}

/// A row as printed: Kegiatan, its symbols in their columns, Mutu Baku, Keterangan.
public struct RowContent: Hashable, Sendable, Codable {
    public struct Symbol: Hashable, Sendable, Codable {
        public var id: String
        /// The shape's YAML name: terminator, proses, keputusan, penghubung, penghubung_halaman.
        public var shape: String
        /// The column headers of its actors.
        public var actors: [String]
        public var text: String?
    }

    public var activity: String
    public var symbols: [Symbol]
    public var requirements: [String]
    public var time: String?
    public var output: String?
    public var note: String?
}
