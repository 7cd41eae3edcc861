import Foundation

/// Case states this engine folded from a case's events (and found equal to its cache row), or
/// produced by its own append: a step on such a case need not fold the chain again. A state is
/// handed out only for the chain head it was made at, and only while the cache row is the one
/// it implies, so another writer's event or an edited `case_state` sends the engine back to the
/// events. Held without their history (a step decides from the state, not the events), so an
/// entry stays small however long the case; at most `capacity` entries, the least recently used
/// quarter going when it is full.
final class RecentCases: @unchecked Sendable {
    private struct Entry {
        var state: CaseState
        var used: UInt64
    }

    private let capacity: Int
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private let lock = NSLock()

    init(capacity: Int = 1024) {
        precondition(capacity > 0, "a cache of no cases")
        self.capacity = capacity
    }

    var count: Int { lock.withLock { entries.count } }

    /// Whether a state is held for `caseID` at all (at whatever head).
    func holds(_ caseID: String) -> Bool { lock.withLock { entries[caseID] != nil } }

    /// The state held for `caseID`, if it is still the case at `head`.
    func state(_ caseID: String, at head: CaseHead) -> CaseState? {
        let held: CaseState? = lock.withLock {
            guard var entry = entries[caseID], entry.state.lastSequence == head.sequence, entry.state.lastHash == head.hash else {
                return nil
            }
            clock += 1
            entry.used = clock
            entries[caseID] = entry
            return entry.state
        }
        // Outside the lock: the row text is compared with the summary this state implies.
        guard let held else { return nil }
        if let stored = head.summaryText, stored != CaseSummaryJSON.text(CaseSummary(held)) { return nil }
        return held
    }

    func remember(_ state: CaseState) {
        var held = state
        held.events = []
        lock.withLock {
            clock += 1
            entries[state.id] = Entry(state: held, used: clock)
            if entries.count > capacity { evictOldest() }
        }
    }

    func forget(_ caseID: String) {
        _ = lock.withLock { entries.removeValue(forKey: caseID) }
    }

    private func evictOldest() {
        let keep = capacity - capacity / 4
        let cutoff = entries.values.map(\.used).sorted(by: >)[keep - 1]
        entries = entries.filter { $0.value.used >= cutoff }
    }
}
