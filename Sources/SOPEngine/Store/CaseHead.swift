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
