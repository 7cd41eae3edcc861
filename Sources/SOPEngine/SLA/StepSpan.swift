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
    /// When the completion was entered, when that differs from when it is said to have happened
    /// (`--pada`): the gap is shown in the reports, never hidden in an on-time count.
    public var recordedAt: Date?

    /// Minutes between the stated completion and its entry, for a back-dated completion.
    public var backdatedMinutes: Int? {
        guard let recordedAt, let completedAt, recordedAt > completedAt else { return nil }
        return Int(recordedAt.timeIntervalSince(completedAt) / 60)
    }

    /// The span as it stood at `moment`: nil when not yet active, open when done after it.
    public func asOf(_ moment: Date) -> StepSpan? {
        guard activatedAt <= moment else { return nil }
        var span = self
        if let done = completedAt, done > moment { span.completedAt = nil; span.recordedAt = nil; span.outputProduced = true; span.requirementsMissing = [] }
        if let until = measuredUntil, until > moment { span.measuredUntil = nil }
        return span
    }
}

/// Builds the spans of one case from its events and its pinned SOP.
public enum CaseTimeline {
    /// `sop` is the version the case runs on now; `versions` (by hash) the ones it ran on before
    /// a move (`sop kasus pindah`): a step is measured under the version it was done in.
    public static func spans(of state: CaseState, sop: SOP, versions: [String: SOP] = [:]) -> [StepSpan] {
        var replay = SpanReplay(sopHash: state.versionHashes.first ?? state.sopHash)
        for active in state.events.first.flatMap({ CaseState(events: [$0]) })?.active ?? [] {
            replay.open[active.step] = SpanReplay.Arrival(since: active.since, from: nil)
        }
        var completed: [Completion] = []
        for event in state.events {
            guard let fact = replay.apply(event) else { continue }
            if case .stepCompleted(let done) = event.payload { completed.append(Completion(fact: fact, actor: event.actor, note: done.note)) }
        }
        var layouts: [String: TimelineLayout] = [:]
        func layout(_ hash: String) -> TimelineLayout {
            if let known = layouts[hash] { return known }
            let made = TimelineLayout(hash == state.sopHash ? sop : versions[hash] ?? sop)
            layouts[hash] = made
            return made
        }
        return spans(caseID: state.id, completed: completed, active: state.active.map { ($0, replay.open[$0.step]?.from ?? nil) },
                     sopHash: state.sopHash, layout: layout)
    }

    /// A completed step: its fact, and who did it and their note when the events are at hand.
    public struct Completion: Sendable {
        public var fact: SpanFact
        public var actor: ActorRecord?
        public var note: String?
        public init(fact: SpanFact, actor: ActorRecord? = nil, note: String? = nil) { self.fact = fact; self.actor = actor; self.note = note }
    }

    /// The spans from completed steps' facts (as the events or the store's typed columns give
    /// them) and the steps still active with the step each came from; `sopHash` is the version
    /// the case runs on now, `layout` gives each version's layout by hash.
    public static func spans(caseID: String, completed: [Completion], active: [(step: CaseState.ActiveStep, origin: String?)],
                             sopHash current: String, layout: (String) -> TimelineLayout) -> [StepSpan] {
        var spans: [StepSpan] = []
        var origins: [String?] = []
        spans.reserveCapacity(completed.count + active.count)
        origins.reserveCapacity(completed.count + active.count)
        for c in completed {
            spans.append(span(caseID, layout(c.fact.sopHash), hash: c.fact.sopHash, step: c.fact.step, since: c.fact.enteredAt, done: c))
            origins.append(c.fact.origin)
        }
        if !active.isEmpty {
            let now = layout(current)
            for (step, origin) in active {
                spans.append(span(caseID, now, hash: current, step: step.step, since: step.since, done: nil))
                origins.append(origin)
            }
        }
        // Merged time cells are a version's own layout: grouped within each version.
        guard let first = spans.first?.sopHash else { return spans }
        if spans.allSatisfy({ $0.sopHash == first }) { return mergeGroups(spans, origins: origins, layout: layout(first)) }
        var result = spans
        for version in Set(spans.map(\.sopHash)) {
            let indices = spans.indices.filter { spans[$0].sopHash == version }
            let merged = mergeGroups(indices.map { spans[$0] }, origins: indices.map { origins[$0] }, layout: layout(version))
            for (k, i) in indices.enumerated() { result[i] = merged[k] }
        }
        return result
    }

    private static func span(_ caseID: String, _ layout: TimelineLayout, hash: String, step id: String, since: Date, done: Completion?) -> StepSpan {
        let info = layout.info(id)
        return StepSpan(
            caseID: caseID, sopHash: hash, step: id, activatedAt: since, completedAt: done?.fact.completedAt,
            measuredUntil: done?.fact.completedAt, standard: info?.standard, actor: done?.actor, level: info?.level,
            desk: info?.desk ?? "", isWaiting: info?.isWaiting ?? false, isEscalation: info?.isEscalation ?? false,
            requirementsMissing: done?.fact.requirementsMissing ?? [], outputProduced: done?.fact.outputProduced ?? true,
            note: done?.note, recordedAt: done?.fact.recordedAt)
    }

    /// The printed rows one Waktu cell covers, by row index: the row itself, or the rows of a
    /// merged cell (`waktu_sampai`) from its first to its last.
    static func timeGroups(_ sop: SOP) -> [Int: ClosedRange<Int>] {
        var group: [Int: ClosedRange<Int>] = [:]
        var r = 0
        while r < sop.rows.count {
            var last = r
            if let end = sop.rows[r].timeSpanEnd?.id, let target = sop.rowIndex(sop.rowID(containing: end)), target > r { last = target }
            for k in r...last { group[k] = r...last }
            r = last + 1
        }
        return group
    }

    /// One Waktu cell is one standard: it runs from when the flow enters its rows until the flow
    /// has left them. Nodes reached inside the rows belong to the visit under way, and so do
    /// nodes entering them from an earlier row (the other branch of a fork); a loop back from a
    /// later row starts a new visit, and so does any entry after such a loop. A tiered sign-off
    /// inside one row, with its loops back, is measured as the row; the other nodes of a visit
    /// carry no standard of their own.
    private static func mergeGroups(_ spans: [StepSpan], origins: [String?], layout: TimelineLayout) -> [StepSpan] {
        let groups = layout.groups
        // Each span's row and its origin's, looked up once.
        let rows = spans.map { layout.info($0.step)?.rowIndex }
        let originRows = origins.map { id in id.flatMap { layout.info($0) }?.rowIndex }
        func group(_ row: Int?) -> ClosedRange<Int>? { row.flatMap { groups[$0] } }
        // When the flow went back up the table.
        let loops = spans.indices.compactMap { j -> Date? in
            guard let from = originRows[j], let to = rows[j], from > to, group(from) != group(to) else { return nil }
            return spans[j].activatedAt
        }
        var visits: [(group: ClosedRange<Int>, start: Date, members: [Int])] = []
        let order = spans.indices.sorted { (spans[$0].activatedAt, $0) < (spans[$1].activatedAt, $1) }
        for i in order {
            guard let g = group(rows[i]) else { continue }
            let t = spans[i].activatedAt
            if let v = visits.lastIndex(where: { $0.group == g }),
               group(originRows[i]) == g || !loops.contains(where: { $0 > visits[v].start && $0 <= t }) {
                visits[v].members.append(i)
            } else {
                visits.append((g, t, [i]))
            }
        }
        // Most visits are one node in a one-row cell: then nothing changes and nothing is copied.
        guard visits.contains(where: { $0.members.count > 1 || $0.group.count > 1 }) else { return spans }
        var result = spans
        for visit in visits where visit.members.count > 1 || visit.group.count > 1 {
            let head = visit.members[0]
            let open = visit.members.contains { spans[$0].completedAt == nil }
            result[head].measuredUntil = open ? nil : visit.members.compactMap { spans[$0].completedAt }.max()
            for j in visit.members.dropFirst() { result[j].standard = nil }
        }
        return result
    }
}

/// What the spans need of one SOP version: each step's row, standard, level and desk, and the
/// rows each Waktu cell covers, worked out once per step and kept (a report over many cases
/// keeps one per version; a single case's timeline makes its own).
public final class TimelineLayout {
    struct StepInfo {
        var rowIndex: Int
        var standard: TimeStandard?
        var level: OrgLevel?
        var desk: String
        var isWaiting: Bool
        var isEscalation: Bool
    }

    public let sop: SOP
    let groups: [Int: ClosedRange<Int>]
    private var known: [String: StepInfo?] = [:]

    public init(_ sop: SOP) {
        self.sop = sop
        groups = CaseTimeline.timeGroups(sop)
    }

    func info(_ id: String) -> StepInfo? {
        if let kept = known[id] { return kept }
        let made = sop.step(id).map { step -> StepInfo in
            let actors = step.actors.map(\.id)
            let levels = actors.compactMap { sop.actor($0)?.level }
            return StepInfo(rowIndex: step.rowIndex, standard: step.time, level: levels.first { $0 != .eksternal } ?? levels.first,
                            desk: actors.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: ", "),
                            isWaiting: step.isWaiting, isEscalation: step.isEscalation)
        }
        known[id] = made
        return made
    }
}
