import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// Target 4, in-process: the compliance report (`sop laporan kepatuhan`) over a recorded store,
/// with the national calendar built into the binary. scripts/bench.sh times the real CLI against
/// one aggregate pass in the sqlite3 shell; this command gives the same figure without process
/// start-up and checks the report counted every case.
struct LaporanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "laporan", abstract: "Target 4: laporan kepatuhan atas toko kasus.")

    @Option(help: "Berkas SQLite (dari buat-kasus).") var data: String
    @Option(help: "Awal periode.") var dari = "2024-04-01"
    @Option(help: "Akhir periode (termasuk).") var sampai = "2025-04-30"

    func run() throws {
        let r = try Self.measure(path: data, from: dari, through: sampai)
        print("laporan kepatuhan: \(r.cases) kasus, \(r.stepsCounted) langkah dalam \(String(format: "%.3f", r.seconds)) s; "
              + "RSS puncak \(String(format: "%.1f", Measure.peakRSSMB())) MB")
        ResultLine.print(["cases": r.cases, "steps_counted": r.stepsCounted, "seconds": r.seconds,
                          "steps_per_s": Double(r.stepsCounted) / r.seconds, "peak_rss_mb": Measure.peakRSSMB()])
    }

    struct Result { var cases: Int; var stepsCounted: Int; var seconds: Double }

    static func measure(path: String, from: String, through: String) throws -> Result {
        guard FileManager.default.fileExists(atPath: path) else { throw BenchError("\(path): tidak ada (buat dengan buat-kasus)") }
        let engine = CaseEngine(store: try SQLiteEventStore(path: path))
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array(EmbeddedCalendar.national.utf8), path: EmbeddedCalendar.path)
        guard let calendar else { throw BenchError("kalender nasional: \(diagnostics.prefix(3))") }
        guard let start = CalendarDate(iso: from), let end = CalendarDate(iso: through) else { throw BenchError("tanggal: YYYY-MM-DD") }
        var report: ComplianceReport?
        let seconds = try Measure.seconds {
            report = try ComplianceReport.build(engine, clock: SLAClock(calculator: DeadlineCalculator(calendar: calendar)), from: start, through: end)
        }
        let sops = report?.sops ?? []
        return Result(cases: sops.reduce(0) { $0 + $1.cases }, stepsCounted: sops.reduce(0) { $0 + $1.steps.reduce(0) { $0 + $1.count } },
                      seconds: seconds)
    }
}
