import Foundation
import Testing
import TestSupport

/// Every command's `--json` output, from the binary, against its documented schema in docs/json/;
/// and the one output convention: `--json` everywhere, never accepted and ignored.
@Suite(.serialized) struct JSONOutputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-json-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }
    /// Wednesday 6 March 2024, 10:00 WIB: the reports' default period is March 2024.
    let now = ["SOP_WAKTU_SEKARANG": "2024-03-06T10:00:00+07:00"]

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"], environment: now)
    }

    /// Runs `args` and keeps its stdout under `name` for the schema check.
    func keep(_ name: String, _ args: [String], status: Int32 = 0) throws -> String {
        let r = try sop(args)
        #expect(r.status == status, "\(args): \(r.stderr)")
        let path = folder.appendingPathComponent("\(name).json").path
        try r.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func check(_ schema: String, _ files: [String]) throws {
        let r = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/check-json.py", "docs/json/\(schema)"] + files,
                                      in: PackagePaths.root)
        #expect(r.status == 0, "\(schema): \(r.stdout)\(r.stderr)")
    }

    @Test func everyCommandsJSONMatchesItsSchema() throws {
        let opened = try keep("buka", ["kasus", "buka", "sops/pengaduan.yaml", "--pada", "2024-03-04 08:00", "--json"])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: opened))) as? [String: Any])?["kasus"] as? String)
        let done = try keep("lakukan", ["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa", "--pada", "2024-03-04 09:00", "--json"])
        #expect(try sop(["kasus", "lakukan", id, "terima_pengaduan", "--sebagai", "Maria Ulfa"]).status == 1)   // refused: wrong role
        #expect(try sop(["agenda", "catat", "sops/helpdesk.yaml", "cek_surat_elektronik", "--sebagai", "Rina Wulandari"]).status == 0)
        try check("kasus.schema.json", [opened, done,
                                         try keep("lihat", ["kasus", "lihat", id, "--json"]),
                                         try keep("lihat-format", ["kasus", "lihat", id, "--format", "json"])])
        try check("kasus-daftar.schema.json", [try keep("daftar", ["kasus", "daftar", "--json"])])
        try check("antrian.schema.json", [try keep("antrian", ["antrian", "--json"])])
        try check("verifikasi.schema.json", [try keep("verifikasi", ["verifikasi", "--json"])])
        try check("titik.schema.json", [try keep("titik", ["titik"])])
        try check("laporan-terlambat.schema.json", [try keep("terlambat", ["laporan", "terlambat", "--pada", "2024-03-06 09:00", "--json"])])
        try check("laporan-harian.schema.json", [try keep("harian", ["laporan", "harian", "--json"])])
        try check("laporan-kepatuhan.schema.json", [try keep("kepatuhan", ["laporan", "kepatuhan", "--json"])])
        try check("laporan-monitoring.schema.json", [try keep("monitoring", ["laporan", "monitoring", "--format", "json"])])
        try check("agenda.schema.json", [try keep("agenda", ["agenda", "sops/helpdesk.yaml", "--tanggal", "2024-03-06", "--json"])])
        let lint = try ProcessResult.sop(["periksa", "sops/helpdesk.yaml", "Tests/DSLTests/Fixtures/diagnostics/SOP202-unknown-actor.yaml", "--json"])
        let lintPath = folder.appendingPathComponent("periksa.json").path
        try lint.stdout.write(toFile: lintPath, atomically: true, encoding: .utf8)
        try check("periksa.schema.json", [lintPath])

        // What the schemas promise, looked at once by hand: numbers are numbers, times carry the offset.
        let daily = try String(contentsOfFile: folder.appendingPathComponent("harian.json").path, encoding: .utf8)
        #expect(daily.contains("\"dinilai_pada\" : \"2024-03-06T10:00:00+07:00\""), "\(daily)")
        #expect(daily.contains("\"jenis\" : \"penolakan\""), "\(daily)")
        let compliance = try String(contentsOfFile: folder.appendingPathComponent("kepatuhan.json").path, encoding: .utf8)
        #expect(compliance.contains("\"dari\" : \"2024-03-01\"") && compliance.contains("\"jumlah\" : 1,"), "\(compliance)")
    }

    @Test func oneConventionAndNoFlagIgnored() throws {
        #expect(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).status == 0)
        // --json on a report gives JSON, not text.
        let report = try sop(["laporan", "terlambat", "--json"])
        #expect(report.status == 0 && (try? JSONSerialization.jsonObject(with: Data(report.stdout.utf8))) != nil, "\(report.stdout)")
        // Contradicting forms, and a page a command does not have, are refused before anything is done.
        let both = try sop(["laporan", "harian", "--json", "--format", "html"])
        #expect(both.status == 2 && both.stderr.contains("[KELUARAN002]"), "\(both.stderr)")
        let page = try sop(["kasus", "buka", "sops/pengaduan.yaml", "--format", "html"])
        #expect(page.status == 2 && page.stderr.contains("[KELUARAN002]"), "\(page.stderr)")
        let listed = try sop(["kasus", "daftar", "--json"])
        #expect(listed.stdout.components(separatedBy: "\"kasus\" : \"PENGADUAN-").count == 2, "nothing opened by the refused call: \(listed.stdout)")
        // -o is honoured in every form, text included.
        let saved = folder.appendingPathComponent("langkah.txt").path
        let step = try sop(["kasus", "lakukan", "PENGADUAN-0001", "perintah_pemeriksaan", "--sebagai", "Maria Ulfa", "-o", saved])
        #expect(step.status == 0 && step.stdout.contains("Keluaran ditulis ke"), "\(step.stdout)\(step.stderr)")
        #expect((try? String(contentsOfFile: saved, encoding: .utf8))?.contains("Langkah 'perintah_pemeriksaan' dicatat") == true)
        // Commands with no data to print take no --json.
        let titik = try sop(["titik", "--json"])
        #expect(titik.status == 2, "\(titik.stdout)")
    }
}
