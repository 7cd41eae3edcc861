import Foundation

/// The newest event of a case's chain, with the case's cache row as stored: what the engine
/// compares a case state it already holds against before it decides from that state.
public struct CaseHead: Sendable, Hashable {
    public var sequence: Int
    public var hash: String
    /// The `case_state` summary text as stored; nil where the store keeps no cache apart from
    /// its events (nothing to find edited there) or has no row for the case.
    public var summaryText: String?

    public init(sequence: Int, hash: String, summaryText: String?) {
        self.sequence = sequence; self.hash = hash; self.summaryText = summaryText
    }
}

extension EventStore {
    /// From the chain itself, for stores that keep no separate cache.
    public func head(caseID: String) throws -> CaseHead? {
        try events(caseID: caseID).last.map { CaseHead(sequence: $0.sequence, hash: $0.hash, summaryText: nil) }
    }

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
