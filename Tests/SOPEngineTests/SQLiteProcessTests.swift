import Foundation
import Testing
import TestSupport
@testable import SOPEngine

/// The store as real users meet it: the `sop` binary on a SQLite file, hand edits with the
/// sqlite3 shell, two terminals at once, and a process killed mid-write.
@Suite(.serialized) struct SQLiteProcessTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-proc-\(UUID().uuidString)")
    var data: String { directory.appendingPathComponent("kasus.sqlite").path }

    var sopBinary: URL { PackagePaths.sopBinary }

    func sop(_ args: [String]) throws -> (Int32, String, String) {
        let r = try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"])
        return (r.status, r.stdout, r.stderr)
    }

    func shell(_ command: String) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    func openPengaduan() throws -> String {
        let (status, out, err) = try sop(["kasus", "buka", "sops/pengaduan.yaml"])
        #expect(status == 0, "\(err)")
        return String(out.split(separator: " ")[1])
    }

    @Test func rowEditedBySQLiteShellIsReported() throws {
        let id = try openPengaduan()
        #expect(try sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).0 == 0)
        #expect(try sop(["kasus", "lakukan", id, "terima_pengaduan", "--sebagai", "Fitri Amalia"]).0 == 0)
        #expect(try sop(["verifikasi"]).0 == 0)
        let edit = "sqlite3 '\(data)' \"UPDATE event SET body = replace(body, 'Fitri Amalia', 'Orang Lain') WHERE case_id = '\(id)' AND seq = 3\""
        #expect(try shell(edit) == 0)
        let (status, out, _) = try sop(["verifikasi"])
        #expect(status == 1)
        #expect(out.contains("RUSAK: kasus \(id), peristiwa #3: isi peristiwa telah diubah"))
    }

    @Test func deletedLastRowIsReported() throws {
        let id = try openPengaduan()
        #expect(try sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).0 == 0)
        #expect(try shell("sqlite3 '\(data)' \"DELETE FROM event WHERE case_id = '\(id)' AND seq = 2\"") == 0)
        let (status, out, _) = try sop(["verifikasi"])
        #expect(status == 1)
        #expect(out.contains("peristiwa #2"))
    }

    @Test func twoTerminalsRacingOnOneStep() throws {
        for _ in 0..<5 {
            let id = try openPengaduan()
            let args = ["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai"]
            let box = ResultsBox()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let r = (try? sop(args + [i == 0 ? "Maria Ulfa" : "197909092003121008"])) ?? (99, "", "")
                box.append(r)
            }
            let results = box.all
            #expect(results.filter { $0.0 == 0 }.count == 1, "\(results)")
            let loser = results.first { $0.0 != 0 }
            #expect(loser?.0 == 1)
            #expect(loser?.2.contains("Maria Ulfa") == true, "\(loser?.2 ?? "")")
            let (_, shown, _) = try sop(["kasus", "lihat", id, "--json"])
            #expect(shown.components(separatedBy: "\"perintah_pemeriksaan\"").count >= 2)
        }
        let (status, _, _) = try sop(["verifikasi"])
        #expect(status == 0)
    }

    @Test func killedWriterLeavesAStoreThatOpensAndVerifies() throws {
        _ = try openPengaduan()
        var rng = SystemRandomNumberGenerator()
        // SIGKILL each writer at a random instant: before, during or after its transaction.
        for _ in 0..<40 {
            let writer = Process()
            writer.executableURL = sopBinary
            writer.arguments = ["kasus", "buka", "sops/helpdesk.yaml", "--data", data]
            writer.currentDirectoryURL = EngineFixture.root
            writer.environment = ProcessResult.hermetic()
            writer.standardOutput = FileHandle.nullDevice
            writer.standardError = FileHandle.nullDevice
            try writer.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.25, using: &rng))
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
        }
        let (status, out, err) = try sop(["verifikasi"])
        #expect(status == 0, "\(out)\(err)")
        let (listed, _, _) = try sop(["kasus", "daftar", "--json"])
        #expect(listed == 0)
        let (opened, _, _) = try sop(["kasus", "buka", "sops/helpdesk.yaml"])
        #expect(opened == 0)
    }
}

/// Collects results from concurrent runs.
final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int32, String, String)] = []
    func append(_ item: (Int32, String, String)) { lock.withLock { items.append(item) } }
    var all: [(Int32, String, String)] { lock.withLock { items } }
}

/// The report commands as a user runs them, on back-dated cases in a real store.
@Suite(.serialized) struct ReportCommandTests {
    let runner = SQLiteProcessTests()

    @Test func complianceJSONAndPrintableMonitoringForm() throws {
        let (_, out, _) = try runner.sop(["kasus", "buka", "sops/pengaduan.yaml", "--pada", "2024-03-04 08:00"])
        let id = String(out.split(separator: " ")[1])
        #expect(try runner.sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa", "--pada", "2024-03-04 09:00"]).0 == 0)
        // Due at the close of Tuesday 5 March; done Wednesday 08:30: one office hour late.
        #expect(try runner.sop(["kasus", "lakukan", id, "terima_pengaduan", "--sebagai", "Fitri Amalia", "--pada", "2024-03-06 08:30",
                                "--catatan", "jaringan terputus"]).0 == 0)
        let (status, json, err) = try runner.sop(["laporan", "kepatuhan", "--dari", "2024-03-01", "--sampai", "2024-03-31", "--format", "json"])
        #expect(status == 0, "\(err)")
        #expect(json.contains("\"terlambat\" : 1,"), "\(json)")
        let html = runner.directory.appendingPathComponent("monitoring.html").path
        let (printed, message, _) = try runner.sop(["laporan", "monitoring", "--dari", "2024-03-01", "--sampai", "2024-03-31", "--format", "html", "-o", html])
        #expect(printed == 0)
        #expect(message.contains("Keluaran ditulis ke"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        for column in ["No", "Prosedur", "Penilaian terhadap Penerapan", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"] {
            #expect(page.contains("<th style=\"width:") && page.contains(">\(column)</th>"), "\(column)")
        }
        #expect(page.contains("Tidak berjalan dengan baik"))
        let (daily, recap, _) = try runner.sop(["laporan", "harian", "--tanggal", "2024-03-06"])
        #expect(daily == 0)
        #expect(recap.contains("terlambat 1 jam waktu kerja; catatan: jaringan terputus"), "\(recap)")
    }

    @Test func badReportDateIsAUsageError() throws {
        let (status, _, err) = try runner.sop(["laporan", "harian", "--tanggal", "kemarin"])
        #expect(status == 2)
        #expect(err.contains("[LAPORAN001]"))
    }
}

/// What the engine decides from is checked against the chain: the pinned SOP text against the
/// hash the opening event recorded, the case cache against a fold of the case's events.
@Suite(.serialized) struct DerivedDataTamperTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-derived-\(UUID().uuidString)")
    var data: String { directory.appendingPathComponent("kasus.sqlite").path }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"])
    }

    func sql(_ statement: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [data, statement]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    func openPengaduan() throws -> String {
        let r = try sop(["kasus", "buka", "sops/pengaduan.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        return String(r.stdout.split(separator: " ")[1])
    }

    @Test func anEditedSOPTextIsFound() throws {
        let id = try openPengaduan()
        #expect(try sop(["verifikasi"]).status == 0)
        // Change the rules of the running case: a month for every step instead of a working day.
        try sql("UPDATE sop_version SET source = replace(source, '1 hari kerja', '30 hari kerja')")
        let verify = try sop(["verifikasi"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("RUSAK: kasus \(id), peristiwa #1: teks SOP yang dipakai kasus ini telah diubah"), "\(verify.stdout)")
        let step = try sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"])
        #expect(step.status == 1)
        #expect(step.stderr.contains("[KASUS031]"), "\(step.stderr)")
        // A new case from the untouched file does not pick up the edited text either.
        let again = try sop(["kasus", "buka", "sops/pengaduan.yaml"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("[KASUS031]"), "\(again.stderr)")
    }

    @Test func anEditedCaseCacheIsFound() throws {
        let id = try openPengaduan()
        #expect(try sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"]).status == 0)
        // Skip the case to its last step in the cache only.
        try sql("UPDATE case_state SET summary = replace(summary, '\"terima_pengaduan\"', '\"rekap\"') WHERE case_id = '\(id)'")
        let verify = try sop(["verifikasi"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("RUSAK: kasus \(id)") && verify.stdout.contains("case_state"), "\(verify.stdout)")
        let step = try sop(["kasus", "lakukan", id, "rekap", "--sebagai", "Bayu Santoso"])
        #expect(step.status == 1)
        #expect(step.stderr.contains("[KASUS032]"), "\(step.stderr)")
    }
}
