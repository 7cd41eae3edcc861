import Foundation

/// The step path's store operations for stores that have no single write to do them in (the
/// in-memory store, the bench's capture store): the same outcomes, in separate calls.
extension EventStore {
    /// From the chain itself, for stores that keep no separate cache.
    public func head(caseID: String) throws -> CaseHead? {
        try events(caseID: caseID).last.map { CaseHead(sequence: $0.sequence, hash: $0.hash, summaryText: nil) }
    }

    /// Two writes: the id, then the opening.
    public func openCase(prefix: String, _ opening: (String) -> CaseEvent) throws -> CaseEvent {
        try append(opening(try allocateCaseID(prefix: prefix)))
    }

    /// Read, decide, append: `append` checks the head again under its own lock, so a writer in
    /// between still ends in `StoreError.conflict`.
    public func append(toCase caseID: String, deciding decide: (CaseHead?) throws -> (event: CaseEvent, after: CaseState)?) throws -> CaseEvent? {
        guard let decided = try decide(try head(caseID: caseID)) else { return nil }
        return try append(decided.event, after: decided.after)
    }
}
