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

    @OptionGroup var period: ReportPeriod

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let clock = try options.slaClock()
        let (from, through) = try period.resolve(calculator: clock.calculator)
        let form = MonitoringForm.build(from: try engineCall { try ComplianceReport.build(engine, clock: clock, from: from, through: through) })
        let header = ["No", "Prosedur", "Penilaian terhadap Penerapan", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"]
        let point = try engineCall { try StoreLog.head(of: engine.store) }
        let pointText = "Titik periksa penyimpanan: \(point.size) peristiwa, akar \(point.root)"
        let rows = form.rows.map { r in
            ["\(r.number)", r.procedure, r.runsWell ? "Berjalan dengan baik" : "Tidak berjalan dengan baik", r.findings, r.actions, ""]
        }
        try out.emit(
            text: {
                (["Monitoring pelaksanaan SOP \(ReportWording.date(from)) s.d. \(ReportWording.date(through))", "Dasar penilaian: \(MonitoringForm.rule)"]
                    + rows.map { "\($0[0]). \($0[1]): \($0[2]). \($0[3]). Tindakan: \($0[4])" } + [pointText]).joined(separator: "\n")
            },
            json: {
                struct View: Encodable { let dari: String, sampai: String, dasarPenilaian: String; let baris: [[String: String]]; let titikPeriksa: [String: String] }
                return ReportDates.json(View(dari: from.iso, sampai: through.iso, dasarPenilaian: MonitoringForm.rule,
                                             baris: rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) },
                                             titikPeriksa: ["jumlah": String(point.size), "akar": point.root]))
            },
            html: {
                var page = ReportPage(title: "Formulir Monitoring Pelaksanaan SOP Administrasi Pemerintahan",
                                      subtitle: "Periode \(ReportWording.date(from)) s.d. \(ReportWording.date(through))", landscape: true)
                page.table(header, rows, widths: [4, 20, 14, 24, 28, 10])
                page.paragraph("Dasar penilaian: \(MonitoringForm.rule) Diisi otomatis dari kasus yang tercatat; penilai memeriksa, melengkapi dan memaraf.")
                page.paragraph(pointText)
                page.signatures(["Penilai"])
                return page.html
            })
    }
}
