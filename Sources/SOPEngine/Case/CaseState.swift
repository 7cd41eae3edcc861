import Foundation
import SOPDSL

/// A case as its events say it is now: a left fold over the chain.
public struct CaseState: Sendable, Hashable {
    public enum Status: String, Sendable, Codable { case open = "berjalan", closed = "selesai" }

    public struct ActiveStep: Sendable, Hashable, Codable {
        public var step: String
        /// When the step became active (its clock starts here).
        public var since: Date
    }

    public var id: String
    public var sopHash: String
    /// The pinned text's SHA-256 as the opening event records it.
    public var sopTextHash: String?
    public var sopName: String
    public var status: Status
    public var active: [ActiveStep]
    /// Nodes where one branch of a fork has arrived while another branch can still reach them:
    /// they become active when no active node can (an AND-join).
    public var waiting: [String] = []
    public var data: [String: Value]
    public var level: OrgLevel?
    /// The office the case belongs to (`kantor.yaml`), and the one whose queue holds it now.
    public var homeOffice: String?
    public var office: String?
    public var openedAt: Date
    public var updatedAt: Date
    public var lastSequence: Int
    public var lastHash: String
    public var events: [CaseEvent]

    /// Folds a case's events, oldest first. Nil when the first event does not open the case.
    public init?(events: [CaseEvent]) {
        guard let first = events.first, case .opened(let opened) = first.payload else { return nil }
        id = first.caseID
        sopHash = opened.sopHash
        sopTextHash = opened.sopTextHash
        sopName = opened.sopName
        status = .open
        active = opened.openingSteps.map { ActiveStep(step: $0, since: first.occurredAt) }
        data = opened.data
        level = nil
        homeOffice = opened.office
        office = opened.office
        openedAt = first.occurredAt
        updatedAt = first.occurredAt
        lastSequence = first.sequence
        lastHash = first.hash
        self.events = [first]
        for event in events.dropFirst() { apply(event) }
    }

    /// A state resumed from its cached summary, without the event history (`events` then holds
    /// only what is applied from here on).
    public init(summary: CaseSummary) {
        id = summary.caseID; sopHash = summary.sopHash; sopTextHash = summary.sopTextHash; sopName = summary.sopName; status = summary.status
        active = summary.active; waiting = summary.waiting ?? []; data = summary.data; level = summary.level; homeOffice = summary.homeOffice; office = summary.office; openedAt = summary.openedAt
        updatedAt = summary.updatedAt; lastSequence = summary.lastSequence; lastHash = summary.lastHash; events = []
    }

    public mutating func apply(_ event: CaseEvent) {
        events.append(event)
        lastSequence = event.sequence
        lastHash = event.hash
        if case .moved(let move) = event.payload { return apply(move, at: event.occurredAt) }
        guard case .stepCompleted(let done) = event.payload else { return }
        updatedAt = event.occurredAt
        for (key, value) in done.fields { data[key] = value }
        active.removeAll { $0.step == done.step || done.withdrawn?.contains($0.step) == true }
        // Paths that meet again (a fork joining in a later row) wait on the node once: the first
        // arrival starts its clock.
        for next in done.next where !isActive(next) { active.append(ActiveStep(step: next, since: event.occurredAt)) }
        waiting = done.waiting ?? []
        if let newLevel = done.level { level = newLevel }
        if let holder = done.office { office = holder }
        if active.isEmpty && waiting.isEmpty { status = .closed }
    }

    /// A move to a revised SOP: the case runs on the new version from here, each running step
    /// under its id there (its clock keeps running; a step the officer named starts now).
    private mutating func apply(_ move: CaseMoved, at time: Date) {
        sopHash = move.toHash
        sopTextHash = move.toTextHash
        sopName = move.sopName
        updatedAt = time
        if move.restarted {
            active = move.steps.map { ActiveStep(step: $0.to, since: time) }
            waiting = []
        } else {
            let renamed = Dictionary(move.steps.map { ($0.from, $0.to) }, uniquingKeysWith: { a, _ in a })
            active = active.map { ActiveStep(step: renamed[$0.step] ?? $0.step, since: $0.since) }
            waiting = waiting.map { renamed[$0] ?? $0 }
        }
    }

    public func isActive(_ step: String) -> Bool { active.contains { $0.step == step } }

    /// The versions a case ran on, in order: the opening's, then each move's.
    public var versionHashes: [String] {
        events.compactMap { event in
            switch event.payload {
            case .opened(let opened): opened.sopHash
            case .moved(let move): move.toHash
            default: nil
            }
        }
    }

    /// The last completion of `step`, for reports and the timeline.
    public var completions: [(CaseEvent, StepCompleted)] {
        events.compactMap { event in
            if case .stepCompleted(let done) = event.payload { (event, done) } else { nil }
        }
    }
}
