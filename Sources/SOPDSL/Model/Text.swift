/// A piece of author-written text with the place it was written.
public struct Text: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var value: String
    public var location: SourceLocation

    public init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public init(stringLiteral value: String) {
        self.init(value, at: .unknown())
    }

    public var description: String { value }
}

/// A reference by id to something declared elsewhere in the SOP (a step, an actor),
/// located where the reference is written so a wrong id can be pointed at.
public struct Reference: Hashable, Sendable, Codable {
    public var id: String
    public var location: SourceLocation

    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}
