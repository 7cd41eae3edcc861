/// Every office of a deployment and how they nest: a kabupaten/kota under its provinsi, a
/// provinsi under the national office. Checked acyclic and level-ordered when loaded.
public struct OfficeDirectory: Sendable, Hashable {
    public let offices: [Office]
    public let path: String
    private let byID: [String: Int]

    public init(offices: [Office], path: String) {
        self.offices = offices
        self.path = path
        var index: [String: Int] = [:]
        for (i, office) in offices.enumerated() where index[office.id] == nil { index[office.id] = i }
        byID = index
    }

    public func office(_ id: String) -> Office? { byID[id].map { offices[$0] } }

    /// The office and every office above it, nearest first.
    public func chain(from id: String) -> [Office] {
        var out: [Office] = []
        var next = office(id)
        while let current = next, !out.contains(where: { $0.id == current.id }) {
            out.append(current)
            next = current.parent.flatMap { office($0.id) }
        }
        return out
    }

    /// The office that answers for `level` on behalf of `home`: itself, or its ancestor at that
    /// level. Nil when no ancestor is at that level (a provinsi asked for a kabupaten).
    public func responsible(for home: String, at level: OrgLevel?) -> Office? {
        guard let level, let rank = level.rank else { return office(home) }
        let chain = chain(from: home)
        guard let own = chain.first, let ownRank = own.level.rank else { return nil }
        if rank <= ownRank { return own }
        return chain.first { $0.level == level }
    }

    /// Whether `viewer` may see what belongs to `office`: its own, or an office below it.
    public func oversees(_ viewer: String, _ office: String) -> Bool {
        chain(from: office).contains { $0.id == viewer }
    }

    /// Offices at or below `viewer`, itself first.
    public func descendants(of viewer: String) -> [Office] {
        offices.filter { oversees(viewer, $0.id) }
    }
}
