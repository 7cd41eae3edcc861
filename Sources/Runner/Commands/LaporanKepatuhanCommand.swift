import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan kepatuhan [--dari --sampai]`: per SOP and step, durations against the standard.
struct LaporanKepatuhanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kepatuhan",
        abstract: "Kepatuhan per SOP dan langkah: jumlah, median dan P90 durasi terhadap standar, penyimpangan (alias: compliance).",
        aliases: ["compliance"]
    )

    @OptionGroup var period: ReportPeriod
    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let office = try options.office(readOnly: true)
        let (from, through, note) = try period.resolve(office: office)
        let report = try engineCall { try ComplianceReport.build(office.engine, clock: office.sla, from: from, through: through) }
        let view = ComplianceView(report, periodNote: note, zone: office.zone)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }
}
