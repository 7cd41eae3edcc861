import Foundation
import SOPDSL

extension CaseEngine {
    /// A step on a case this engine holds (`RecentCases`): the chain head read, the step decided
    /// and its event appended under one write lock, with no fold of the events. The held state is
    /// used only at the head and cache row it was made at. Nil when the engine holds no current
    /// state, or the request needs what only the events tell (a closed case, a step not active, an
    /// SOP version not yet checked): the caller then decides from the folded events.
    func performHeld(_ request: StepRequest) throws -> StepOutcome? {
        guard recent.holds(request.caseID) else { return nil }
        var used: (state: CaseState, sop: SOP, times: (Date, Date, Bool))?
        let event: CaseEvent?
        do {
            event = try storeWrite {
                try store.append(toCase: request.caseID) { head in
                    guard let head, let state = recent.state(request.caseID, at: head), let sop = heldSOP(of: state),
                          let step = sop.step(request.step), state.status != .closed, state.isActive(step.id) else { return nil }
                    let times = try self.times(request.occurredAt, notBefore: state.updatedAt)
                    used = (state, sop, times)
                    let event = try StepDecision.event(for: request, step: step, state: state, sop: sop, authorization: authorization,
                                                       offices: offices, at: times)
                    return (event, state)
                }
            }
        } catch let error as EngineError where error.isRecordedRefusal {
            // Nothing was written (the write rolled back); the refusal goes on the record as on the folded path.
            if let used { try recordRefusal(error, request: request, state: used.state, at: used.times) }
            throw error
        }
        guard let event, let used else { return nil }
        return try outcome(of: event, after: used.state, sop: used.sop)
    }
}
