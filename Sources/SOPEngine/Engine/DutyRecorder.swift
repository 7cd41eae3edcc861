import Foundation
import SOPDSL

/// Records recurring duties (002's hourly inbox check, the 08.00/17.00 reports) on one
/// hash-chained agenda stream per SOP, with the same role check as case steps.
extension CaseEngine {
    /// The chain id of an SOP's agenda: "AGENDA-HELPDESK".
    public static func agendaID(for sop: SOP) -> String { "AGENDA-" + CaseID.prefix(forSOPPath: sop.path) }

    /// Records that `actingAs` did duty `id`. Each occurrence of a duty (`DutySlots`, on the
    /// office calendar of `calculator`) is recorded once: a second record of it is refused, also
    /// when two desks record it at the same moment.
    @discardableResult
    public func recordDuty(sop: SOP, source: String, duty id: String, actingAs: String, occurredAt: Date? = nil,
                           note: String? = nil, calculator: DeadlineCalculator) throws -> CaseEvent {
        guard let duty = sop.recurringDuties.first(where: { $0.id == id }) else {
            throw EngineError.unknownDuty(id, known: sop.recurringDuties.map(\.id))
        }
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
        let slot = try DutySlots.occurrence(of: duty, at: when, calculator: calculator)
        let chainID = Self.agendaID(for: sop)
        return try storeCall {
            let version = try pin(sop, source: source)
            // The check and the append meet in the store: an append made after the chain was read
            // is a conflict, and the chain is read and checked again.
            for _ in 0..<20 {
                let chain = try store.events(caseID: chainID)
                if let slot, let earlier = try chain.first(where: { try Self.records(duty, slot: slot, $0, calculator: calculator) }) {
                    throw EngineError.dutyAlreadyRecorded(duty: id, due: told(slot.due), by: earlier.actor.name, at: told(earlier.occurredAt))
                }
                let event = CaseEvent(caseID: chainID, sequence: (chain.last?.sequence ?? 0) + 1,
                                      payload: .dutyDone(DutyDone(sopHash: version.hash, duty: id, note: note)), occurredAt: when,
                                      recordedAt: now, isBackdated: occurredAt != nil, actor: actor, previousHash: "", hash: "")
                do { return try store.append(event) } catch StoreError.conflict { continue }
            }
            throw EngineError.store("agenda \(chainID) terus diubah oleh pencatat lain; ulangi sebentar lagi")
        }
    }

    /// Whether `event` records `duty` for the occurrence `slot`.
    private static func records(_ duty: RecurringDuty, slot: DutySlots.Slot, _ event: CaseEvent, calculator: DeadlineCalculator) throws -> Bool {
        guard case .dutyDone(let done) = event.payload, done.duty == duty.id else { return false }
        return try DutySlots.occurrence(of: duty, at: event.occurredAt, calculator: calculator) == slot
    }
}
