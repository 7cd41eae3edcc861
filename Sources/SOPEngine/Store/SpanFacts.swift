import Foundation
import GRDB

/// The typed columns each completed step leaves beside its event (`step_span`, migration v3),
/// so reports aggregate spans without decoding event bodies. Each row is derived from the event
/// bodies alone (`SpanReplay`) and written in the event's own transaction; `sop verifikasi`
/// re-derives every row and names one that disagrees. Instants are kept as whole milliseconds
/// since 1970 (the events' own precision); durations are not stored: they depend on the
/// calendar, which can change after the fact, so reports count them from these instants.
enum SpanFacts {
    /// Steps' names in `missing` are joined with the unit separator (never in an id).
    static let separator: Character = "\u{1F}"

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE step_span (
                case_id TEXT NOT NULL, seq INTEGER NOT NULL, sop_hash TEXT NOT NULL, step TEXT NOT NULL, origin TEXT,
                entered_ms INTEGER NOT NULL, completed_ms INTEGER NOT NULL, recorded_ms INTEGER,
                missing TEXT NOT NULL, output INTEGER NOT NULL,
                PRIMARY KEY (case_id, seq)) WITHOUT ROWID;
            CREATE TABLE span_cursor (case_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, sop_hash TEXT NOT NULL, open TEXT NOT NULL) WITHOUT ROWID;
            """)
    }

    /// Derives the rows of every event already stored (a store written before v3): one pass in
    /// chain order, in the migration's transaction, so such a store reports like a new one.
    static func backfill(_ db: Database) throws {
        var replay: SpanReplay?
        var caseID = ""
        var sequence = 0
        func close() throws { if let replay { try saveCursor(db, caseID: caseID, sequence: sequence, replay) } }
        let cursor = try Row.fetchCursor(db, sql: "SELECT case_id, body, hash FROM event ORDER BY case_id, seq")
        while let row = try cursor.next() {
            let id: String = row[0]
            if id != caseID { try close(); replay = nil; caseID = id }
            let body: String = row[1]
            // An unreadable body has no fact; verification names the event itself.
            guard let event = try? EventHasher.decodeBody(Data(body.utf8), hash: row[2]) else { continue }
            sequence = event.sequence
            if event.sequence == 1 { replay = SpanReplay(opening: event); continue }
            if let fact = replay?.apply(event) { try insert(db, fact) }
        }
        try close()
    }

    /// Called once per appended event, inside its write transaction.
    static func record(_ db: Database, _ event: CaseEvent) throws {
        if event.sequence == 1 {
            guard let opened = SpanReplay(opening: event) else { return }
            return try saveCursor(db, caseID: event.caseID, sequence: 1, opened)
        }
        guard var replay = try replay(db, before: event) else { return }
        if let fact = replay.apply(event) { try insert(db, fact) }
        try saveCursor(db, caseID: event.caseID, sequence: event.sequence, replay)
    }

    /// The replay just before `event`: the kept cursor when it stands there, else (a chain cut
    /// or rewritten by hand since) replayed from the stored events.
    private static func replay(_ db: Database, before event: CaseEvent) throws -> SpanReplay? {
        if let (sequence, kept) = try loadCursor(db, caseID: event.caseID), sequence == event.sequence - 1 { return kept }
        let rows = try Row.fetchAll(db, sql: "SELECT body, hash FROM event WHERE case_id = ? AND seq < ? ORDER BY seq",
                                    arguments: [event.caseID, event.sequence])
        let events = rows.compactMap { row -> CaseEvent? in
            let body: String = row[0]
            return try? EventHasher.decodeBody(Data(body.utf8), hash: row[1])
        }
        guard let first = events.first, var replay = SpanReplay(opening: first) else { return nil }
        for earlier in events.dropFirst() { _ = replay.apply(earlier) }
        return replay
    }

    static func insert(_ db: Database, _ fact: SpanFact) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO step_span (case_id, seq, sop_hash, step, origin, entered_ms, completed_ms, recorded_ms, missing, output)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [fact.caseID, fact.sequence, fact.sopHash, fact.step, fact.origin, ms(fact.enteredAt),
                                          ms(fact.completedAt), fact.recordedAt.map(ms), fact.requirementsMissing.joined(separator: String(separator)),
                                          fact.outputProduced])
    }

    // MARK: The replay carried between appends

    private static func saveCursor(_ db: Database, caseID: String, sequence: Int, _ replay: SpanReplay) throws {
        // One line per open step: step, since (ms), and the step it came from when there is one.
        let open = replay.open.sorted { $0.key < $1.key }.map { step, arrival in
            ([step, String(ms(arrival.since))] + (arrival.from.map { [$0] } ?? [])).joined(separator: String(separator))
        }.joined(separator: "\n")
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO span_cursor (case_id, seq, sop_hash, open) VALUES (?, ?, ?, ?)")
            .execute(arguments: [caseID, sequence, replay.sopHash, open])
    }

    private static func loadCursor(_ db: Database, caseID: String) throws -> (Int, SpanReplay)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, sop_hash, open FROM span_cursor WHERE case_id = ?"),
                                         arguments: [caseID]) else { return nil }
        var replay = SpanReplay(sopHash: row[1])
        let text: String = row[2]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count >= 2, let since = Int64(parts[1]) else { continue }
            replay.open[String(parts[0])] = SpanReplay.Arrival(since: date(since), from: parts.count > 2 ? String(parts[2]) : nil)
        }
        return (row[0], replay)
    }

    // MARK: Reading

    /// The columns of one `step_span` row, starting at `i`, in the order `columns` names them.
    static let columns = "s.case_id, s.seq, s.sop_hash, s.step, s.origin, s.entered_ms, s.completed_ms, s.recorded_ms, s.missing, s.output"

    static func fact(_ row: Row, at i: Int) -> SpanFact {
        let missing: String = row[i + 8]
        return SpanFact(caseID: row[i], sequence: row[i + 1], sopHash: row[i + 2], step: row[i + 3], origin: row[i + 4],
                        enteredAt: date(row[i + 5]), completedAt: date(row[i + 6]), recordedAt: (row[i + 7] as Int64?).map(date),
                        requirementsMissing: names(missing),
                        outputProduced: row[i + 9])
    }

    static func names(_ missing: String) -> [String] {
        missing.isEmpty ? [] : missing.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    static func hasTable(_ db: Database) throws -> Bool { try db.tableExists("step_span") }

    static func ms(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    /// The same division `Timestamp.parse` does: the instant a decoded body would give.
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }
}

/// A completed step's typed row with what the report needs of its case.
public struct StoredSpanFact: Sendable {
    public var fact: SpanFact
    /// The version the case runs on now and whether it is closed, from the case cache (nil: no cache row).
    public var caseSOPHash: String?
    public var caseClosed: Bool
}

/// A store that keeps the typed span rows: reports read them instead of event bodies, and
/// verification checks them against the bodies. Each call is false when the store holds none yet
/// (a read-only store written before v3): then reports fold the events as before.
public protocol SpanFactStore {
    /// Every typed row, case by case in chain order. `body` must not call the store.
    func forEachSpanFact(_ body: (StoredSpanFact) throws -> Void) throws -> Bool
    /// Every event in chain order with the typed row kept beside it (nil: none).
    func forEachEventWithSpanFact(_ body: (StoredEventRow, SpanFact?) throws -> Void) throws -> Bool
    /// Typed rows a report would count that have no event of their own: (case, sequence). Rows
    /// past the end of a chain cut by hand are never counted (the checkpoint names the cut) and
    /// are replaced when the chain grows again.
    func orphanSpanFacts() throws -> [(String, Int)]
}

extension SQLiteEventStore: SpanFactStore {
    public func forEachSpanFact(_ body: (StoredSpanFact) throws -> Void) throws -> Bool {
        try read { db in
            guard try SpanFacts.hasTable(db) else { return false }
            // A row's version is read only where it differs from the case's current one (rarely:
            // after a move), and the case's columns once per case: fewer strings made per row.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT s.case_id, s.seq, NULLIF(s.sop_hash, c.sop_hash), s.step, s.origin, s.entered_ms, s.completed_ms, s.recorded_ms,
                       s.missing, s.output, c.sop_hash, c.status
                FROM step_span s LEFT JOIN case_state c ON c.case_id = s.case_id
                WHERE c.last_seq IS NULL OR s.seq <= c.last_seq ORDER BY s.case_id, s.seq
                """)
            var last: (caseID: String, sopHash: String?, closed: Bool)?
            while let row = try cursor.next() {
                let caseID: String = row[0]
                if last?.caseID != caseID {
                    let status: String? = row[11]
                    last = (caseID, row[10], status == CaseState.Status.closed.rawValue)
                }
                // Nullable columns tested first: the non-optional reads take GRDB's direct path.
                guard let sopHash = row.hasNull(atIndex: 2) ? last?.sopHash : (row[2] as String) else { continue }
                let missing: String = row[8]
                let fact = SpanFact(caseID: caseID, sequence: row[1], sopHash: sopHash, step: row[3],
                                    origin: row.hasNull(atIndex: 4) ? nil : (row[4] as String),
                                    enteredAt: SpanFacts.date(row[5]), completedAt: SpanFacts.date(row[6]),
                                    recordedAt: row.hasNull(atIndex: 7) ? nil : SpanFacts.date(row[7]),
                                    requirementsMissing: SpanFacts.names(missing), outputProduced: row[9])
                try body(StoredSpanFact(fact: fact, caseSOPHash: last?.sopHash, caseClosed: last?.closed ?? false))
            }
            return true
        }
    }

    public func forEachEventWithSpanFact(_ body: (StoredEventRow, SpanFact?) throws -> Void) throws -> Bool {
        try read { db in
            guard try SpanFacts.hasTable(db) else { return false }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT e.case_id, e.seq, e.body, e.prev_hash, e.hash, e.kind, e.occurred_at, e.actor_id, e.step, e.id,
                       \(SpanFacts.columns), s.case_id IS NOT NULL
                FROM event e LEFT JOIN step_span s ON s.case_id = e.case_id AND s.seq = e.seq ORDER BY e.case_id, e.seq
                """)
            while let row = try cursor.next() {
                let text: String = row[2]
                let stored = StoredEventRow(caseID: row[0], sequence: row[1], body: Data(text.utf8), previousHash: row[3], hash: row[4],
                                            kind: row[5], occurredAt: row[6], actorID: row[7], step: row[8], position: row[9])
                try body(stored, (row[20] as Bool) ? SpanFacts.fact(row, at: 10) : nil)
            }
            return true
        }
    }

    public func orphanSpanFacts() throws -> [(String, Int)] {
        try read { db in
            guard try SpanFacts.hasTable(db) else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT s.case_id, s.seq FROM step_span s LEFT JOIN event e ON e.case_id = s.case_id AND e.seq = s.seq
                JOIN case_state c ON c.case_id = s.case_id
                WHERE e.id IS NULL AND s.seq <= c.last_seq ORDER BY s.case_id, s.seq
                """).map { ($0[0], $0[1]) }
        }
    }
}

extension SQLiteEventStore {
    /// For writers that fill the store's tables themselves (the bulk case generator): the typed
    /// row of `event`, in the caller's transaction, right after the event's own row.
    public static func recordSpanFact(_ db: Database, _ event: CaseEvent) throws { try SpanFacts.record(db, event) }
}
