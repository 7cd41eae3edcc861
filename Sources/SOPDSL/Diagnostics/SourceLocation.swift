/// A 1-based position in an SOP source file.
///
/// libyaml reports 0-based marks; `SourceLocation(libyamlLine:column:)` in the YAML
/// layer is the one place where they are converted.
public struct SourceLocation: Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file path as the user named it (used for printing only).
    public var file: String {
        get { FileNames.shared.name(fileID) }
        set { fileID = FileNames.shared.id(newValue) }
    }
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml does.
    public var column: Int
    /// The path, interned (`FileNames`): no reference to count when a location is copied.
    private(set) var fileID: FileNames.ID

    public init(file: String, line: Int, column: Int) {
        self.init(fileID: file.isEmpty ? FileNames.empty : FileNames.shared.id(file), line: line, column: column)
    }

    /// A location in a file already interned (the YAML reader names one file per event).
    init(fileID: FileNames.ID, line: Int, column: Int) {
        self.fileID = fileID
        self.line = line
        self.column = column
    }

    /// The position of something that has no place in a file (a built-in default).
    public static func unknown(file: String = "") -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    public var isKnown: Bool { line > 0 }

    /// The location `offset` scalars further on the same line (for errors inside a scalar).
    public func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(fileID: fileID, line: line, column: column + offset)
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// Set this `userInfo` key to true to encode every location as null: the canonical form of an
    /// SOP (for pinning cases to its content) must not change when only line numbers move.
    public static let omitInEncodingKey = CodingUserInfoKey(rawValue: "sop.omitLocations")!

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.userInfo[Self.omitInEncodingKey] as? Bool == true {
            try container.encodeNil()
        } else {
            try container.encode(Stored(file: file, line: line, column: column))
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .unknown()
        } else {
            let stored = try container.decode(Stored.self)
            self.init(file: stored.file, line: stored.line, column: stored.column)
        }
    }

    private struct Stored: Codable { let file: String; let line: Int; let column: Int }

    /// Ordered by path, then line, then column; the path is looked at only when it differs.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileID.identity == rhs.fileID.identity { return (lhs.line, lhs.column) < (rhs.line, rhs.column) }
        return lhs.file < rhs.file
    }
}

extension SourceLocation: Hashable {
    /// Equal as the path, line and column were: `identity` is shared by equal path strings.
    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.fileID.identity == rhs.fileID.identity && lhs.line == rhs.line && lhs.column == rhs.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fileID.identity)
        hasher.combine(line)
        hasher.combine(column)
    }
}
