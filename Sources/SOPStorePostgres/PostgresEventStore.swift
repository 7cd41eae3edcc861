import Foundation
import PostgresNIO
import SOPEngine

/// The event store on a PostgreSQL server, for many offices on one database: the same events,
/// canonical bodies, hash chain and cache as the SQLite store, so `ChainVerifier` and every report
/// read it unchanged. Writers take one advisory lock per transaction, so a step is one atomic
/// append with one winner, and the store-wide log (`id`) is the order of commits.
public final class PostgresEventStore: EventStore, @unchecked Sendable {
    public let location: PostgresLocation
    /// Seals every event appended (the office key); nil: unsealed.
    public let seal: OfficeSeal?
    private let bridge: BlockingBridge

    /// Connects and brings the schema up to date (named migrations). Refuses a server it cannot
    /// reach or log in to, with the reason.
    public init(location: PostgresLocation, seal: OfficeSeal? = nil) throws {
        self.location = location
        self.seal = seal
        bridge = BlockingBridge(configuration: location.configuration)
        do {
            // One direct connection first: a server that is down or refuses the login is said at
            // once, where the pool would keep retrying in the background.
            let probe = location.connectionConfiguration
            try bridge.run { client, logger in
                let connection = try await PostgresConnection.connect(configuration: probe, id: 0, logger: logger)
                try await connection.close()
                try await PostgresSchema.migrate(client, logger: logger)
            }
        } catch {
            throw StoreError.unavailable("PostgreSQL tidak dapat dipakai: \(Self.reason(error)); periksa host, port, pengguna, sandi dan nama basis data pada URL (--data atau $SOP_DATA)")
        }
    }

    public func save(_ version: SOPVersion) throws {
        try call("ditulis") { client, logger in
            _ = try await client.query("""
                INSERT INTO sop_version (hash, name, path, source) VALUES (\(version.hash), \(version.name), \(version.path), \(version.source))
                ON CONFLICT (hash) DO NOTHING
                """, logger: logger)
        }
    }

    public func sopVersion(hash: String) throws -> SOPVersion? {
        try sopVersions(where: hash).first
    }

    public func sopVersions() throws -> [SOPVersion] { try sopVersions(where: nil) }

    private func sopVersions(where hash: String?) throws -> [SOPVersion] {
        try call("dibaca") { client, logger in
            let rows = try await client.query(hash.map { "SELECT hash, name, path, source FROM sop_version WHERE hash = \($0)" }
                                              ?? "SELECT hash, name, path, source FROM sop_version", logger: logger)
            var versions: [SOPVersion] = []
            for try await (hash, name, path, source) in rows.decode((String, String, String, String).self) {
                versions.append(SOPVersion(hash: hash, name: name, path: path, source: source))
            }
            return versions
        }
    }

    public func allocateCaseID(prefix: String) throws -> String {
        let number = try call("ditulis") { client, logger -> Int in
            let rows = try await client.query("""
                INSERT INTO counter (name, value) VALUES (\(prefix), 1)
                ON CONFLICT (name) DO UPDATE SET value = counter.value + 1 RETURNING value
                """, logger: logger)
            for try await value in rows.decode(Int.self) { return value }
            return 1
        }
        return CaseID.make(prefix: prefix, number: number)
    }

    public func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent {
        let sealer = seal
        let outcome = try call("ditulis") { client, logger -> AppendOutcome in
            try await client.withTransaction(logger: logger) { db in
                try await db.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))", logger: logger)
                // The chain's head from the events themselves (an index lookup), not from the cache.
                var head: (Int, String)?
                for try await row in try await db.query(
                    "SELECT seq, hash FROM event WHERE case_id = \(event.caseID) ORDER BY seq DESC LIMIT 1", logger: logger
                ).decode((Int, String).self) { head = row }
                let lastSequence = head?.0 ?? 0
                // A writer that decided from `state` at this head decided from this very event,
                // not only from one at the same place in the chain (as the SQLite store checks).
                let sameHead = state.map { $0.lastSequence != lastSequence || $0.lastHash == head?.1 } ?? true
                guard lastSequence == event.sequence - 1, sameHead else {
                    return .conflict(try await Self.winner(db, logger: logger, event: event, lastSequence: lastSequence))
                }
                let sealed = EventHasher.seal(event, after: head?.1 ?? CaseEvent.genesisHash)
                let body = String(decoding: EventHasher.canonicalBody(sealed), as: UTF8.self)
                let mark = sealer?.seal(caseID: sealed.caseID, sequence: sealed.sequence, hash: sealed.hash)
                try await db.query("""
                    INSERT INTO event (case_id, seq, kind, occurred_at, recorded_at, actor_id, step, body, prev_hash, hash, seal)
                    VALUES (\(sealed.caseID), \(sealed.sequence), \(sealed.kind), \(Timestamp.format(sealed.occurredAt)),
                            \(Timestamp.format(sealed.recordedAt)), \(sealed.actor.id), \(sealed.payload.step), \(body),
                            \(sealed.previousHash), \(sealed.hash), \(mark))
                    """, logger: logger)
                try await Self.updateCaseState(db, logger: logger, with: sealed, after: state)
                return .appended(sealed)
            }
        }
        switch outcome {
        case .appended(let sealed): return sealed
        case .conflict(let error): throw error
        }
    }

    private enum AppendOutcome: Sendable { case appended(CaseEvent), conflict(StoreError) }

    private static func winner(_ db: PostgresConnection, logger: Logger, event: CaseEvent, lastSequence: Int) async throws -> StoreError {
        var winner: CaseEvent?
        for try await body in try await db.query(
            "SELECT body FROM event WHERE case_id = \(event.caseID) AND seq = \(min(event.sequence, lastSequence))", logger: logger
        ).decode(String.self) { winner = try? EventHasher.decodeBody(Data(body.utf8), hash: "") }
        return .conflict(caseID: event.caseID, sequence: event.sequence, by: winner?.actor.name ?? "pengguna lain", at: winner?.occurredAt ?? Date())
    }

    /// Keeps the case's cache row in step with its newest event, in the same transaction.
    private static func updateCaseState(_ db: PostgresConnection, logger: Logger, with event: CaseEvent, after known: CaseState?) async throws {
        var stored: CaseSummary?
        if known?.lastSequence != event.sequence - 1, event.sequence > 1 {
            for try await json in try await db.query("SELECT summary FROM case_state WHERE case_id = \(event.caseID)", logger: logger).decode(String.self) {
                stored = try? EventHasher.decoder.decode(CaseSummary.self, from: Data(json.utf8))
            }
        }
        guard let summary = CaseCache.next(after: known, stored: stored, applying: event) else { return }
        let json = try CaseCache.text(summary)
        try await db.query("""
            INSERT INTO case_state (case_id, sop_hash, status, opened_at, updated_at, last_seq, last_hash, summary)
            VALUES (\(summary.caseID), \(summary.sopHash), \(summary.status.rawValue), \(Timestamp.format(summary.openedAt)),
                    \(Timestamp.format(summary.updatedAt)), \(summary.lastSequence), \(summary.lastHash), \(json))
            ON CONFLICT (case_id) DO UPDATE SET sop_hash = excluded.sop_hash, status = excluded.status, updated_at = excluded.updated_at,
                last_seq = excluded.last_seq, last_hash = excluded.last_hash, summary = excluded.summary
            """, logger: logger)
    }

    /// The chain's head and the case's cache row in one statement: what the engine checks a case
    /// it holds against before deciding from it (an edited cache row is found there too).
    public func head(caseID: String) throws -> CaseHead? {
        try call("dibaca") { client, logger -> CaseHead? in
            for try await (seq, hash, summary) in try await client.query("""
                SELECT seq, hash, (SELECT summary FROM case_state WHERE case_id = event.case_id)
                FROM event WHERE case_id = \(caseID) ORDER BY seq DESC LIMIT 1
                """, logger: logger).decode((Int, String, String?).self) {
                return CaseHead(sequence: seq, hash: hash, summaryText: summary)
            }
            return nil
        }
    }

    public func events(caseID: String) throws -> [CaseEvent] {
        try eventsAndSummary(caseID: caseID).0
    }

    public func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) {
        // One REPEATABLE READ transaction: both from the same snapshot, as SQLite's one read.
        let (rows, json) = try call("dibaca") { client, logger -> ([StoredEventRow], String?) in
            try await client.withTransaction(logger: logger) { db in
                try await db.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                let rows = try await Self.eventRows(db, logger: logger, caseID: caseID)
                var json: String?
                for try await text in try await db.query("SELECT summary FROM case_state WHERE case_id = \(caseID)", logger: logger).decode(String.self) {
                    json = text
                }
                return (rows, json)
            }
        }
        let events = try rows.map { row in
            guard let event = try? EventHasher.decodeBody(row.body, hash: row.hash) else {
                throw StoreError.corrupt(caseID: caseID, sequence: row.sequence, reason: "isi peristiwa tidak dapat dibaca")
            }
            return event
        }
        return (events, json.flatMap { try? EventHasher.decoder.decode(CaseSummary.self, from: Data($0.utf8)) })
    }

    public func summary(caseID: String) throws -> CaseSummary? {
        try summaries(caseID: caseID).first
    }

    public func caseSummaries() throws -> [CaseSummary] { try summaries(caseID: nil) }

    private func summaries(caseID: String?) throws -> [CaseSummary] {
        try call("dibaca") { client, logger in
            let rows = try await client.query(caseID.map { "SELECT summary FROM case_state WHERE case_id = \($0)" }
                                              ?? "SELECT summary FROM case_state ORDER BY opened_at DESC, case_id DESC", logger: logger)
            var summaries: [CaseSummary] = []
            for try await json in rows.decode(String.self) {
                if let summary = try? EventHasher.decoder.decode(CaseSummary.self, from: Data(json.utf8)) { summaries.append(summary) }
            }
            return summaries
        }
    }

    public func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws {
        // Pages by (case_id, seq): a case's chain only grows, so every page is a true prefix.
        var after: (String, Int) = ("", 0)
        while true {
            let from = after
            let page = try call("dibaca") { client, logger in
                try await Self.eventRows(client, logger: logger, after: from, limit: Self.pageSize)
            }
            for row in page { try body(row) }
            guard page.count == Self.pageSize, let last = page.last else { return }
            after = (last.caseID, last.sequence)
        }
    }

    static let pageSize = 2_000

    public func forEachLogEntry(_ body: (String) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let from = after
            let page = try call("dibaca") { client, logger -> [(Int64, String)] in
                var page: [(Int64, String)] = []
                for try await row in try await client.query(
                    "SELECT id, hash FROM event WHERE id > \(from) ORDER BY id LIMIT \(Self.pageSize)", logger: logger
                ).decode((Int64, String).self) { page.append(row) }
                return page
            }
            for (_, hash) in page { try body(hash) }
            guard page.count == Self.pageSize, let last = page.last else { return }
            after = last.0
        }
    }

    public func firstSealedPosition() throws -> Int64? {
        try call("dibaca") { client, logger -> Int64? in
            for try await id in try await client.query("SELECT MIN(id) FROM event WHERE seal IS NOT NULL", logger: logger).decode(Int64?.self) {
                return id
            }
            return nil
        }
    }

    /// The last hash the cache holds per case, to catch a chain cut short by deleting rows.
    public func cachedChainEnds() throws -> [String: (Int, String)] {
        let rows = try call("dibaca") { client, logger -> [(String, Int, String)] in
            var rows: [(String, Int, String)] = []
            for try await row in try await client.query("SELECT case_id, last_seq, last_hash FROM case_state", logger: logger)
                .decode((String, Int, String).self) { rows.append(row) }
            return rows
        }
        return Dictionary(rows.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
    }

    private static func eventRows(_ db: PostgresConnection, logger: Logger, caseID: String) async throws -> [StoredEventRow] {
        try await collect(db.query("""
            SELECT id, case_id, seq, body, prev_hash, hash, kind, occurred_at, actor_id, step, seal
            FROM event WHERE case_id = \(caseID) ORDER BY seq
            """, logger: logger))
    }

    private static func eventRows(_ client: PostgresClient, logger: Logger, after: (String, Int), limit: Int) async throws -> [StoredEventRow] {
        try await collect(client.query("""
            SELECT id, case_id, seq, body, prev_hash, hash, kind, occurred_at, actor_id, step, seal
            FROM event WHERE (case_id, seq) > (\(after.0), \(after.1)) ORDER BY case_id, seq LIMIT \(limit)
            """, logger: logger))
    }

    private static func collect(_ rows: PostgresRowSequence) async throws -> [StoredEventRow] {
        var out: [StoredEventRow] = []
        for try await row in rows {
            let (id, caseID, seq, body, prev, hash, kind, occurred, actor, step, seal) =
                try row.decode((Int64, String, Int, String, String, String, String, String, String, String?, String?).self)
            out.append(StoredEventRow(caseID: caseID, sequence: seq, body: Data(body.utf8), previousHash: prev, hash: hash, kind: kind,
                                      occurredAt: occurred, actorID: actor, step: step, seal: seal, position: id))
        }
        return out
    }

    /// A call to the server; any failure of the server or the network becomes `StoreError.unavailable`.
    private func call<T: Sendable>(_ verb: String, _ body: @escaping @Sendable (PostgresClient, Logger) async throws -> T) throws -> T {
        do {
            return try bridge.run(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unavailable("penyimpanan PostgreSQL tidak dapat \(verb): \(Self.reason(error))")
        }
    }

    /// The server's own words when it sent any, else the kind of failure.
    static func reason(_ error: Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] { return "server menjawab \"\(message)\"" }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            return "server tidak dapat dihubungi" + (error.underlying.map { " (\($0))" } ?? "")
        default:
            return "\(error.code)" + (error.underlying.map { " (\($0))" } ?? "")
        }
    }
}
