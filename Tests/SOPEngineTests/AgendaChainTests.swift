import Foundation
import Testing
import TestSupport

/// The agenda of recurring duties as users meet it: each occurrence recorded once, also by desks
/// racing each other, and never counted as a case.
@Suite(.serialized) struct AgendaChainTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-agenda-\(UUID().uuidString)")
    var data: String { directory.appendingPathComponent("kasus.sqlite").path }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"])
    }

    func record(_ duty: String, by who: String, at time: String) throws -> ProcessResult {
        try sop(["agenda", "catat", "sops/helpdesk.yaml", duty, "--sebagai", who, "--pada", time])
    }

    func sql(_ query: String) throws -> String {
        let p = Process(), out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [data, query]
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func anOccurrenceRecordedTwiceIsRefused() throws {
        #expect(try record("laporan_sipol", by: "Rina Wulandari", at: "2024-04-02 08:05").status == 0)
        let again = try record("laporan_sipol", by: "Dedi Kurniawan", at: "2024-04-02 08:40")
        #expect(again.status == 1)
        #expect(again.stderr.contains("[KASUS033] tugas berkala 'laporan_sipol'") && again.stderr.contains("sudah dicatat oleh Rina Wulandari"),
                "\(again.stderr)")
        // The 17.00 report is another occurrence, and so is the next day's.
        #expect(try record("laporan_sipol", by: "Dedi Kurniawan", at: "2024-04-02 17:05").status == 0)
        #expect(try record("laporan_sipol", by: "Dedi Kurniawan", at: "2024-04-03 08:00").status == 0)
        // Late in the day is late for the 17.00 report, already done.
        #expect(try record("laporan_sipol", by: "Rina Wulandari", at: "2024-04-02 19:00").status == 1)
        #expect(try sql("SELECT COUNT(*) FROM event WHERE case_id = 'AGENDA-HELPDESK'") == "3")
    }

    @Test func racingDesksLeaveExactlyOneRecord() throws {
        // The store exists before the desks race (as at any office after its first case).
        #expect(try record("laporan_sipol", by: "Rina Wulandari", at: "2024-04-04 08:05").status == 0)
        for hour in 8...12 {
            let box = ResultsBox()
            DispatchQueue.concurrentPerform(iterations: 3) { i in
                let who = ["Rina Wulandari", "Dedi Kurniawan", "199001012015031001"][i]
                let r = (try? record("cek_surat_elektronik", by: who, at: String(format: "2024-04-04 %02d:20", hour))).map { ($0.status, $0.stdout, $0.stderr) } ?? (99, "", "")
                box.append(r)
            }
            let results = box.all
            #expect(results.filter { $0.0 == 0 }.count == 1, "\(results)")
            #expect(results.filter { $0.0 == 1 && $0.2.contains("[KASUS033]") }.count == 2, "\(results.map(\.2))")
        }
        #expect(try sql("SELECT COUNT(*) FROM event WHERE case_id = 'AGENDA-HELPDESK' AND step = 'cek_surat_elektronik'") == "5")
        #expect(try sop(["verifikasi"]).status == 0)
    }

    @Test func theAgendaIsNoCase() throws {
        let opened = try sop(["kasus", "buka", "sops/pengaduan.yaml"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(try record("laporan_sipol", by: "Rina Wulandari", at: "2024-04-02 08:05").status == 0)
        let verify = try sop(["verifikasi"])
        #expect(verify.status == 0)
        #expect(verify.stdout == "Semua rantai utuh: 1 kasus, 1 agenda tugas berkala, 2 peristiwa.\n", "\(verify.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try sop(["verifikasi", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(json["kasus"] as? Int == 1 && json["agenda"] as? Int == 1, "\(json)")
        #expect(try sop(["kasus", "daftar"]).stdout.split(separator: "\n").count == 1)
        // A damaged agenda is named as an agenda, and the cases are counted without it.
        _ = try sql("UPDATE event SET body = replace(body, 'laporan_sipol', 'laporan_lain') WHERE case_id = 'AGENDA-HELPDESK'")
        let broken = try sop(["verifikasi"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("RUSAK: agenda tugas berkala AGENDA-HELPDESK, peristiwa #1"), "\(broken.stdout)")
        #expect(broken.stdout.contains("0 dari 1 kasus rusak, 1 dari 1 agenda tugas berkala rusak."), "\(broken.stdout)")
    }
}
