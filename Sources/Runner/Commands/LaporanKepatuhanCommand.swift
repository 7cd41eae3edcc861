import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan kepatuhan --dari --sampai`: per SOP and step, durations against the standard.
struct LaporanKepatuhanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kepatuhan",
        abstract: "Kepatuhan per SOP dan langkah: jumlah, median dan P90 durasi terhadap standar, penyimpangan (alias: compliance).",
        aliases: ["compliance"]
    )

    @OptionGroup var period: ReportPeriod

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    static func rows(_ report: ComplianceReport) -> [(sop: ComplianceReport.SOPRow, rows: [[String]])] {
        report.sops.map { sop in
            (sop, sop.steps.map(row))
        }
    }

    static func row(_ s: ComplianceReport.StepRow) -> [String] {
        let median = s.medianMinutes.map(ReportWording.minutes) ?? "-"
        let p90 = s.p90Minutes.map(ReportWording.minutes) ?? "-"
        let share = s.withinShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
        return ["\(s.number)", s.step, s.standard, "\(s.count)", median, p90, share, "\(s.late)", "\(s.uncomputed)", "\(s.missingRequirements)", "\(s.missingOutput)"]
    }

    static let header = ["No", "Langkah", "Standar", "Jumlah", "Median", "P90", "Tepat waktu", "Terlambat", "Tidak dapat dihitung", "Kurang kelengkapan", "Tanpa output"]

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let clock = try options.slaClock()
        let (from, through) = try period.resolve(calculator: clock.calculator)
        let report = try engineCall { try ComplianceReport.build(engine, clock: clock, from: from, through: through) }
        let tables = Self.rows(report)
        try out.emit(
            text: {
                guard !tables.isEmpty else { return "Tidak ada langkah yang selesai pada \(ReportWording.date(from)) s.d. \(ReportWording.date(through))." }
                return tables.map { t in
                    "\(t.sop.name) (\(t.sop.number)): \(t.sop.cases) kasus\n" + t.rows.map { r in
                        "  \(r[0]). \(r[1]) [standar \(r[2])]: \(r[3]) kali, median \(r[4]), P90 \(r[5]), tepat waktu \(r[6]); terlambat \(r[7]), tidak dapat dihitung \(r[8]), kurang kelengkapan \(r[9]), tanpa output \(r[10])"
                    }.joined(separator: "\n")
                }.joined(separator: "\n")
            },
            json: {
                struct View: Encodable { let dari: String, sampai: String; let sop: [SOPView] }
                struct SOPView: Encodable { let nama: String, nomor: String, kasus: Int; let langkah: [[String: String]] }
                return ReportDates.json(View(dari: from.iso, sampai: through.iso, sop: tables.map { t in
                    SOPView(nama: t.sop.name, nomor: t.sop.number, kasus: t.sop.cases,
                            langkah: t.rows.map { Dictionary(uniqueKeysWithValues: zip(Self.header, $0)) })
                }))
            },
            html: {
                var page = ReportPage(title: "Laporan Kepatuhan terhadap Mutu Baku", subtitle: "Periode \(ReportWording.date(from)) s.d. \(ReportWording.date(through)); durasi dalam waktu kerja", landscape: true)
                for t in tables {
                    page.heading("\(t.sop.name) (\(t.sop.number)): \(t.sop.cases) kasus")
                    page.table(Self.header, t.rows, widths: [4, 15, 9, 6, 9, 9, 8, 8, 10, 11, 8])
                }
                if tables.isEmpty { page.paragraph("Tidak ada langkah yang selesai pada periode ini.") }
                return page.html
            })
    }
}
