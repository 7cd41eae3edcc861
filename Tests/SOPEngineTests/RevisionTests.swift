import Foundation
import Testing
import TestSupport

/// Revisions at the binary level: open cases moved to a revised SOP at their position (refused,
/// with the reason, where they cannot be), finished under the new version, verified; the list
/// of versions; a compliance report over both versions that keeps every step of each.
@Suite(.serialized) struct RevisionTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-revisi-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }
    static let revision = "Tests/SOPEngineTests/Fixtures/revisi/pengaduan-revisi.yaml"
    static let people: [(String, String)] = [
        ("perintah_pemeriksaan", "Maria Ulfa"), ("terima_pengaduan", "Fitri Amalia"), ("disposisi", "Maria Ulfa"), ("pencermatan", "Bayu Santoso"),
        ("tindak_lanjut", "Rudi Hartono"), ("kirim_balasan", "Fitri Amalia"), ("arahan_rekap", "Maria Ulfa"), ("rekap", "Bayu Santoso"),
    ]

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func sop(_ args: [String], at time: String = "2024-03-06T10:00:00+07:00") throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"], environment: ["SOP_WAKTU_SEKARANG": time])
    }

    func run(_ id: String, _ steps: ArraySlice<(String, String)>, at time: String) throws {
        for (step, who) in steps {
            let r = try sop(["kasus", "lakukan", id, step, "--sebagai", who], at: time)
            #expect(r.status == 0, "\(id) \(step): \(r.stderr)")
        }
    }

    func json(_ r: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)\(r.stderr)")
    }

    @Test func openCasesMoveToTheRevisionAndReportsSpanBothVersions() throws {
        let monday = "2024-03-04T09:00:00+07:00"
        for _ in 0..<3 { #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"], at: "2024-03-04T08:00:00+07:00").status == 0) }
        try run("PENGADUAN-0001", Self.people[0..<2], at: monday)             // at disposisi
        try run("PENGADUAN-0002", Self.people[0..<6], at: monday)             // at arahan_rekap, gone in the revision
        try run("PENGADUAN-0003", Self.people[0...], at: monday)              // closed

        // The dry run says what would happen to each open case and records nothing.
        let trial = try sop(["kasus", "pindah", "--semua", "--ke", Self.revision, "--coba"])
        #expect(trial.status == 1, "\(trial.stderr)")
        #expect(trial.stdout.contains("PENGADUAN-0001: dapat dipindah") && trial.stdout.contains("langkah berjalan: disposisi"), "\(trial.stdout)")
        #expect(trial.stdout.contains("PENGADUAN-0002: DITOLAK [KASUS040]") && trial.stdout.contains("'arahan_rekap' tidak ada di versi baru"), "\(trial.stdout)")
        #expect(!trial.stdout.contains("PENGADUAN-0003"))
        #expect(!(try sop(["kasus", "lihat", "PENGADUAN-0001"]).stdout.contains("DIPINDAH")))

        // Moved mid-way; the one whose step is gone is refused until the officer names where to go on.
        let moved = try sop(["kasus", "pindah", "PENGADUAN-0001", "--ke", Self.revision, "--sebagai", "Maria Ulfa", "--catatan", "Revisi 5 Maret 2024"])
        #expect(moved.status == 0 && moved.stdout.contains("PENGADUAN-0001: dipindah"), "\(moved.stdout)\(moved.stderr)")
        let refused = try sop(["kasus", "pindah", "PENGADUAN-0002", "--ke", Self.revision, "--sebagai", "Maria Ulfa"])
        #expect(refused.status == 1 && refused.stdout.contains("--lanjut-dari"), "\(refused.stdout)")
        #expect(try sop(["kasus", "pindah", "PENGADUAN-0002", "--ke", Self.revision, "--lanjut-dari", "rekap", "--sebagai", "Maria Ulfa"]).status == 0)
        let closed = try sop(["kasus", "pindah", "PENGADUAN-0003", "--ke", Self.revision, "--sebagai", "Maria Ulfa"])
        #expect(closed.status == 1 && closed.stdout.contains("kasus sudah selesai"), "\(closed.stdout)")
        let other = try sop(["kasus", "pindah", "PENGADUAN-0001", "--ke", "sops/helpdesk.yaml", "--sebagai", "Maria Ulfa"])
        #expect(other.status == 1 && other.stdout.contains("[KASUS041]"), "\(other.stdout)")

        let shown = try sop(["kasus", "lihat", "PENGADUAN-0001"]).stdout
        #expect(shown.contains("DIPINDAH ke versi") && shown.contains("catatan: Revisi 5 Maret 2024"), "\(shown)")
        // Finished under the new version: its next steps are the revision's (no arahan_rekap).
        try run("PENGADUAN-0001", Self.people[2..<6] + Self.people[7...], at: "2024-03-07T09:00:00+07:00")
        try run("PENGADUAN-0002", Self.people[7...], at: "2024-03-07T09:00:00+07:00")
        #expect(try sop(["kasus", "daftar", "--status", "berjalan"]).stdout.contains("Belum ada kasus"))
        let verified = try sop(["verifikasi"])
        #expect(verified.status == 0, "\(verified.stdout)")

        // Versions: both pinned, with their cases.
        let versions = try json(try sop(["versi", "--json"]))
        let entry = try #require((versions["sop"] as? [[String: Any]])?.first { $0["nomor"] as? String == "4 Tahun 2022" })
        let list = try #require(entry["versi"] as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list.map { $0["kasus_selesai"] as? Int ?? -1 }.sorted() == [1, 2], "\(list)")
        #expect(list.contains { $0["tanggal_revisi"] as? String == "05 Maret 2024" })

        // Compliance over both versions: every step of each, with its own standard; the counts
        // add up to the steps recorded, and the roll-up pools only what matches.
        let report = try json(try sop(["laporan", "kepatuhan", "--dari", "2024-03-01", "--sampai", "2024-03-31", "--json"]))
        let rows = try #require(report["sop"] as? [[String: Any]])
        #expect(rows.count == 2)
        func steps(_ row: [String: Any]) -> [String: [String: Any]] {
            Dictionary(((row["langkah"] as? [[String: Any]]) ?? []).map { ($0["langkah"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let old = try #require(rows.first { $0["berkas"] as? String == "sops/pengaduan.yaml" })
        let new = try #require(rows.first { $0["berkas"] as? String == Self.revision })
        #expect(steps(old)["arahan_rekap"]?["jumlah"] as? Int == 1)   // only the case that ran on v1 to its end
        #expect(steps(old)["disposisi"]?["standar"] as? String == "1 hari kerja")
        #expect(steps(new)["disposisi"]?["standar"] as? String == "2 hari kerja")
        #expect(steps(new)["arahan_rekap"] == nil)
        let counted = rows.flatMap { steps($0).values.map { $0["jumlah"] as? Int ?? 0 } }.reduce(0, +)
        #expect(counted == 2 + 6 + 8 + 5 + 1, "every completion once: \(counted)")
        let rollup = try #require((report["gabungan"] as? [[String: Any]])?.first)
        #expect(rollup["kasus"] as? Int == 3)
        #expect(((rollup["tidak_digabung"] as? [[String: Any]]) ?? []).contains { $0["langkah"] as? String == "disposisi" })
        for (schema, args) in [("versi.schema.json", ["versi", "--json"]), ("laporan-kepatuhan.schema.json", ["laporan", "kepatuhan", "--json"]),
                               ("kasus-pindah.schema.json", ["kasus", "pindah", "--semua", "--ke", Self.revision, "--coba", "--json"]),
                               ("kasus.schema.json", ["kasus", "lihat", "PENGADUAN-0001", "--json"])] {
            let path = folder.appendingPathComponent(schema).path
            try (try sop(args)).stdout.write(toFile: path, atomically: true, encoding: .utf8)
            let checked = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/check-json.py", "docs/json/\(schema)", path],
                                                in: PackagePaths.root)
            #expect(checked.status == 0, "\(schema): \(checked.stdout)\(checked.stderr)")
        }
        let monitoring = try sop(["laporan", "monitoring", "--dari", "2024-03-01", "--sampai", "2024-03-31"]).stdout
        #expect(monitoring.components(separatedBy: "(4 Tahun 2022), versi ").count == 3 && monitoring.contains("revisi 05 Maret 2024"), "\(monitoring)")
    }
}
