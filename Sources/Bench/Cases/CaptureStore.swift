import Foundation
import SOPEngine

/// An event store that keeps only the cases still running and hands every sealed event to the
/// bulk writer: lets `buat-kasus` drive the real engine (role checks, validation, decisions,
/// hashing by `EventHasher.seal`) for a million cases without a transaction per step.
/// Case ids continue from `firstNumber`, so a bulk load can extend an existing store.
final class CaptureStore: EventStore, @unchecked Sendable {
    private var versions: [String: SOPVersion] = [:]
    private var chains: [String: [CaseEvent]] = [:]
    private var nextNumber: Int
    /// Sealed events not yet written, in append order (so each case's chain stays in order).
    private(set) var pending: [CaseEvent] = []

    init(firstNumber: Int = 1) { nextNumber = firstNumber }

    var lastNumber: Int { nextNumber - 1 }

    func save(_ version: SOPVersion) throws { versions[version.hash] = version }
    func sopVersion(hash: String) throws -> SOPVersion? { versions[hash] }
    func sopVersions() throws -> [SOPVersion] { Array(versions.values) }

    func allocateCaseID(prefix: String) throws -> String {
        defer { nextNumber += 1 }
        return CaseID.make(prefix: prefix, number: nextNumber)
    }

    func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent {
        let chain = chains[event.caseID] ?? []
        guard chain.count == event.sequence - 1 else {
            throw StoreError.conflict(caseID: event.caseID, sequence: event.sequence, by: "?", at: event.occurredAt)
        }
        let sealed = EventHasher.seal(event, after: chain.last?.hash ?? CaseEvent.genesisHash)
        chains[event.caseID, default: []].append(sealed)
        pending.append(sealed)
        return sealed
    }

    func events(caseID: String) throws -> [CaseEvent] { chains[caseID] ?? [] }
    func summary(caseID: String) throws -> CaseSummary? { CaseState(events: chains[caseID] ?? []).map(CaseSummary.init) }
    func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) { (try events(caseID: caseID), try summary(caseID: caseID)) }
    func caseSummaries() throws -> [CaseSummary] { [] }
    func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws {}
    /// Capture only: the bulk writer builds the real store, whose log is its event table.
    func forEachLogEntry(_ body: (String) throws -> Void) throws {}

    /// Hands over the pending events and forgets finished cases (memory stays bounded).
    func drain(finished: [String]) -> [CaseEvent] {
        for id in finished { chains[id] = nil }
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }
}
