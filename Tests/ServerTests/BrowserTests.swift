import Foundation
import Testing
import TestSupport

/// The escalation as staff meet it: `sop server` on PostgreSQL, driven through a real
/// headless Chromium by scripts/check-browser.py (selenium; scripts/setup.sh --peramban installs
/// it), then the store checked with `sop verifikasi` and the case read back with the CLI.
@Suite struct BrowserTests {
    @Test func kabupatenEscalatesProvinsiAnswersKabupatenCloses() throws {
        guard PostgresTestDatabase.baseURL != nil else {
            #expect(!PostgresTestDatabase.required, "SOP_REQUIRE_POSTGRES=1 but SOP_TEST_POSTGRES is not set")
            return
        }
        let data = try PostgresTestDatabase.fresh()
        let run = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"),
                                        ["python3", PackagePaths.url("scripts/check-browser.py").path,
                                         "--sop", PackagePaths.sopBinary.path, "--data", data], in: PackagePaths.root)
        #expect(run.status != 3, "selenium or Chromium is missing: run bash scripts/setup.sh --peramban\n\(run.stderr)")
        try #require(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let id = try #require(run.stdout.split(separator: "\n").last.flatMap { $0.hasPrefix("kasus: ") ? String($0.dropFirst(7)) : nil },
                              "\(run.stdout)")

        let verified = try ProcessResult.sop(["verifikasi", "--data", data])
        #expect(verified.status == 0, "\(verified.stdout)\n\(verified.stderr)")

        let shown = try ProcessResult.sop(["kasus", "lihat", id, "--json", "--data", data])
        try #require(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "selesai")
        let steps = (json["peristiwa"] as? [[String: Any]] ?? []).filter { $0["jenis"] as? String == "langkah_selesai" }
        #expect(steps.compactMap { $0["langkah"] as? String } == [
            "hadir", "terima", "jawab", "lapor_anggota", "telaah_anggota", "koordinasi_provinsi", "jawab_provinsi",
            "sampaikan_jawaban", "tanya_paham", "catat", "serahkan",
        ])
    }
}
