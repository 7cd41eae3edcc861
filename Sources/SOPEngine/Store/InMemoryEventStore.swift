import Foundation
import SOPDSL

/// A store in memory, for tests: the same contract as the SQLite store.
public final class InMemoryEventStore: EventStore, @unchecked Sendable {
    private let lock = NSLock()
    private var versions: [String: SOPVersion] = [:]
    private var chains: [String: [CaseEvent]] = [:]
    private var order: [String] = []
    /// Every appended event's hash, in the order appended.
    private var log: [String] = []
    private var counters: [String: Int] = [:]

    public init() {}

    public func save(_ version: SOPVersion) throws { lock.withLock { versions[version.hash] = version } }

    public func sopVersion(hash: String) throws -> SOPVersion? { lock.withLock { versions[hash] } }

    public func sopVersions() throws -> [SOPVersion] { lock.withLock { Array(versions.values) } }

    public func allocateCaseID(prefix: String) throws -> String {
        lock.withLock {
            counters[prefix, default: 0] += 1
            return CaseID.make(prefix: prefix, number: counters[prefix]!)
        }
    }

    public func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent {
        try lock.withLock {
            let chain = chains[event.caseID] ?? []
            if chain.count != event.sequence - 1 {
                let winner = chain[min(event.sequence - 1, chain.count - 1)]
                throw StoreError.conflict(caseID: event.caseID, sequence: event.sequence, by: winner.actor.name, at: winner.occurredAt)
            }
            let sealed = EventHasher.seal(event, after: chain.last?.hash ?? CaseEvent.genesisHash)
            if chain.isEmpty { order.append(event.caseID) }
            chains[event.caseID, default: []].append(sealed)
            log.append(sealed.hash)
            return sealed
        }
    }

    public func events(caseID: String) throws -> [CaseEvent] { lock.withLock { chains[caseID] ?? [] } }

    public func forEachLogEntry(_ body: (String) throws -> Void) throws {
        for hash in lock.withLock({ log }) { try body(hash) }
    }

    public func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) {
        lock.withLock { (chains[caseID] ?? [], CaseState(events: chains[caseID] ?? []).map(CaseSummary.init)) }
    }

    public func summary(caseID: String) throws -> CaseSummary? {
        lock.withLock { CaseState(events: chains[caseID] ?? []).map(CaseSummary.init) }
    }

    public func caseSummaries() throws -> [CaseSummary] {
        lock.withLock { order.reversed().compactMap { CaseState(events: chains[$0] ?? []).map(CaseSummary.init) } }
    }

    public func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws {
        let snapshot = lock.withLock { order.map { chains[$0] ?? [] } }
        for chain in snapshot {
            for event in chain {
                try body(StoredEventRow(caseID: event.caseID, sequence: event.sequence, body: EventHasher.canonicalBody(event),
                                        previousHash: event.previousHash, hash: event.hash, kind: event.kind,
                                        occurredAt: Timestamp.format(event.occurredAt), actorID: event.actor.id, step: event.payload.step))
            }
        }
    }

    /// Test hook: replaces a stored event as a hand edit of the database would.
    public func tamper(caseID: String, sequence: Int, _ change: (inout CaseEvent) -> Void) {
        lock.withLock { change(&chains[caseID]![sequence - 1]) }
    }
}

/// Case ids: "HELPDESK-0007".
public enum CaseID {
    public static func make(prefix: String, number: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// "sops/helpdesk.yaml" -> "HELPDESK".
    public static func prefix(forSOPPath path: String) -> String {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let cleaned = stem.uppercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "-" }
        let prefix = String(cleaned).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return prefix.isEmpty ? "KASUS" : prefix
    }
}
