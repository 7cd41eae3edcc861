import Foundation
import SOPDSL

/// What doing a step makes of a case, decided from the case state alone: who acts (role check),
/// what they record (fields, kelengkapan), which exit a decision takes, where the flow goes.
/// Touches no store, so it can run under the store's write lock; throws the engine's refusals.
enum StepDecision {
    /// The event to append (unsealed). `times`: now, when it happened, whether back-dated.
    static func event(for request: StepRequest, step: Step, state: CaseState, sop: SOP, authorization: Authorization?,
                      offices: OfficeDirectory? = nil, at times: (now: Date, when: Date, backdated: Bool)) throws -> CaseEvent {
        let actor = try ActorResolver(sop: sop, authorization: authorization).resolve(request, step: step, at: times.when)
        let routing = OfficeRouting(directory: offices, home: state.homeOffice)
        try routing.check(actor, step: step, sop: sop, authorization: authorization)
        let inputs = try StepInputs.check(request, step: step, sop: sop, data: state.data)
        let decision = try DecisionResolver.resolve(step, data: state.data.merging(inputs.fields) { $1 }, choice: request.choice)
        let arrivals = FlowWalker.activities(from: decision.map { $0.targets.map(\.id) } ?? sop.flowSuccessors(of: step), in: sop)
        // `bersama: salah_satu`: one member of a garis group acts for all; the others are withdrawn.
        let withdrawn = sop.rows[step.rowIndex].together == .any ? step.together.filter(state.isActive) : []
        let stillActive = state.active.map(\.step).filter { $0 != step.id && !withdrawn.contains($0) }
        let (next, parked) = JoinPlanner.plan(arrivals: arrivals, active: stillActive, parked: state.waiting, in: sop)
        let level = Levels.holding(after: next, current: step, sop: sop)
        let completed = StepCompleted(
            step: step.id, fields: inputs.fields, requirementsPresent: inputs.present, requirementsMissing: inputs.missingOptional,
            outputProduced: request.outputProduced, exit: decision?.name, exitChosenBy: decision.map { $0.condition == nil ? .actor : .condition },
            next: next, waiting: parked.isEmpty ? nil : parked, withdrawn: withdrawn.isEmpty ? nil : withdrawn,
            level: level, escalated: step.isEscalation, note: request.note,
            office: routing.holder(at: level ?? state.level))
        return CaseEvent(caseID: state.id, sequence: state.lastSequence + 1, payload: .stepCompleted(completed),
                         occurredAt: times.when, recordedAt: times.now, isBackdated: times.backdated, actor: actor, previousHash: "", hash: "")
    }
}
