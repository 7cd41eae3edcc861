import Foundation
import GRDB
import Testing
import SOPDSL
import TestSupport
@testable import SOPEngine
@testable import SOPReports

/// The compliance report from the store's typed span rows (`step_span`) against the reference:
/// every case's events decoded and folded. Same numbers, field by field, on stores with
/// back-dated steps, moved cases, escalations, loops and cases still open at the period's end;
/// and a typed row edited by hand is named by verification.
@Suite(.serialized) struct ComplianceFromColumnsTests {
    typealias F = EngineFixture
    static let wib = SLAClockTests.wib
    static let clock = SLAClockTests.clock
    static let pengaduan = ["perintah_pemeriksaan": "Maria Ulfa", "terima_pengaduan": "Fitri Amalia", "disposisi": "Maria Ulfa",
                            "pencermatan": "Bayu Santoso", "tindak_lanjut": "Rudi Hartono", "kirim_balasan": "Fitri Amalia",
                            "arahan_rekap": "Maria Ulfa", "rekap": "Bayu Santoso"]

    func scratch(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sop-columns-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    /// Runs a pengaduan case's active steps until it closes or `limit` steps are done.
    func run(_ f: F, _ id: String, limit: Int = 20, minutes: Double = 90) throws {
        for _ in 0..<limit {
            let state = try f.engine.state(of: id)
            guard state.status == .open, let step = state.active.first?.step else { return }
            try f.step(id, step, as: Self.pengaduan[step] ?? "Maria Ulfa", after: minutes)
        }
    }

    /// Every feature the typed rows must carry, on one store.
    func mixedStore(_ path: String) throws -> F {
        let f = F(store: try SQLiteEventStore(path: path))
        // Pengaduan: on time, late (three working days at disposisi), without output, back-dated.
        for variant in 0..<4 {
            f.clock.set(Self.wib("2024-03-0\(4 + variant) 08:00"))
            let id = try f.open("pengaduan.yaml").id
            for step in ["perintah_pemeriksaan", "terima_pengaduan", "disposisi"] {
                f.clock.advance(by: variant == 1 && step == "disposisi" ? 3 * 86_400 : 3_600)
                // Variant 3 enters `terima_pengaduan` a day after it is said to have happened.
                let backdated = variant == 3 && step == "terima_pengaduan"
                if backdated { f.clock.advance(by: 86_400) }
                _ = try f.engine.perform(StepRequest(caseID: id, step: step, actingAs: Self.pengaduan[step]!,
                                                 occurredAt: backdated ? f.clock.now().addingTimeInterval(-86_400) : nil,
                                                 outputProduced: !(variant == 2 && step == "terima_pengaduan")))
            }
            if variant != 0 { try run(f, id) }   // variant 0 stays open at pencermatan
        }
        // Moved to the revised SOP at disposisi (its standard differs): one finished, one still open.
        let revision = SOPLoader.load(path: F.root.appendingPathComponent("Tests/SOPEngineTests/Fixtures/revisi/pengaduan-revisi.yaml").path)
        var revised = try #require(revision.sop)
        revised.path = "Tests/SOPEngineTests/Fixtures/revisi/pengaduan-revisi.yaml"
        let source = String(decoding: FileManager.default.contents(atPath: F.root.appendingPathComponent(revised.path).path)!, as: UTF8.self)
        for finish in [true, false] {
            f.clock.set(Self.wib(finish ? "2024-03-12 08:00" : "2024-03-13 08:00"))
            let id = try f.open("pengaduan.yaml").id
            try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa", after: 30)
            try f.step(id, "terima_pengaduan", as: "Fitri Amalia", after: 30)
            f.clock.advance(by: 600)
            _ = try f.engine.move(id, to: revised, source: source, continueFrom: nil, actingAs: "Maria Ulfa", note: "revisi")
            try run(f, id, limit: finish ? 20 : 1)
        }
        // Helpdesk: the understanding loop (a row entered twice) and the escalation to the national desk.
        f.clock.set(Self.wib("2024-03-18 09:00"))
        for escalate in [false, true] {
            let id = try f.open("helpdesk.yaml").id
            try f.step(id, "hadir", as: "Budi Santoso", contact: "0812-3456-7890", fields: F.party)
            try f.step(id, "terima", as: F.rina, fields: ["permasalahan": "Cara mengunggah KTA di SIPOL"])
            if escalate {
                try f.step(id, "jawab", as: F.rina, choice: "Tidak")
                try f.step(id, "lapor_anggota", as: F.rina)
                try f.step(id, "telaah_anggota", as: F.anggota, choice: "Tidak")
                try f.step(id, "koordinasi_provinsi", as: F.anggota)
                try f.step(id, "jawab_provinsi", as: F.provinsi, choice: "Tidak")
                try f.step(id, "teruskan_kpu", as: F.provinsi)
                try f.step(id, "jawab_kpu", as: F.pusat, after: 120)
                try f.step(id, "sampaikan_jawaban", as: F.rina)
            } else {
                try f.step(id, "jawab", as: F.rina, choice: "Ya")
                try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "tidak"])
                try f.step(id, "ulang_jawaban", as: F.rina, after: 25)
            }
            try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "ya"])
            try f.step(id, "catat", as: F.rina)
            try f.step(id, "serahkan", as: F.rina)
        }
        // Autentifikasi: the tiered paraf inside one row loops back once.
        let id = try f.open("autentifikasi.yaml").id
        for (step, who, choice) in [("terima_surat", "Siti Aminah", nil), ("registrasi", "Siti Aminah", nil), ("disposisi_kpu", "Agus Arifin", nil),
                                    ("disposisi_sekretaris", "Bambang Wijaya", nil), ("disposisi_kabag", "Nurhayati", nil),
                                    ("disposisi_kasubbag", "Joko Susilo", nil), ("siapkan_balasan", "Putri Maharani", nil),
                                    ("paraf_kasubbag", "Joko Susilo", "Belum Benar"), ("perbaiki_konsep", "Putri Maharani", nil),
                                    ("paraf_kasubbag", "Joko Susilo", "Sudah Benar"), ("paraf_kabag", "Nurhayati", "Sudah Benar"),
                                    ("paraf_sekretaris", "Bambang Wijaya", "Sudah Benar"), ("tanda_tangan", "Agus Arifin", nil),
                                    ("kirim_surat", "Siti Aminah", nil)] as [(String, String, String?)] {
            try f.step(id, step, as: who, after: 40, choice: choice)
        }
        return f
    }

    func expectSame(_ a: ComplianceReport, _ b: ComplianceReport) {
        #expect(a.sops.count == b.sops.count)
        for (x, y) in zip(a.sops, b.sops) {
            #expect(x.version == y.version && x.name == y.name && x.number == y.number && x.revisedOn == y.revisedOn && x.path == y.path)
            #expect(x.cases == y.cases, "\(x.name) \(x.version.prefix(12))")
            #expect(x.steps == y.steps, "\(x.name) \(x.version.prefix(12))")
        }
        #expect(a.rollups.count == b.rollups.count)
        for (x, y) in zip(a.rollups, b.rollups) {
            #expect(x.number == y.number && x.versions == y.versions && x.cases == y.cases && x.steps == y.steps)
            #expect(x.unmatched.map(\.step) == y.unmatched.map(\.step) && x.unmatched.map(\.reason) == y.unmatched.map(\.reason))
        }
    }

    func facts(_ store: EventStore) throws -> [SpanFact] {
        var out: [SpanFact] = []
        _ = try #require(store as? SpanFactStore).forEachSpanFact { out.append($0.fact) }
        return out
    }

    @Test func typedRowsGiveTheReferenceNumbers() throws {
        let f = try mixedStore(scratch("mixed.sqlite"))
        for (from, through) in [("2024-03-01", "2024-03-31"), ("2024-03-01", "2024-03-12"), ("2024-03-13", "2024-04-30")] {
            let start = CalendarDate(iso: from)!, end = CalendarDate(iso: through)!
            let typed = try ComplianceReport.build(f.engine, clock: Self.clock, from: start, through: end)
            let reference = try ComplianceReport.build(f.engine, clock: Self.clock, from: start, through: end, source: .events)
            expectSame(typed, reference)
        }
        let report = try ComplianceReport.build(f.engine, clock: Self.clock, from: CalendarDate(iso: "2024-03-01")!, through: CalendarDate(iso: "2024-03-31")!)
        // The store does hold what the comparison is about.
        let rows = report.sops.flatMap(\.steps)
        #expect(report.sops.count == 4, "pengaduan, its revision, helpdesk, autentifikasi")
        #expect(rows.contains { $0.backdated > 0 })
        #expect(rows.contains { $0.late > 0 })
        #expect(rows.contains { $0.missingOutput > 0 })
        #expect(rows.contains { $0.step == "tanya_paham" && $0.count == 3 })
        #expect(!report.rollups.isEmpty)
        #expect(try facts(f.store).contains { $0.recordedAt != nil })
    }

    /// The rows a closed case's completions left equal those its events replay to, and so do its spans.
    @Test func typedRowsAreTheEventsReplayed() throws {
        let f = try mixedStore(scratch("replayed.sqlite"))
        let stored = Dictionary(grouping: try facts(f.store), by: \.caseID)
        let sops = try CaseCorpus.versions(f.engine)
        var compared = 0
        for summary in try f.store.caseSummaries() {
            let state = try f.engine.state(of: summary.caseID)
            #expect(stored[summary.caseID] ?? [] == SpanReplay.facts(of: state.events), "\(summary.caseID)")
            guard state.status == .closed, let sop = sops[state.sopHash] else { continue }
            let fromRows = CaseTimeline.spans(caseID: state.id, completed: (stored[state.id] ?? []).map { CaseTimeline.Completion(fact: $0) },
                                              active: [], sopHash: state.sopHash) { TimelineLayout(sops[$0] ?? sop) }
            let reference = CaseTimeline.spans(of: state, sop: sop, versions: sops).map { span in
                var s = span; s.actor = nil; s.note = nil; return s
            }
            #expect(fromRows == reference, "\(state.id)")
            compared += 1
        }
        #expect(compared >= 6)
    }

    /// A store written before the typed rows existed gets them at migration, from its events.
    @Test func olderStoreIsBackfilledAtMigration() throws {
        let path = scratch("older.sqlite")
        let f = try mixedStore(path)
        let expected = try facts(f.store)
        // Back to a v2 store: the typed rows and the migration's mark gone.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE step_span; DROP TABLE span_cursor; DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%'")
        }
        let reopened = try SQLiteEventStore(path: path)
        #expect(try facts(reopened) == expected)
        // Appends continue from the backfilled cursor: a running case's next completion gets its row.
        let g = F(store: reopened)
        g.clock.set(Self.wib("2024-03-20 09:00"))
        let open = try #require(try reopened.caseSummaries().first { $0.status == .open && $0.sopName.contains("Pengaduan") })
        let next = try #require(open.active.first?.step)
        try g.step(open.caseID, next, as: Self.pengaduan[next] ?? "Maria Ulfa")
        let state = try g.engine.state(of: open.caseID)
        #expect(try facts(reopened).filter { $0.caseID == open.caseID } == SpanReplay.facts(of: state.events))
        #expect(try ChainVerifier.verify(reopened, chainEnds: try reopened.cachedChainEnds(), checkDerived: true).isIntact)
    }

    /// A read-only store without the rows is reported from its events, with the same numbers.
    @Test func readOnlyStoreWithoutRowsFallsBackToEvents() throws {
        let path = scratch("readonly.sqlite")
        let f = try mixedStore(path)
        let start = CalendarDate(iso: "2024-03-01")!, end = CalendarDate(iso: "2024-03-31")!
        let before = try ComplianceReport.build(f.engine, clock: Self.clock, from: start, through: end)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE step_span; DROP TABLE span_cursor; DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%'")
        }
        let readOnly = try SQLiteEventStore(path: path, readOnly: true)
        #expect(try readOnly.forEachSpanFact { _ in } == false)
        expectSame(try ComplianceReport.build(CaseEngine(store: readOnly), clock: Self.clock, from: start, through: end), before)
    }

    @Test func verificationNamesAnEditedTypedRow() throws {
        let path = scratch("edited.sqlite")
        let f = try mixedStore(path)
        #expect(try ChainVerifier.verify(f.store, chainEnds: nil, checkDerived: true).isIntact)
        let target = try #require(try facts(f.store).first { $0.step == "disposisi" })
        // Shorter on paper: the step is said to have been entered an hour later.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE step_span SET entered_ms = entered_ms + 3600000 WHERE case_id = ? AND seq = ?",
                           arguments: [target.caseID, target.sequence])
        }
        let store = try SQLiteEventStore(path: path)
        let report = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true)
        #expect(report.findings == [ChainVerifier.Finding(caseID: target.caseID, sequence: target.sequence,
                                                          reason: "baris ringkasan langkah (step_span) tidak sesuai dengan isi peristiwanya (diubah di luar aplikasi)")])
        // A row deleted, and one added for an event that completes no step (another case's opening).
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE step_span SET entered_ms = entered_ms - 3600000 WHERE case_id = ? AND seq = ?",
                           arguments: [target.caseID, target.sequence])
            try db.execute(sql: "DELETE FROM step_span WHERE case_id = ? AND seq = ?", arguments: [target.caseID, target.sequence])
            try db.execute(sql: """
                INSERT INTO step_span SELECT case_id, 1, sop_hash, step, origin, entered_ms, completed_ms, recorded_ms, missing, output
                FROM step_span WHERE case_id != ? LIMIT 1
                """, arguments: [target.caseID])
        }
        let again = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true)
        #expect(again.findings.contains { $0.caseID == target.caseID && $0.sequence == target.sequence && $0.reason.contains("hilang") })
        #expect(again.findings.contains { $0.sequence == 1 && $0.reason.contains("bukan penyelesaian langkah") })
    }

    /// A chain's last event deleted and its cache rewound by hand (what a checkpoint catches): the
    /// leftover row is not counted, and the next append derives its row from the events again.
    @Test func aCutChainGrowsCorrectRowsAgain() throws {
        let path = scratch("cut.sqlite")
        let f = try mixedStore(path)
        let open = try #require(try f.store.caseSummaries().first { $0.status == .open && $0.sopName.contains("Pengaduan") })
        let events = try f.store.events(caseID: open.caseID)
        let before = try #require(CaseState(events: Array(events.dropLast())))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM event WHERE case_id = ? AND seq = ?", arguments: [open.caseID, events.count])
            try db.execute(sql: "UPDATE case_state SET last_seq = ?, last_hash = ?, summary = ? WHERE case_id = ?",
                           arguments: [before.lastSequence, before.lastHash,
                                       String(decoding: try EventHasher.encoder.encode(CaseSummary(before)), as: UTF8.self), open.caseID])
        }
        let store = try SQLiteEventStore(path: path)
        #expect(try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true).isIntact)
        let g = F(store: store)
        g.clock.set(Self.wib("2024-03-25 09:00"))
        let next = try #require(before.active.first?.step)
        try g.step(open.caseID, next, as: Self.pengaduan[next] ?? "Maria Ulfa")
        #expect(try facts(store).filter { $0.caseID == open.caseID } == SpanReplay.facts(of: try g.engine.state(of: open.caseID).events))
        #expect(try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true).isIntact)
    }

    @Test func inMemoryStoreKeepsNoRows() {
        #expect(!(InMemoryEventStore() as EventStore is SpanFactStore))
    }
}
