import Foundation

/// What one completed step says about its span, from its events alone (no SOP needed): the
/// unit `CaseTimeline` measures, and what the store keeps as typed columns (`step_span`) so
/// reports need not decode event bodies.
public struct SpanFact: Sendable, Hashable {
    public var caseID: String
    /// The completing event's place in its chain.
    public var sequence: Int
    /// The SOP version the step ran under (the opening's, or the last move's).
    public var sopHash: String
    public var step: String
    /// The step whose completion made this one active (nil: active from the opening or a move).
    public var origin: String?
    public var enteredAt: Date
    public var completedAt: Date
    /// When the completion was entered, only for a back-dated one (`--pada`).
    public var recordedAt: Date?
    public var requirementsMissing: [String]
    public var outputProduced: Bool

    public init(caseID: String, sequence: Int, sopHash: String, step: String, origin: String?, enteredAt: Date, completedAt: Date,
                recordedAt: Date?, requirementsMissing: [String], outputProduced: Bool) {
        self.caseID = caseID; self.sequence = sequence; self.sopHash = sopHash; self.step = step; self.origin = origin
        self.enteredAt = enteredAt; self.completedAt = completedAt; self.recordedAt = recordedAt
        self.requirementsMissing = requirementsMissing; self.outputProduced = outputProduced
    }
}

/// The replay `CaseTimeline` runs over a case's events: which steps are open, since when and
/// entered from where, and which version runs. Kept apart so the store can carry it from one
/// append to the next (`span_cursor`) and derive each completion's fact in the same write.
public struct SpanReplay: Sendable, Hashable {
    public struct Arrival: Sendable, Hashable {
        public var since: Date
        public var from: String?
        public init(since: Date, from: String?) { self.since = since; self.from = from }
    }

    public var sopHash: String
    public var open: [String: Arrival]

    public init(sopHash: String, open: [String: Arrival] = [:]) {
        self.sopHash = sopHash
        self.open = open
    }

    /// The replay right after a case's opening event (nil for any other event: an agenda's duty).
    public init?(opening event: CaseEvent) {
        guard case .opened(let opened) = event.payload else { return nil }
        self.init(sopHash: opened.sopHash)
        for step in opened.openingSteps { open[step] = Arrival(since: event.occurredAt, from: nil) }
    }

    /// Follows one event; a completion gives its fact.
    public mutating func apply(_ event: CaseEvent) -> SpanFact? {
        if case .moved(let move) = event.payload {
            sopHash = move.toHash
            if move.restarted {
                open = Dictionary(move.steps.map { ($0.to, Arrival(since: event.occurredAt, from: nil)) }, uniquingKeysWith: { a, _ in a })
            } else {
                for step in move.steps where step.from != step.to { open[step.to] = open.removeValue(forKey: step.from) }
            }
            return nil
        }
        guard case .stepCompleted(let done) = event.payload else { return nil }
        let arrival = open.removeValue(forKey: done.step)
        let fact = SpanFact(caseID: event.caseID, sequence: event.sequence, sopHash: sopHash, step: done.step, origin: arrival?.from,
                            enteredAt: arrival?.since ?? event.occurredAt, completedAt: event.occurredAt,
                            recordedAt: event.isBackdated ? event.recordedAt : nil,
                            requirementsMissing: done.requirementsMissing, outputProduced: done.outputProduced)
        for next in done.next { open[next] = Arrival(since: event.occurredAt, from: done.step) }
        return fact
    }

    /// Every fact of a chain, oldest first (empty for a chain that is no case).
    public static func facts(of events: [CaseEvent]) -> [SpanFact] {
        guard let first = events.first, var replay = SpanReplay(opening: first) else { return [] }
        return events.dropFirst().compactMap { replay.apply($0) }
    }
}
