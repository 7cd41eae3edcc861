import Foundation
import GRDB
import SOPEngine

/// Writes sealed events into a store file with the real store's schema, thousands per
/// transaction. The schema is created by opening `SQLiteEventStore` (its own migrations); the
/// rows are filled exactly as `SQLiteEventStore.append` fills them (same columns, the canonical
/// body from `EventHasher.canonicalBody`, the typed span row from `recordSpanFact`, the summary
/// as the store encodes it), so `sop verifikasi` and every report read a bulk-loaded store like
/// one written step by step.
final class BulkWriter {
    private let queue: DatabaseQueue
    let path: String

    init(path: String) throws {
        self.path = path
        _ = try SQLiteEventStore(path: path)  // creates the file and runs the store's migrations
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        queue = try DatabaseQueue(path: path, configuration: config)
    }

    /// How many cases the store's counter has handed out for `prefix` (0 for a new store).
    func allocated(prefix: String) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT value FROM counter WHERE name = ?", arguments: [prefix]) ?? 0 }
    }

    func save(_ version: SOPVersion) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO sop_version (hash, name, path, source) VALUES (?, ?, ?, ?)",
                           arguments: [version.hash, version.name, version.path, version.source])
        }
    }

    /// One transaction: the events, the final cache row of each finished case, the id counter.
    func write(events: [CaseEvent], finished: [CaseState], prefix: String, counter: Int) throws {
        try queue.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO event (case_id, seq, kind, occurred_at, recorded_at, actor_id, step, body, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in events {
                try insert.execute(arguments: [e.caseID, e.sequence, e.kind, Timestamp.format(e.occurredAt),
                                               Timestamp.format(e.recordedAt), e.actor.id, e.payload.step,
                                               String(decoding: EventHasher.canonicalBody(e), as: UTF8.self), e.previousHash, e.hash])
                try SQLiteEventStore.recordSpanFact(db, e)
            }
            let cache = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO case_state (case_id, sop_hash, status, opened_at, updated_at, last_seq, last_hash, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for state in finished {
                let summary = CaseSummary(state)
                let json = String(decoding: try EventHasher.encoder.encode(summary), as: UTF8.self)
                try cache.execute(arguments: [summary.caseID, summary.sopHash, summary.status.rawValue, Timestamp.format(summary.openedAt),
                                              Timestamp.format(summary.updatedAt), summary.lastSequence, summary.lastHash, json])
            }
            try db.execute(sql: """
                INSERT INTO counter (name, value) VALUES (?, ?)
                ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)
                """, arguments: [prefix, counter])
        }
    }

    func counts() throws -> (events: Int, cases: Int) {
        try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM case_state") ?? 0)
        }
    }
}
