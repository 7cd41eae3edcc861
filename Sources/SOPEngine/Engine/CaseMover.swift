import Foundation
import SOPDSL

/// What moving one open case to a revised version would do (`sop kasus pindah --coba`).
public struct MovePlan: Sendable {
    public var caseID: String
    public var fromHash: String
    /// The running steps under their new ids, or why the case cannot move as it stands.
    public var result: Result<[CaseMoved.StepMapping], EngineError>
}

/// Moving open cases to a revised version of their SOP. A revision "does not touch completed
/// stages": what is done stays recorded under the old version; the steps ahead follow the new one.
extension CaseEngine {
    /// Checks a move without recording anything. `continueFrom` names the step of the new version
    /// to continue from when the running step no longer exists or the officer wants another.
    public func planMove(_ caseID: String, to sop: SOP, continueFrom: String?) throws -> MovePlan {
        let state = try checkedState(of: caseID)
        return MovePlan(caseID: caseID, fromHash: state.sopHash, result: Result { try mapping(state, to: sop, continueFrom: continueFrom) }
            .mapError { $0 as? EngineError ?? .store("\($0)") })
    }

    /// Records the move as an event of the case's chain: who, when, from which version to which.
    public func move(_ caseID: String, to sop: SOP, source: String, continueFrom: String?, actingAs: String,
                     occurredAt: Date? = nil, note: String? = nil) throws -> CaseState {
        var state = try checkedState(of: caseID)
        let steps = try mapping(state, to: sop, continueFrom: continueFrom)
        let times = try self.times(occurredAt, notBefore: state.events.last?.occurredAt ?? state.updatedAt)
        let actor = try openerRecord(actingAs)
        let event = try storeCall {
            let version = try pin(sop, source: source)
            let moved = CaseMoved(fromHash: state.sopHash, toHash: version.hash, toTextHash: version.textHash, sopName: sop.identity.name.value,
                                  sopNumber: sop.identity.number.value, sopPath: sop.path, steps: steps, restarted: continueFrom != nil, note: note)
            return try append(CaseEvent(caseID: state.id, sequence: state.lastSequence + 1, payload: .moved(moved), occurredAt: times.1,
                                        recordedAt: times.0, isBackdated: times.2, actor: actor, previousHash: "", hash: ""), after: state)
        }
        state.apply(event)
        return state
    }

    /// The versions a case ran on before its current one, by hash (for its timeline and clocks).
    public func earlierVersions(of state: CaseState) throws -> [String: SOP] {
        var out: [String: SOP] = [:]
        for hash in state.versionHashes where hash != state.sopHash { out[hash] = try sop(hash: hash) }
        return out
    }

    private func mapping(_ state: CaseState, to sop: SOP, continueFrom: String?) throws -> [CaseMoved.StepMapping] {
        guard state.status == .open else { throw EngineError.moveRefused(caseID: state.id, reason: "kasus sudah selesai; revisi tidak berlaku untuk tahapan yang sudah selesai") }
        let current = try self.sop(of: state)
        guard current.identity.number.value == sop.identity.number.value else {
            throw EngineError.moveToOtherSOP(caseID: state.id, from: current.identity.number.value, to: sop.identity.number.value)
        }
        guard SOPVersion.canonicalHash(of: sop) != state.sopHash else {
            throw EngineError.moveRefused(caseID: state.id, reason: "kasus sudah berjalan pada versi ini")
        }
        let activities = sop.steps.filter { !$0.actors.isEmpty }.map(\.id)
        func refuse(_ why: String) -> EngineError { .moveRefused(caseID: state.id, reason: why) }
        // The data recorded so far must still be valid where the new version keeps the field.
        for (key, value) in state.data.sorted(by: { $0.key < $1.key }) {
            guard let field = sop.field(key) else { continue }
            if case .failure(let error) = FieldValidator.value(value.description, for: field) {
                throw refuse("isian '\(key)' bernilai '\(value)' tidak sah lagi di versi baru (\(error.message)); perbaiki SOP revisi atau biarkan kasus pada versinya")
            }
        }
        if let continueFrom {
            guard activities.contains(continueFrom) else {
                let hint = EditDistance.suggestion(for: continueFrom, among: activities).map { "mungkin maksud Anda '\($0)'? " } ?? ""
                throw refuse("--lanjut-dari '\(continueFrom)' bukan langkah di versi baru; \(hint)langkah yang ada: \(activities.joined(separator: ", "))")
            }
            return [CaseMoved.StepMapping(from: state.active.map(\.step).joined(separator: ","), to: continueFrom)]
        }
        let running = state.active.map(\.step) + state.waiting
        let missing = running.filter { !activities.contains($0) }
        guard missing.isEmpty else {
            throw refuse("langkah berjalan \(missing.map { "'\($0)'" }.joined(separator: ", ")) tidak ada di versi baru; "
                         + "sebutkan langkah lanjutan dengan --lanjut-dari (langkah di versi baru: \(activities.joined(separator: ", ")))")
        }
        return running.map { CaseMoved.StepMapping(from: $0, to: $0) }
    }
}
