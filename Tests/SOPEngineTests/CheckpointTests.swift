import Foundation
import Testing
import TestSupport
@testable import SOPEngine

/// Checkpoints of the store-wide log, exported before and kept outside: `sop verifikasi --titik`
/// finds a whole case deleted and a store rolled back to an older copy, each named.
@Suite(.serialized) struct CheckpointTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-titik-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"])
    }

    func shell(_ command: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(command)")
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func aDeletedCaseAndARollbackAreFound() throws {
        let key = path("kantor.kunci")
        #expect(try sop(["titik", "--buat-kunci", key]).status == 0)
        // A key is never overwritten.
        let again = try sop(["titik", "--buat-kunci", key])
        #expect(again.status == 2 && again.stderr.contains("[TITIK003]"), "\(again.status) \(again.stderr)")
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).status == 0)
        try shell("sqlite3 '\(data)' 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null && cp '\(data)' '\(path("salinan-lama.sqlite"))'")
        let first = try sop(["titik", "--kunci", key, "-o", path("titik-1.json")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "terima_pengaduan", "--sebagai", "Fitri Amalia"]).status == 0)
        #expect(try sop(["titik", "--kunci", key, "-o", path("titik-2.json")]).status == 0)
        let intact = try sop(["verifikasi", "--titik", path("titik-1.json"), "--titik", path("titik-2.json")])
        #expect(intact.status == 0, "\(intact.stdout)\(intact.stderr)")
        #expect(intact.stdout.contains("utuh: 3 peristiwa") && intact.stdout.contains("ditandatangani kunci"))
        // The checkpoint's time is told in the office zone, not as raw UTC.
        #expect(intact.stdout.contains(" WIB, ditandatangani kunci") && !intact.stdout.contains("Z, ditandatangani"), "\(intact.stdout)")

        // A whole case deleted, its cache row too: every chain left is intact, the checkpoint is not.
        try shell("cp '\(data)' '\(path("sebelum-hapus.sqlite"))' && sqlite3 '\(data)' \"DELETE FROM event WHERE case_id = 'PENGADUAN-0002'; DELETE FROM case_state WHERE case_id = 'PENGADUAN-0002';\"")
        let deleted = try sop(["verifikasi", "--titik", path("titik-2.json")])
        #expect(deleted.status == 1)
        #expect(deleted.stdout.contains("Semua rantai utuh"))
        #expect(deleted.stdout.contains("RUSAK: titik periksa") && deleted.stdout.contains("dihapus"), "\(deleted.stdout)")

        // The store rolled back to the copy taken before the last step.
        try shell("cp '\(path("salinan-lama.sqlite"))' '\(data)' && rm -f '\(data)-wal' '\(data)-shm'")
        let rolledBack = try sop(["verifikasi", "--titik", path("titik-2.json")])
        #expect(rolledBack.status == 1)
        #expect(rolledBack.stdout.contains("lebih sedikit dari 4 pada titik periksa"), "\(rolledBack.stdout)")
        // The older checkpoint still holds for the older copy.
        #expect(try sop(["verifikasi", "--titik", path("titik-1.json")]).status == 0)
    }

    /// The edits a per-case chain cannot see: a case's last event deleted with its cache rewound,
    /// duty (agenda) events deleted, and a last event rewritten with its hash recomputed.
    @Test func truncationsAndRehashesBehindTheCheckpointAreFound() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        try shell("sqlite3 '\(data)' 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null && cp '\(data)' '\(path("sebelum.sqlite"))'")
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).status == 0)
        let duty = try sop(["agenda", "catat", "sops/helpdesk.yaml", "cek_surat_elektronik", "--sebagai", "Rina Wulandari"])
        #expect(duty.status == 0, "\(duty.stderr)")
        #expect(try sop(["titik", "-o", path("titik.json")]).status == 0)
        try shell("sqlite3 '\(data)' 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null && cp '\(data)' '\(path("asli.sqlite"))'")
        func restore() throws { try shell("cp '\(path("asli.sqlite"))' '\(data)' && rm -f '\(data)-wal' '\(data)-shm'") }

        // The last event deleted and the cache row put back as it was before it.
        try shell("""
            sqlite3 '\(data)' "ATTACH '\(path("sebelum.sqlite"))' AS lama; \
            DELETE FROM event WHERE case_id = 'PENGADUAN-0001' AND seq = 2; \
            DELETE FROM case_state WHERE case_id = 'PENGADUAN-0001'; \
            INSERT INTO case_state SELECT * FROM lama.case_state WHERE case_id = 'PENGADUAN-0001';"
            """)
        let cut = try sop(["verifikasi", "--titik", path("titik.json")])
        #expect(cut.status == 1 && cut.stdout.contains("Semua rantai utuh") && cut.stdout.contains("RUSAK: titik periksa"), "\(cut.stdout)")

        // The duty record deleted.
        try restore()
        try shell("sqlite3 '\(data)' \"DELETE FROM event WHERE case_id LIKE 'AGENDA-%';\"")
        let noDuty = try sop(["verifikasi", "--titik", path("titik.json")])
        #expect(noDuty.status == 1 && noDuty.stdout.contains("RUSAK: titik periksa"), "\(noDuty.stdout)")

        // The last step rewritten by someone who computes its hash right (through the store's own
        // code): a different officer recorded, the chain intact, the checkpoint not.
        try restore()
        try shell("""
            sqlite3 '\(data)' "DELETE FROM event WHERE case_id = 'PENGADUAN-0001' AND seq = 2; \
            DELETE FROM case_state WHERE case_id = 'PENGADUAN-0001'; \
            ATTACH '\(path("sebelum.sqlite"))' AS lama; \
            INSERT INTO case_state SELECT * FROM lama.case_state WHERE case_id = 'PENGADUAN-0001';"
            """)
        let forged = try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa",
                              "--catatan", "ditulis ulang"])
        #expect(forged.status == 0, "\(forged.stderr)")
        let rehashed = try sop(["verifikasi", "--titik", path("titik.json")])
        #expect(rehashed.status == 1 && rehashed.stdout.contains("Semua rantai utuh") && rehashed.stdout.contains("RUSAK: titik periksa"),
                "\(rehashed.stdout)")
    }

    @Test func anEditedCheckpointIsFound() throws {
        let key = path("kantor.kunci")
        #expect(try sop(["titik", "--buat-kunci", key]).status == 0)
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        #expect(try sop(["titik", "--kunci", key, "-o", path("titik.json")]).status == 0)
        // Someone moves the checkpoint to match a shortened store.
        try shell("sed -i 's/\"jumlah\" : 1/\"jumlah\" : 0/' '\(path("titik.json"))'")
        let r = try sop(["verifikasi", "--titik", path("titik.json")])
        #expect(r.status == 1)
        #expect(r.stdout.contains("tanda tangan titik periksa tidak sah"), "\(r.stdout)")
        let bad = try sop(["verifikasi", "--titik", path("tidak-ada.json")])
        #expect(bad.status == 2 && bad.stderr.contains("[TITIK002]"))
    }

    @Test func reportsCarryTheCheckpoint() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        let head = try StoreLog.head(of: try SQLiteEventStore(path: data, readOnly: true))
        let daily = try sop(["laporan", "harian"])
        #expect(daily.stdout.contains("Titik periksa penyimpanan: 1 peristiwa, akar \(head.root)"), "\(daily.stdout)")
    }
}

/// With the office key ($SOP_KUNCI) every event is sealed; an event appended by someone who can
/// write the store, even with every hash correctly computed, has no valid seal and is named.
@Suite(.serialized) struct OfficeSealTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-segel-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }
    var key: String { folder.appendingPathComponent("kantor.kunci").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"], environment: ["SOP_KUNCI": key])
    }

    @Test func aForgedAppendIsFound() throws {
        #expect(try ProcessResult.sop(["titik", "--buat-kunci", key]).status == 0)
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).status == 0)
        #expect(try sop(["verifikasi"]).status == 0)
        // The forger writes the next event through the store's own code: hashes right, no key.
        let forger = try SQLiteEventStore(path: data)
        let state = try #require(CaseState(events: try forger.events(caseID: "PENGADUAN-0001")))
        let done = StepCompleted(step: "terima_pengaduan", fields: [:], requirementsPresent: [], requirementsMissing: [],
                                 outputProduced: true, exit: nil, exitChosenBy: nil, next: ["disposisi"], level: nil,
                                 escalated: false, note: nil)
        _ = try forger.append(CaseEvent(caseID: state.id, sequence: state.lastSequence + 1, payload: .stepCompleted(done),
                                        occurredAt: state.updatedAt, recordedAt: state.updatedAt, isBackdated: false,
                                        actor: ActorRecord(kind: .staff, id: "197909092003121008", name: "Fitri Amalia"),
                                        previousHash: "", hash: ""), after: state)
        let verify = try sop(["verifikasi"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("RUSAK: kasus PENGADUAN-0001, peristiwa #3: peristiwa tanpa segel kunci kantor"), "\(verify.stdout)")
    }
}
