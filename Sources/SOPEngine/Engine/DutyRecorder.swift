import Foundation
import SOPDSL

/// Records recurring duties (002's hourly inbox check, the 08.00/17.00 reports) on one
/// hash-chained agenda stream per SOP, with the same role check as case steps.
extension CaseEngine {
    /// The chain id of an SOP's agenda: "AGENDA-HELPDESK".
    public static func agendaID(for sop: SOP) -> String { "AGENDA-" + CaseID.prefix(forSOPPath: sop.path) }

    @discardableResult
    public func recordDuty(sop: SOP, source: String, duty id: String, actingAs: String, occurredAt: Date? = nil,
                           note: String? = nil) throws -> CaseEvent {
        guard let duty = sop.recurringDuties.first(where: { $0.id == id }) else {
            throw EngineError.unknownDuty(id, known: sop.recurringDuties.map(\.id))
        }
        let chain = try storeCall { try store.events(caseID: Self.agendaID(for: sop)) }
        let now = clock.now()
        let when = occurredAt?.truncatedToMilliseconds ?? now
        if when > now { throw EngineError.invalidBackdate("\(told(when)) ada di masa depan") }
        guard let authorization else { throw EngineError.rosterRequired(step: id) }
        let member = try authorization.person(actingAs)
        let roles = duty.actors.map(\.id)
        guard let grant = authorization.grants(for: member, at: when).first(where: { roles.contains($0.role) }) else {
            throw EngineError.wrongRole(person: "\(member.name.value) (NIP \(member.nip))", step: id,
                                        needed: roles.map { sop.actor($0)?.label.value ?? $0 }, held: member.roles.map(\.id))
        }
        let actor = ActorRecord(kind: .staff, id: member.nip, name: member.name.value, role: grant.role,
                                delegation: grant.delegation.map { "\($0.kind.rawValue) untuk NIP \($0.replaced.id)" })
        return try storeCall {
            let version = try pin(sop, source: source)
            let event = CaseEvent(caseID: Self.agendaID(for: sop), sequence: (chain.last?.sequence ?? 0) + 1,
                                  payload: .dutyDone(DutyDone(sopHash: version.hash, duty: id, note: note)), occurredAt: when,
                                  recordedAt: now, isBackdated: occurredAt != nil, actor: actor, previousHash: "", hash: "")
            do { return try store.append(event) } catch StoreError.conflict(_, _, let by, let at) { throw EngineError.conflict(by: by, at: told(at)) }
        }
    }
}
