import Foundation
import GRDB
import SOPDSL

/// The embedded default store: one SQLite file in WAL mode, event-sourced. Every change is
/// one appended event; `case_state` is a cache rebuilt from events, written in the same
/// transaction. Safe for several processes: writes take SQLite's write lock up front
/// (`BEGIN IMMEDIATE`), and a process killed mid-write leaves no partial event.
public final class SQLiteEventStore: EventStore, @unchecked Sendable {
    private let queue: DatabaseQueue
    public let path: String
    /// Seals every event appended (the office key, from outside the store); nil: unsealed.
    public let seal: OfficeSeal?
    /// A store opened read-only before its v2 migration has no seal column yet.
    private var hasSealColumn = true

    /// Marks a file as a case store of this program (`PRAGMA application_id`, "SOPA").
    public static let applicationID: Int32 = 0x534F_5041

    /// Opens (creating on first use) the store at `path`. Anything that is not a case store (a
    /// device, an empty file, another program's database) is refused, never adopted or changed.
    /// `readOnly`: for commands that only read; the file is never written, so an archived
    /// read-only copy can be verified.
    public init(path: String, synchronous: String = "NORMAL", readOnly: Bool = false, seal: OfficeSeal? = nil) throws {
        self.path = path
        self.seal = seal
        let exists = try Self.checkFile(path)
        guard exists || !readOnly else {
            // Reading a store that does not exist yet: an empty one, and no file is made.
            queue = try DatabaseQueue()
            try StoreSchema.migrator.migrate(queue)
            return
        }
        // Recognise the file before anything can write to it (even switching it to WAL would).
        if exists {
            var probe = Configuration()
            probe.readonly = true
            // Another process closing the store checkpoints its WAL under a brief exclusive lock.
            probe.busyMode = .timeout(15)
            do {
                switch try DatabaseQueue(path: path, configuration: probe).read(Self.recognise) {
                case .foreign:
                    throw StoreError.unavailable("'\(path)' adalah basis data SQLite program lain, bukan penyimpanan kasus; tidak diubah. Sebutkan berkas penyimpanan kasus dengan --data")
                case .empty where readOnly:
                    throw StoreError.unavailable("'\(path)' belum berisi penyimpanan kasus")
                case .empty, .ours:
                    break
                }
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError {
                throw StoreError.unavailable("bukan penyimpanan kasus yang dapat dibuka (SQLite: \(error.message ?? "\(error.resultCode)"))")
            }
        }
        var config = Configuration()
        config.readonly = readOnly
        if !readOnly { config.journalMode = .wal }
        config.busyMode = .timeout(15)
        if !readOnly { config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = \(synchronous)") } }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unavailable("folder '\(directory.path)' tidak dapat dibuat; periksa jalur dan izin tulis")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            if !readOnly {
                try StoreSchema.migrator.migrate(queue)
                try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
            }
            hasSealColumn = try queue.read { db in try db.columns(in: "event").contains { $0.name == "seal" } }
        } catch let error as DatabaseError {
            throw StoreError.unavailable("bukan penyimpanan kasus yang dapat dibuka (SQLite: \(error.message ?? "\(error.resultCode)"))")
        } catch {
            throw StoreError.unavailable("berkas tidak dapat dibuka")
        }
    }

    private enum Kind { case ours, empty, foreign }

    /// Ours by its mark; a store made before the mark by its tables; a database with no table is new.
    private static func recognise(_ db: Database) throws -> Kind {
        let mark = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if mark == applicationID { return .ours }
        guard mark == 0 else { return .foreign }
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        if tables.isEmpty { return .empty }
        return ["event", "sop_version", "case_state", "counter"].allSatisfy(tables.contains) ? .ours : .foreign
    }

    /// Before SQLite touches it: a regular, non-empty file, or none yet (false).
    private static func checkFile(_ path: String) throws -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw StoreError.unavailable("'\(path)' bukan berkas biasa; penyimpanan kasus adalah satu berkas SQLite")
        }
        guard info.st_size > 0 else {
            throw StoreError.unavailable("berkas '\(path)' kosong, bukan penyimpanan kasus; hapus berkas itu atau sebutkan berkas lain dengan --data")
        }
        return true
    }

    public func save(_ version: SOPVersion) throws {
        try write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO sop_version (hash, name, path, source) VALUES (?, ?, ?, ?)
                """, arguments: [version.hash, version.name, version.path, version.source])
        }
    }

    public func sopVersion(hash: String) throws -> SOPVersion? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT hash, name, path, source FROM sop_version WHERE hash = ?", arguments: [hash])
                .map { SOPVersion(hash: $0["hash"], name: $0["name"], path: $0["path"], source: $0["source"]) }
        }
    }

    public func sopVersions() throws -> [SOPVersion] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT hash, name, path, source FROM sop_version")
                .map { SOPVersion(hash: $0["hash"], name: $0["name"], path: $0["path"], source: $0["source"]) }
        }
    }

    public func allocateCaseID(prefix: String) throws -> String {
        try write { db in try Self.allocateCaseID(prefix: prefix, db) }
    }

    public func openCase(prefix: String, _ opening: (String) -> CaseEvent) throws -> CaseEvent {
        // One commit for the counter and the opening, not two.
        try write { db in
            let event = opening(try Self.allocateCaseID(prefix: prefix, db))
            return try self.append(event, after: nil, at: try Self.chainEnd(of: event.caseID, db), db)
        }
    }

    private static func allocateCaseID(prefix: String, _ db: Database) throws -> String {
        try db.cachedStatement(sql: "INSERT INTO counter (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1")
            .execute(arguments: [prefix])
        let value = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM counter WHERE name = ?"), arguments: [prefix]) ?? 1
        return CaseID.make(prefix: prefix, number: value)
    }

    public func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent {
        try write { db in
            try self.append(event, after: state, at: try Self.chainEnd(of: event.caseID, db), db)
        }
    }

    /// The chain's head from the events themselves (an index lookup), not from the case cache.
    private static func chainEnd(of caseID: String, _ db: Database) throws -> (sequence: Int, hash: String) {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM event WHERE case_id = ? ORDER BY seq DESC LIMIT 1"),
                                    arguments: [caseID])
        return (last?["seq"] ?? 0, last?["hash"] ?? CaseEvent.genesisHash)
    }

    public func append(toCase caseID: String, deciding decide: (CaseHead?) throws -> (event: CaseEvent, after: CaseState)?) throws -> CaseEvent? {
        try write { db in
            // Read and decided under the write lock: nobody can append between the two.
            let head = try Self.head(of: caseID, db)
            guard let decided = try decide(head) else { return nil }
            return try self.append(decided.event, after: decided.after,
                                   at: (head?.sequence ?? 0, head?.hash ?? CaseEvent.genesisHash), db)
        }
    }

    /// Seals `event` onto the chain's head `last` and writes it with the case's cache row.
    private func append(_ event: CaseEvent, after state: CaseState?, at last: (sequence: Int, hash: String), _ db: Database) throws -> CaseEvent {
        // A writer that decided from `state` at this head decided from this very event, not
        // only from one at the same place in the chain.
        let sameHead = state.map { $0.lastSequence != last.sequence || $0.lastHash == last.hash } ?? true
        guard last.sequence == event.sequence - 1, sameHead else {
            throw try conflict(db, event: event, lastSequence: last.sequence)
        }
        let (sealed, body) = EventHasher.sealed(event, after: last.hash)
        try db.cachedStatement(sql: """
            INSERT INTO event (case_id, seq, kind, occurred_at, recorded_at, actor_id, step, body, prev_hash, hash, seal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [sealed.caseID, sealed.sequence, sealed.kind, Timestamp.format(sealed.occurredAt),
                                     Timestamp.format(sealed.recordedAt), sealed.actor.id, sealed.payload.step,
                                     String(decoding: body, as: UTF8.self),
                                     sealed.previousHash, sealed.hash,
                                     seal?.seal(caseID: sealed.caseID, sequence: sealed.sequence, hash: sealed.hash)])
        try SpanFacts.record(db, sealed)
        try StoreSchema.updateCaseState(db, with: sealed, after: state)
        return sealed
    }

    public func head(caseID: String) throws -> CaseHead? {
        // One statement, so no transaction around it: SQLite reads it from one snapshot anyway,
        // and `read`'s query_only and savepoint statements would cost more than the lookup.
        try unsafeRead { db in try Self.head(of: caseID, db) }
    }

    private static func head(of caseID: String, _ db: Database) throws -> CaseHead? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT seq, hash, (SELECT summary FROM case_state WHERE case_id = event.case_id) AS summary
            FROM event WHERE case_id = ? ORDER BY seq DESC LIMIT 1
            """), arguments: [caseID])
            .map { CaseHead(sequence: $0["seq"], hash: $0["hash"], summaryText: $0["summary"]) }
    }

    private func conflict(_ db: Database, event: CaseEvent, lastSequence: Int) throws -> StoreError {
        let winner = try Row.fetchOne(db, sql: "SELECT body FROM event WHERE case_id = ? AND seq = ?",
                                      arguments: [event.caseID, min(event.sequence, lastSequence)])
        let decoded = (winner?["body"] as String?).flatMap { try? EventHasher.decodeBody(Data($0.utf8), hash: "") }
        return .conflict(caseID: event.caseID, sequence: event.sequence, by: decoded?.actor.name ?? "pengguna lain",
                         at: decoded?.occurredAt ?? Date())
    }

    public func events(caseID: String) throws -> [CaseEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT seq, body, prev_hash, hash FROM event WHERE case_id = ? ORDER BY seq", arguments: [caseID])
                .map { row in try Self.decode(row, caseID: caseID) }
        }
    }

    static func decode(_ row: Row, caseID: String) throws -> CaseEvent {
        let body: String = row["body"]
        let sequence: Int = row["seq"]
        guard let event = try? EventHasher.decodeBody(Data(body.utf8), hash: row["hash"]) else {
            throw StoreError.corrupt(caseID: caseID, sequence: sequence, reason: "isi peristiwa tidak dapat dibaca")
        }
        return event
    }

    public func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) {
        // One read transaction: both come from the same snapshot of the WAL.
        try read { db in
            let events = try Row.fetchAll(db, sql: "SELECT seq, body, prev_hash, hash FROM event WHERE case_id = ? ORDER BY seq", arguments: [caseID])
                .map { row in try Self.decode(row, caseID: caseID) }
            let summary = try String.fetchOne(db, sql: "SELECT summary FROM case_state WHERE case_id = ?", arguments: [caseID])
                .flatMap { try? EventHasher.decoder.decode(CaseSummary.self, from: Data($0.utf8)) }
            return (events, summary)
        }
    }

    public func summary(caseID: String) throws -> CaseSummary? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT summary FROM case_state WHERE case_id = ?", arguments: [caseID])
                .flatMap { try? EventHasher.decoder.decode(CaseSummary.self, from: Data($0.utf8)) }
        }
    }

    public func caseSummaries() throws -> [CaseSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT summary FROM case_state ORDER BY opened_at DESC, case_id DESC").compactMap { row in
                let json: String = row["summary"]
                return try? EventHasher.decoder.decode(CaseSummary.self, from: Data(json.utf8))
            }
        }
    }

    public func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, case_id, seq, body, prev_hash, hash, kind, occurred_at, actor_id, step, \(hasSealColumn ? "seal" : "NULL AS seal")
                FROM event ORDER BY case_id, seq
                """)
            while let row = try cursor.next() {
                let text: String = row["body"]
                try body(StoredEventRow(caseID: row["case_id"], sequence: row["seq"], body: Data(text.utf8),
                                        previousHash: row["prev_hash"], hash: row["hash"], kind: row["kind"],
                                        occurredAt: row["occurred_at"], actorID: row["actor_id"], step: row["step"],
                                        seal: row["seal"], position: row["id"]))
            }
        }
    }

    public func firstSealedPosition() throws -> Int64? {
        guard hasSealColumn else { return nil }
        return try read { db in try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM event WHERE seal IS NOT NULL") }
    }

    public func forEachLogEntry(_ body: (String) throws -> Void) throws {
        try read { db in
            // `id` grows with every insert: the order events were appended in.
            let cursor = try String.fetchCursor(db, sql: "SELECT hash FROM event ORDER BY id")
            while let hash = try cursor.next() { try body(hash) }
        }
    }

    /// The last hash the cache holds per case, to catch a chain cut short by deleting rows.
    public func cachedChainEnds() throws -> [String: (Int, String)] {
        try read { db in
            var ends: [String: (Int, String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT case_id, last_seq, last_hash FROM case_state") {
                ends[row["case_id"]] = (row["last_seq"], row["last_hash"])
            }
            return ends
        }
    }

    /// One `BEGIN IMMEDIATE` transaction. Errors of `body` other than SQLite's (a caller's
    /// decision refused inside `append(toCase:deciding:)`) pass through as they are.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                // BEGIN IMMEDIATE and COMMIT as statements prepared once for the connection (GRDB's
                // `inTransaction` parses both again for every write).
                try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                do {
                    let result = try body(db)
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                    return result
                } catch {
                    if !db.isInsideTransaction { throw error }
                    try? db.rollback()
                    throw error
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.unavailable("penyimpanan tidak dapat ditulis (SQLite: \(error.message ?? "\(error.resultCode)"))")
        } catch is EncodingError {
            // A summary the encoder refuses (a NaN in the case data).
            throw StoreError.unavailable("penyimpanan tidak dapat ditulis")
        }
    }

    /// `read` without its transaction: for a single statement only.
    private func unsafeRead<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.unsafeRead(body)
        } catch let error as DatabaseError {
            throw StoreError.unavailable("penyimpanan tidak dapat dibaca (SQLite: \(error.message ?? "\(error.resultCode)"))")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.unavailable("penyimpanan tidak dapat dibaca (SQLite: \(error.message ?? "\(error.resultCode)"))")
        } catch {
            throw StoreError.unavailable("penyimpanan tidak dapat dibaca")
        }
    }
}
