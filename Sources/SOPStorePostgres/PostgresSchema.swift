import PostgresNIO

/// The PostgreSQL schema as named, ordered migrations, like the SQLite store's: each runs once,
/// in one transaction, recorded in `sop_migration`; several processes starting together take
/// turns on an advisory lock.
enum PostgresSchema {
    struct Migration: Sendable {
        var name: String
        var statements: [PostgresQuery]
    }

    /// Serialises every writer of the store (`pg_advisory_xact_lock`): the store-wide log is the
    /// order events were committed in, as with SQLite's single writer.
    static let writerLock: Int64 = 0x534F_5041

    static let migrations: [Migration] = [
        Migration(name: "v1: events, SOP versions, case cache", statements: [
            """
            CREATE TABLE sop_version (
                hash TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, source TEXT NOT NULL,
                stored_at TIMESTAMPTZ NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE event (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                case_id TEXT COLLATE "C" NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
                occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor_id TEXT NOT NULL, step TEXT,
                body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, seal TEXT,
                UNIQUE (case_id, seq))
            """,
            """
            CREATE TABLE case_state (
                case_id TEXT COLLATE "C" PRIMARY KEY, sop_hash TEXT NOT NULL, status TEXT NOT NULL,
                opened_at TEXT NOT NULL, updated_at TEXT NOT NULL,
                last_seq INTEGER NOT NULL, last_hash TEXT NOT NULL, summary TEXT NOT NULL)
            """,
            "CREATE INDEX case_state_status ON case_state (status)",
            "CREATE TABLE counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        ]),
    ]

    /// Applies what is missing; safe to call from every process that opens the store.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(writerLock))", logger: logger)
            try await connection.query("CREATE TABLE IF NOT EXISTS sop_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())", logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM sop_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements { try await connection.query(statement, logger: logger) }
                try await connection.query("INSERT INTO sop_migration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }
}
