/// A pelaksana: a position or unit (never a person) that performs steps.
public struct Actor: Hashable, Sendable, Codable {
    public var id: String
    /// The column header printed in the flowchart.
    public var label: Text
    public var level: OrgLevel?
    /// Duties of a team role (002's Ketua, Sekretaris, Koordinator ...), printed nowhere in
    /// the flowchart but kept for the authoring record and the agenda.
    public var duties: [Text]
    /// False for roles that act only in recurring duties and get no flowchart column.
    public var hasColumn: Bool
    public var location: SourceLocation

    public init(
        id: String, label: Text, level: OrgLevel? = nil, duties: [Text] = [], hasColumn: Bool = true,
        location: SourceLocation
    ) {
        self.id = id; self.label = label; self.level = level; self.duties = duties
        self.hasColumn = hasColumn; self.location = location
    }

    /// External parties (Partai Politik, Masyarakat) act by name and contact, not by roster.
    public var isExternal: Bool { level == .eksternal }
}

/// KPU's organisational levels, plus parties outside the commission.
public enum OrgLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case kabupatenKota = "kabupaten_kota"
    case provinsi
    case pusat
    case eksternal

    /// Order in the escalation chain (higher holds more authority); external parties have none.
    public var rank: Int? {
        switch self {
        case .kabupatenKota: 1
        case .provinsi: 2
        case .pusat: 3
        case .eksternal: nil
        }
    }

    public var printed: String {
        switch self {
        case .kabupatenKota: "Kabupaten/Kota"
        case .provinsi: "Provinsi"
        case .pusat: "Pusat"
        case .eksternal: "Pihak luar"
        }
    }
}

/// A service channel through which a case arrives.
public struct Channel: Hashable, Sendable, Codable {
    public var id: String
    public var label: Text
    public var location: SourceLocation

    public init(id: String, label: Text, location: SourceLocation) {
        self.id = id; self.label = label; self.location = location
    }
}
