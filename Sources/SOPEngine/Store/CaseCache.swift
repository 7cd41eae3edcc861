import Foundation

/// The case cache row every store keeps beside the events: what it becomes once `event` is
/// appended. Shared by the stores so they cannot drift apart.
public enum CaseCache {
    /// `known`: the writer's own view of the case just before the event (checked current by the
    /// sequence under the write lock); `stored`: the cache row as read, used when the writer's
    /// view is not the case's head. Nil when there is nothing to cache (an event of no case).
    public static func next(after known: CaseState?, stored: CaseSummary?, applying event: CaseEvent) -> CaseSummary? {
        if var known, known.lastSequence == event.sequence - 1 {
            known.events = []  // the summary needs no history: spares copying it
            known.apply(event)
            return CaseSummary(known)
        }
        if event.sequence == 1 { return CaseState(events: [event]).map(CaseSummary.init) }
        guard let stored else { return nil }
        var state = CaseState(summary: stored)
        state.apply(event)
        return CaseSummary(state)
    }

    /// The summary's JSON as every store writes it (the SQLite store's writer; the encoder only
    /// for what the writer cannot write, and it refuses that as before).
    public static func text(_ summary: CaseSummary) throws -> String {
        try CaseSummaryJSON.text(summary) ?? String(decoding: try EventHasher.encoder.encode(summary), as: UTF8.self)
    }
}
