import Foundation
import Testing
import TestSupport

/// What the desk reads from the binary: durations that say their clock, reports that judge the
/// same moment and agree, a past moment judged as it stood, back-dating and refusals in view,
/// one office zone, and a default report period that is said.
@Suite(.serialized) struct DeskClockTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-meja-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    /// Runs at `now` (WIB wall time, "2024-03-04 08:00").
    func sop(_ args: [String], at now: String, roster: String = "contoh/petugas.yaml", extra: [String] = []) throws -> ProcessResult {
        let iso = now.replacingOccurrences(of: " ", with: "T") + ":00+07:00"
        return try ProcessResult.sop(args + ["--data", data, "--petugas", roster] + extra, environment: ["SOP_WAKTU_SEKARANG": iso])
    }

    func json(_ r: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)\(r.stderr)")
    }

    static let pengaduan: [(String, String)] = [
        ("perintah_pemeriksaan", "Maria Ulfa"), ("terima_pengaduan", "Fitri Amalia"), ("disposisi", "Maria Ulfa"), ("pencermatan", "Bayu Santoso"),
        ("tindak_lanjut", "Rudi Hartono"), ("kirim_balasan", "Fitri Amalia"), ("arahan_rekap", "Maria Ulfa"), ("rekap", "Bayu Santoso"),
    ]

    @Test func aDurationSaysItsClockAndIsRightOnBoth() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"], at: "2024-03-04 08:00").status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], at: "2024-03-04 10:30").status == 0)
        // A day later: 24 hours have passed, far fewer office hours.
        let shown = try sop(["kasus", "lihat", "PENGADUAN-0001", "--json"], at: "2024-03-05 10:30")
        let clocks = try #require(try json(shown)["waktu_layanan"] as? [[String: Any]])
        let open = try #require(clocks.first { $0["langkah"] as? String == "terima_pengaduan" })
        #expect(open["jam"] as? String == "waktu_kerja")
        #expect(open["menit_berjalan"] as? Int == 1440)
        let office = try #require(open["menit_kerja"] as? Int)
        #expect(office > 0 && office < 8 * 60, "\(office)")
        let text = try sop(["kasus", "lihat", "PENGADUAN-0001"], at: "2024-03-05 10:30").stdout
        #expect(text.contains("terima_pengaduan: \(office / 60) jam") && text.contains("waktu kerja (1 hari waktu berjalan)"), "\(text)")
        #expect(!text.contains("jam kerja"), "the old label that hid which clock: \(text)")
    }

    @Test func aPastMomentIsJudgedAsTheCasesStoodThen() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"], at: "2024-03-04 08:00").status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], at: "2024-03-04 08:30").status == 0)
        // terima_pengaduan is done two days late, then the case runs to its end.
        for (step, who) in Self.pengaduan.dropFirst() {
            #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", step, "--sebagai", who], at: "2024-03-07 10:00").status == 0, "\(step)")
        }
        let closed = try sop(["kasus", "daftar"], at: "2024-03-07 11:00").stdout
        #expect(closed.contains("PENGADUAN-0001\tselesai"), "\(closed)")
        let then = try sop(["laporan", "terlambat", "--pada", "2024-03-06 09:00"], at: "2024-03-07 11:00")
        #expect(then.stdout.contains("PENGADUAN-0001 terima_pengaduan: terlambat"), "\(then.stdout)")
        let now = try sop(["laporan", "terlambat"], at: "2024-03-07 11:00")
        #expect(now.stdout.contains("Tidak ada langkah yang terlambat"), "\(now.stdout)")
        // A bad moment is refused, not rolled over.
        let bad = try sop(["laporan", "terlambat", "--pada", "2024-04-05 25:61"], at: "2024-03-07 11:00")
        #expect(bad.status == 2 && bad.stderr.contains("[WAKTU002]"), "\(bad.stderr)")
    }

    @Test func theRecapAndTheOverdueListJudgeTheSameMoment() throws {
        // helpdesk's first step has 5 Menit: opened 08:46, due 08:51.
        #expect(try sop(["kasus", "buka", "sops/helpdesk.yaml"], at: "2024-03-04 08:46").status == 0)
        let recap = try sop(["laporan", "harian"], at: "2024-03-04 08:47").stdout
        let overdue = try sop(["laporan", "terlambat"], at: "2024-03-04 08:47").stdout
        #expect(recap.contains("Penyimpangan: tidak ada") && overdue.contains("Tidak ada langkah"), "\(recap)\n\(overdue)")
        let lateRecap = try sop(["laporan", "harian"], at: "2024-03-04 09:00").stdout
        let lateList = try sop(["laporan", "terlambat"], at: "2024-03-04 09:00").stdout
        #expect(lateRecap.contains("terlambat 9 menit waktu kerja") && lateList.contains("terlambat 9 menit waktu kerja"), "\(lateRecap)\n\(lateList)")
    }

    @Test func backDatingAndRefusalsAreShown() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"], at: "2024-03-04 08:00").status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], at: "2024-03-04 08:30").status == 0)
        // Done on Thursday, entered as if Monday: on time by its stated time, late by its entry.
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "terima_pengaduan", "--sebagai", "Fitri Amalia", "--pada", "2024-03-04 09:00"],
                        at: "2024-03-07 10:00").status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "disposisi", "--sebagai", "Bayu Santoso"], at: "2024-03-07 10:05").status == 1)
        let compliance = try json(try sop(["laporan", "kepatuhan", "--json"], at: "2024-03-07 11:00"))
        #expect((compliance["keterangan_periode"] as? String)?.contains("bulan berjalan") == true)
        let steps = try #require(((compliance["sop"] as? [[String: Any]])?.first?["langkah"]) as? [[String: Any]])
        let terima = try #require(steps.first { $0["langkah"] as? String == "terima_pengaduan" })
        #expect(terima["dicatat_mundur"] as? Int == 1 && terima["terlambat_menurut_waktu_dicatat"] as? Int == 1, "\(terima)")
        let monitoring = try sop(["laporan", "monitoring"], at: "2024-03-07 11:00").stdout
        #expect(monitoring.contains("Tidak berjalan dengan baik") && monitoring.contains("1 langkah dicatat mundur"), "\(monitoring)")
        #expect(monitoring.contains("bawaan: bulan berjalan"), "\(monitoring)")
        let recap = try sop(["laporan", "harian"], at: "2024-03-07 11:00").stdout
        #expect(recap.contains("terima_pengaduan") && recap.contains("dicatat mundur") && recap.contains("penolakan"), "\(recap)")
        #expect(!recap.contains("Penyimpangan: tidak ada"), "\(recap)")
    }

    @Test func oneOfficeZoneEverywhere() throws {
        let roster = folder.appendingPathComponent("petugas-wita.yaml").path
        let text = try String(contentsOfFile: PackagePaths.url("contoh/petugas.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "zona_waktu: Asia/Jakarta", with: "zona_waktu: WITA")
        try text.write(toFile: roster, atomically: true, encoding: .utf8)
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"], at: "2024-03-04 08:00", roster: roster).status == 0)
        #expect(try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], at: "2024-03-04 08:30", roster: roster).status == 0)
        let shown = try sop(["kasus", "lihat", "PENGADUAN-0001"], at: "2024-03-06 10:00", roster: roster).stdout
        #expect(shown.contains("09.30 WITA") && shown.contains("tenggat") && !shown.contains("WIB"), "\(shown)")
        let overdue = try sop(["laporan", "terlambat"], at: "2024-03-06 10:00", roster: roster).stdout
        #expect(overdue.contains("WITA") && !overdue.contains("WIB"), "\(overdue)")
        // The same step again: the message names the time in the office's zone, not raw UTC.
        let again = try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], at: "2024-03-06 10:00", roster: roster)
        #expect(again.stderr.contains("[KASUS025]") && again.stderr.contains("09.30 WITA") && !again.stderr.contains("Z)"), "\(again.stderr)")
        // A calendar file in another zone than the roster's is refused: one office, one zone.
        let clash = try sop(["laporan", "terlambat"], at: "2024-03-06 10:00", roster: roster, extra: ["--kalender", "kalender/nasional.yaml"])
        #expect(clash.status == 2 && clash.stderr.contains("[PETUGAS002]"), "\(clash.stderr)")
    }

    /// An escalated case counts each level's share on that level's office calendar, set in the
    /// roster (`kalender_tingkat`): the national helpdesk in WIT has closed at 14:00 WIB.
    @Test func eachLevelCountsOnItsOwnCalendar() throws {
        let roster = folder.appendingPathComponent("petugas-tingkat.yaml").path
        let text = try String(contentsOfFile: PackagePaths.url("contoh/petugas.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "zona_waktu: Asia/Jakarta", with: "zona_waktu: WIB\nkalender_tingkat:\n  pusat: {zona_waktu: WIT}")
        try text.write(toFile: roster, atomically: true, encoding: .utf8)
        let party = ["tanggal_waktu=2024-03-04 13:00", "nama=Budi Santoso", "nomor_handphone=0812-3456-7890", "nama_partai=Partai Contoh", "kanal=tatap_muka"]
        let steps: [(String, [String], String)] = [
            ("hadir", ["--sebagai", "Budi Santoso", "--kontak", "0812-3456-7890"] + party.flatMap { ["--isi", $0] }, "13:01"),
            ("terima", ["--sebagai", "Rina Wulandari", "--isi", "permasalahan=KTA"], "13:05"),
            ("jawab", ["--sebagai", "Rina Wulandari", "--pilih", "Tidak"], "13:10"),
            ("lapor_anggota", ["--sebagai", "Rina Wulandari"], "13:15"),
            ("telaah_anggota", ["--sebagai", "Hendra Saputra", "--pilih", "Tidak"], "13:20"),
            ("koordinasi_provinsi", ["--sebagai", "Hendra Saputra"], "13:25"),
            ("jawab_provinsi", ["--sebagai", "Lestari Dewi", "--pilih", "Tidak"], "13:30"),
            ("teruskan_kpu", ["--sebagai", "Lestari Dewi"], "14:00"),
        ]
        #expect(try sop(["kasus", "buka", "sops/helpdesk.yaml"], at: "2024-03-04 13:00").status == 0)
        for (step, args, time) in steps {
            let r = try sop(["kasus", "lakukan", "HELPDESK-0001", step] + args, at: "2024-03-04 \(time)")
            #expect(r.status == 0, "\(step): \(r.stderr)")
        }
        let home = try sop(["kasus", "lihat", "HELPDESK-0001"], at: "2024-03-04 16:00").stdout
        #expect(home.contains("Pusat 2 jam waktu kerja"), "\(home)")
        let own = try sop(["kasus", "lihat", "HELPDESK-0001"], at: "2024-03-04 16:00", roster: roster).stdout
        #expect(own.contains("tingkat Pusat dihitung dengan kalender") && own.contains("Pusat 0 menit waktu kerja"), "\(own)")
        // A level that does not exist is a finding in the roster, with its place.
        try text.replacingOccurrences(of: "  pusat: {zona_waktu: WIT}", with: "  pusats: {zona_waktu: WIT}").write(toFile: roster, atomically: true, encoding: .utf8)
        let bad = try sop(["kasus", "lihat", "HELPDESK-0001"], at: "2024-03-04 16:00", roster: roster)
        #expect(bad.status == 1 && bad.stderr.contains("pusats") && bad.stderr.contains("[PETUGAS001]"), "\(bad.stderr)")
    }

    /// --sebagai, --pada and --catatan mean the same on every command that records.
    @Test func oneActingGroup() throws {
        let opened = try sop(["kasus", "buka", "sops/pengaduan.yaml", "--catatan", "surat masuk lewat pos"], at: "2024-03-04 08:00")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(try sop(["kasus", "lihat", "PENGADUAN-0001"], at: "2024-03-04 08:05").stdout.contains("catatan: surat masuk lewat pos"))
        let noActor = try sop(["agenda", "catat", "sops/helpdesk.yaml", "cek_surat_elektronik"], at: "2024-03-04 09:00")
        #expect(noActor.status == 2 && noActor.stderr.contains("[PERINTAH002]") && noActor.stderr.contains("--sebagai"), "\(noActor.stderr)")
        let helps = try [["kasus", "buka", "--help"], ["kasus", "lakukan", "--help"], ["agenda", "catat", "--help"], ["kasus", "pindah", "--help"]]
            .map { try ProcessResult.sop($0).stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ") }
        for help in helps { #expect(help.contains("Waktu kejadian bila dicatat belakangan dari kertas"), "\(help)") }
    }
}
