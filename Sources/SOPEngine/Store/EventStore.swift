import Foundation
import SOPDSL

/// Where case events live. The SQLite store is the embedded default; a server database can
/// follow behind the same protocol; the in-memory store serves the tests.
public protocol EventStore: Sendable {
    /// Stores an SOP version once (idempotent by hash).
    func save(_ version: SOPVersion) throws
    func sopVersion(hash: String) throws -> SOPVersion?
    /// Every stored SOP version (few: one per edit of each SOP).
    func sopVersions() throws -> [SOPVersion]

    /// A new case id "PREFIX-0001", unique in this store.
    func allocateCaseID(prefix: String) throws -> String

    /// A new case: its id allocated and its opening event (made for that id) appended, in one
    /// write where the store can.
    func openCase(prefix: String, _ opening: (String) -> CaseEvent) throws -> CaseEvent

    /// Appends `event` as the next of its case, atomically. Seals the hash chain inside the write.
    /// Throws `StoreError.conflict` when another writer appended first (the chain is not at
    /// `event.sequence - 1`), naming who did. `state`, when given, is the case just before the
    /// event, so the store can update its cache without reading it back.
    func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent

    /// A case's events, oldest first (empty for an unknown id).
    func events(caseID: String) throws -> [CaseEvent]

    /// The newest event of a case and its cache row, read together (nil for an unknown id).
    func head(caseID: String) throws -> CaseHead?

    /// One step as one write: the case's head is read, `decide` runs on it, and the event it
    /// returns (decided from `after`, the case at that head) is appended, all under the write
    /// lock where the store has one. `decide` returns nil to write nothing (the caller takes its
    /// slower path); it must not call the store. Nil when nothing was written.
    func append(toCase caseID: String, deciding decide: (CaseHead?) throws -> (event: CaseEvent, after: CaseState)?) throws -> CaseEvent?

    /// A case's cached summary (nil for an unknown id): one read instead of its whole chain.
    func summary(caseID: String) throws -> CaseSummary?

    /// A case's events and its cached summary as of one moment: a writer committing in between
    /// must not look like a cache edited by hand.
    func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?)

    /// Summaries of all cases, newest first.
    func caseSummaries() throws -> [CaseSummary]

    /// Every event of every case in chain order, streamed to `body` (for verification and reports).
    /// `body` must not call the store: the read is still open (GRDB forbids re-entering it).
    func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws

    /// The hash of every event of every case and agenda in the order they were appended to the
    /// store: the store-wide log that checkpoints cover (`StoreLog`).
    func forEachLogEntry(_ body: (String) throws -> Void) throws

    /// The log position of the first event written with the office seal (nil: none).
    func firstSealedPosition() throws -> Int64?

    /// The last sequence and hash the case cache holds per case, to catch a chain cut short by
    /// deleting rows (empty for a store that keeps no cache apart from its events).
    func cachedChainEnds() throws -> [String: (Int, String)]
}

extension EventStore {
    public func firstSealedPosition() throws -> Int64? { nil }
    public func cachedChainEnds() throws -> [String: (Int, String)] { [:] }
}

extension EventStore {
    public func append(_ event: CaseEvent) throws -> CaseEvent { try append(event, after: nil) }
}

/// A case's current state as the store caches it (rebuildable from events).
public struct CaseSummary: Sendable, Hashable, Codable {
    public var caseID: String
    public var sopHash: String
    public var sopTextHash: String?
    public var sopName: String
    public var status: CaseState.Status
    public var active: [CaseState.ActiveStep]
    /// Nodes parked at a join (absent in summaries written before joins existed).
    public var waiting: [String]?
    public var level: OrgLevel?
    /// The office the case belongs to, and the one holding it now (absent without offices).
    public var homeOffice: String?
    public var office: String?
    /// The case data so far: what decisions and required fields are checked against.
    public var data: [String: Value]
    public var openedAt: Date
    public var updatedAt: Date
    public var lastSequence: Int
    public var lastHash: String

    public init(_ state: CaseState) {
        caseID = state.id; sopHash = state.sopHash; sopTextHash = state.sopTextHash; sopName = state.sopName; status = state.status
        active = state.active; waiting = state.waiting.isEmpty ? nil : state.waiting; level = state.level; homeOffice = state.homeOffice; office = state.office; data = state.data; openedAt = state.openedAt; updatedAt = state.updatedAt
        lastSequence = state.lastSequence; lastHash = state.lastHash
    }
}

/// An event as stored, with the canonical body it was hashed from: what verification checks.
public struct StoredEventRow: Sendable {
    public var caseID: String
    public var sequence: Int
    public var body: Data
    public var previousHash: String
    public var hash: String
    /// Columns copied from the body for queries; verification checks they still agree with it.
    public var kind: String
    public var occurredAt: String
    public var actorID: String
    public var step: String?
    /// The office key's seal (`OfficeSeal`), when the event was written with the key.
    public var seal: String? = nil
    /// Its place in the store-wide log (insertion order).
    public var position: Int64 = 0

    public init(caseID: String, sequence: Int, body: Data, previousHash: String, hash: String, kind: String,
                occurredAt: String, actorID: String, step: String?, seal: String? = nil, position: Int64 = 0) {
        self.caseID = caseID; self.sequence = sequence; self.body = body; self.previousHash = previousHash; self.hash = hash
        self.kind = kind; self.occurredAt = occurredAt; self.actorID = actorID; self.step = step; self.seal = seal; self.position = position
    }
}

public enum StoreError: Error, Sendable, Equatable {
    /// Someone else acted on the case first.
    case conflict(caseID: String, sequence: Int, by: String, at: Date)
    /// The store file cannot be opened or written.
    case unavailable(String)
    /// A stored row cannot be decoded (the store was edited by hand or is damaged).
    case corrupt(caseID: String, sequence: Int, reason: String)

    /// The message shown to users, in Bahasa Indonesia.
    public var message: String {
        switch self {
        case .conflict(let id, let seq, let by, _): "kasus \(id) sudah diubah oleh \(by) (peristiwa #\(seq))"
        case .unavailable(let why): why
        case .corrupt(let id, let seq, let why): "kasus \(id), peristiwa #\(seq): \(why); jalankan 'sop verifikasi'"
        }
    }
}
