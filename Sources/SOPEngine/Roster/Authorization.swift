import Foundation
import SOPDSL

/// Who a `--sebagai` names, and which SOP roles they hold at a given moment, own or delegated.
public struct Authorization: Sendable {
    public let roster: Roster
    private let timeZone: TimeZone

    public init(roster: Roster) {
        self.roster = roster
        timeZone = TimeZone(identifier: roster.timeZone) ?? TimeZone(identifier: "Asia/Jakarta")!
    }

    /// Finds a staff member by NIP (spaces ignored) or by exact name (case-insensitive).
    public func person(_ query: String) throws -> StaffMember {
        let nip = query.filter { !$0.isWhitespace }
        if let member = roster.staff.first(where: { $0.nip == nip }) { return member }
        let byName = roster.staff.filter { $0.name.value.lowercased() == query.lowercased() }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw EngineError.ambiguousPerson(query, candidates: byName.map { "\($0.name.value) (NIP \($0.nip))" })
        }
        throw EngineError.unknownPerson(query, suggestions: StaffSuggestions.names(for: query, in: roster.staff))
    }

    /// A grant of a role: the person's own, or through a delegation.
    public struct Grant: Sendable, Hashable {
        public var role: String
        public var delegation: Delegation?
    }

    /// The roles `member` may act in at `instant`.
    public func grants(for member: StaffMember, at instant: Date) -> [Grant] {
        var grants = member.roles.map { Grant(role: $0.id, delegation: nil) }
        for delegation in roster.delegations where delegation.standIn.id == member.nip && isWithin(delegation, instant) {
            guard let replaced = roster.staff.first(where: { $0.nip == delegation.replaced.id }) else { continue }
            let roles = delegation.roles?.map(\.id) ?? replaced.roles.map(\.id)
            grants += roles.map { Grant(role: $0, delegation: delegation) }
        }
        return grants
    }

    /// Delegations to `member` for any of `roles` that are not in force at `instant` (for a precise refusal).
    public func lapsedDelegations(for member: StaffMember, roles: [String], at instant: Date) -> [Delegation] {
        roster.delegations.filter { delegation in
            guard delegation.standIn.id == member.nip, !isWithin(delegation, instant),
                  let replaced = roster.staff.first(where: { $0.nip == delegation.replaced.id }) else { return false }
            let delegated = delegation.roles?.map(\.id) ?? replaced.roles.map(\.id)
            return !Set(delegated).isDisjoint(with: roles)
        }
    }

    func isWithin(_ delegation: Delegation, _ instant: Date) -> Bool {
        guard let start = date(delegation.from, endOfDay: false), let end = date(delegation.until, endOfDay: true) else { return false }
        return instant >= start && instant <= end
    }

    /// A roster time as an instant; a whole day ends at 23:59:59.999 local time.
    func date(_ value: LocalDateTime, endOfDay: Bool) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: value.year, month: value.month, day: value.day,
                                        hour: value.hour ?? (endOfDay ? 23 : 0), minute: value.minute ?? (endOfDay ? 59 : 0),
                                        second: value.hour == nil && endOfDay ? 59 : 0)
        let date = calendar.date(from: components)
        return value.hour == nil && endOfDay ? date?.addingTimeInterval(0.999) : date
    }
}
