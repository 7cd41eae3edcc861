import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan monitoring`: the PermenPAN-RB 35/2012 monitoring table, pre-filled.
struct LaporanMonitoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring",
        abstract: "Formulir monitoring pelaksanaan SOP (PermenPAN-RB 35/2012) terisi dari kasus tercatat, siap dicetak (alias: monitor).",
        aliases: ["monitor"]
    )

    @Option(name: .long, help: "Awal periode, mis. 2024-01-01.")
    var dari: String

    @Option(name: .long, help: "Akhir periode (termasuk), mis. 2024-06-30.")
    var sampai: String

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    func run() throws {
        let engine = try options.engine()
        let clock = try options.slaClock()
        let now = engine.clock.now()
        let from = try ReportDates.day(dari, default: now, calculator: clock.calculator)
        let through = try ReportDates.day(sampai, default: now, calculator: clock.calculator)
        guard from <= through else { throw CommandFailure("LAPORAN003", "--dari \(from) sesudah --sampai \(through)") }
        let form = MonitoringForm.build(from: try engineCall { try ComplianceReport.build(engine, clock: clock, from: from, through: through) })
        let header = ["No", "Prosedur", "Penilaian terhadap Penerapan", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"]
        let rows = form.rows.map { r in
            ["\(r.number)", r.procedure, r.runsWell ? "Berjalan dengan baik" : "Tidak berjalan dengan baik", r.findings, r.actions, ""]
        }
        try out.emit(
            text: {
                (["Monitoring pelaksanaan SOP \(ReportWording.date(from)) s.d. \(ReportWording.date(through))", "Dasar penilaian: \(MonitoringForm.rule)"]
                    + rows.map { "\($0[0]). \($0[1]): \($0[2]). \($0[3]). Tindakan: \($0[4])" }).joined(separator: "\n")
            },
            json: {
                struct View: Encodable { let dari: String, sampai: String, dasarPenilaian: String; let baris: [[String: String]] }
                return ReportDates.json(View(dari: from.iso, sampai: through.iso, dasarPenilaian: MonitoringForm.rule,
                                             baris: rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }))
            },
            html: {
                var page = ReportPage(title: "Formulir Monitoring Pelaksanaan SOP Administrasi Pemerintahan",
                                      subtitle: "Periode \(ReportWording.date(from)) s.d. \(ReportWording.date(through))", landscape: true)
                page.table(header, rows, widths: [4, 20, 14, 24, 28, 10])
                page.paragraph("Dasar penilaian: \(MonitoringForm.rule) Diisi otomatis dari kasus yang tercatat; penilai memeriksa, melengkapi dan memaraf.")
                page.signatures(["Penilai"])
                return page.html
            })
    }
}
