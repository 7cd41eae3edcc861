import Foundation
import GRDB

/// The SQLite schema, as named, ordered migrations.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: events, SOP versions, case cache") { db in
            try db.execute(sql: """
                CREATE TABLE sop_version (
                    hash TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, source TEXT NOT NULL,
                    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
                    occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor_id TEXT NOT NULL, step TEXT,
                    body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
                    UNIQUE (case_id, seq));
                CREATE TABLE case_state (
                    case_id TEXT PRIMARY KEY, sop_hash TEXT NOT NULL, status TEXT NOT NULL,
                    opened_at TEXT NOT NULL, updated_at TEXT NOT NULL,
                    last_seq INTEGER NOT NULL, last_hash TEXT NOT NULL, summary TEXT NOT NULL);
                CREATE INDEX case_state_status ON case_state (status);
                CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                """)
        }
        migrator.registerMigration("v2: office seal per event") { db in
            // Null for events written without the office key (and for every event before this).
            try db.execute(sql: "ALTER TABLE event ADD COLUMN seal TEXT")
        }
        migrator.registerMigration("v3: typed step spans for reports") { db in
            // Existing events get their rows here, once: an older store then reports from columns too.
            try SpanFacts.createSchema(db)
            try SpanFacts.backfill(db)
        }
        return migrator
    }

    /// Keeps the cache row of a case in step with its newest event (same transaction).
    static func updateCaseState(_ db: Database, with event: CaseEvent, after known: CaseState?) throws {
        var state: CaseState
        var columnsKept = false
        if var known, known.lastSequence == event.sequence - 1 {
            // The writer's own view, checked current by the sequence test under the write lock.
            // The summary needs no history: dropping it spares copying the events.
            known.events = []
            let before = (known.status, known.sopHash)
            known.apply(event)
            state = known
            columnsKept = before == (known.status, known.sopHash)
        } else if event.sequence == 1 {
            guard let opened = CaseState(events: [event]) else { return }
            state = opened
        } else {
            let json = try String.fetchOne(db, sql: "SELECT summary FROM case_state WHERE case_id = ?", arguments: [event.caseID])
            guard let json, let summary = try? EventHasher.decoder.decode(CaseSummary.self, from: Data(json.utf8)) else { return }
            state = CaseState(summary: summary)
            state.apply(event)
        }
        let summary = CaseSummary(state)
        // The encoder only where the writer cannot (a NaN): it refuses such a summary as before.
        let json = try CaseCache.text(summary)
        if columnsKept {
            // Status and SOP as they were: leaving them out of the SET spares rewriting the status
            // index, one page fewer in the WAL for most steps. A row whose columns differ (or no
            // row) takes the upsert below, so the row ends the same either way.
            try db.cachedStatement(sql: """
                UPDATE case_state SET updated_at = ?, last_seq = ?, last_hash = ?, summary = ?
                WHERE case_id = ? AND status = ? AND sop_hash = ?
                """).execute(arguments: [Timestamp.format(summary.updatedAt), summary.lastSequence, summary.lastHash, json,
                                         summary.caseID, summary.status.rawValue, summary.sopHash])
            if db.changesCount > 0 { return }
        }
        try db.cachedStatement(sql: """
            INSERT INTO case_state (case_id, sop_hash, status, opened_at, updated_at, last_seq, last_hash, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(case_id) DO UPDATE SET sop_hash = excluded.sop_hash, status = excluded.status, updated_at = excluded.updated_at,
                last_seq = excluded.last_seq, last_hash = excluded.last_hash, summary = excluded.summary
            """).execute(arguments: [summary.caseID, summary.sopHash, summary.status.rawValue, Timestamp.format(summary.openedAt),
                                     Timestamp.format(summary.updatedAt), summary.lastSequence, summary.lastHash, json])
    }
}
