import Foundation
import SOPDSL

/// One stretch of a case at one step: from when the step became active until it was done
/// (or until now). The unit the SLA clock, the reports and the deviation records work on.
public struct StepSpan: Sendable, Hashable {
    public var caseID: String
    public var sopHash: String
    public var step: String
    public var activatedAt: Date
    /// When the step was done; nil while it is still open.
    public var completedAt: Date?
    /// When its time standard stops counting: the step's own completion, or for a merged time
    /// cell (`waktu_sampai`) the completion of the group's last step.
    public var measuredUntil: Date?
    /// The time standard that applies (nil inside a merged group: the group's head carries it).
    public var standard: TimeStandard?
    public var actor: ActorRecord?
    /// The level whose actor holds the step.
    public var level: OrgLevel?
    /// The step's printed actor labels: the desk it waits at.
    public var desk: String
    /// Waiting for an outside party: the case clock stops.
    public var isWaiting: Bool
    public var isEscalation: Bool
    public var requirementsMissing: [String]
    public var outputProduced: Bool
    public var note: String?
}

/// Builds the spans of one case from its events and its pinned SOP.
public enum CaseTimeline {
    public static func spans(of state: CaseState, sop: SOP) -> [StepSpan] {
        var open: [String: Date] = [:]
        for active in state.events.first.flatMap({ CaseState(events: [$0]) })?.active ?? [] { open[active.step] = active.since }
        var spans: [StepSpan] = []
        for event in state.events {
            guard case .stepCompleted(let done) = event.payload else { continue }
            let since = open.removeValue(forKey: done.step) ?? event.occurredAt
            spans.append(span(state, sop, step: done.step, since: since, done: (event, done)))
            for next in done.next { open[next] = event.occurredAt }
        }
        for active in state.active { spans.append(span(state, sop, step: active.step, since: active.since, done: nil)) }
        return mergeGroups(spans, sop: sop)
    }

    private static func span(_ state: CaseState, _ sop: SOP, step id: String, since: Date, done: (CaseEvent, StepCompleted)?) -> StepSpan {
        let step = sop.step(id)
        let actors = step?.actors.map(\.id) ?? []
        return StepSpan(
            caseID: state.id, sopHash: state.sopHash, step: id, activatedAt: since, completedAt: done?.0.occurredAt,
            measuredUntil: done?.0.occurredAt, standard: step?.time, actor: done?.0.actor,
            level: actors.compactMap { sop.actor($0)?.level }.first { $0 != .eksternal } ?? actors.compactMap { sop.actor($0)?.level }.first,
            desk: actors.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: ", "),
            isWaiting: step?.isWaiting ?? false, isEscalation: step?.isEscalation ?? false,
            requirementsMissing: done?.1.requirementsMissing ?? [], outputProduced: done?.1.outputProduced ?? true,
            note: done?.1.note)
    }

    /// A merged time cell: the head step's standard runs until the group's last step is done;
    /// steps inside the group carry no standard of their own.
    private static func mergeGroups(_ spans: [StepSpan], sop: SOP) -> [StepSpan] {
        var result = spans
        for (index, span) in spans.enumerated() {
            guard let head = sop.step(span.step), let end = head.timeSpanEnd?.id,
                  let headIndex = sop.stepIndex(head.id), let endIndex = sop.stepIndex(end) else { continue }
            let inner = Set(sop.steps[(headIndex + 1)...endIndex].map(\.id))
            let groupEnd = spans[(index + 1)...].first { $0.step == end && $0.activatedAt >= span.activatedAt }
            result[index].measuredUntil = groupEnd?.completedAt
            for j in result.indices where j > index && inner.contains(result[j].step) && result[j].activatedAt >= span.activatedAt {
                result[j].standard = nil
            }
        }
        return result
    }
}
