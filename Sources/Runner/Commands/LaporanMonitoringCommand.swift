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
    @OptionGroup var out: OutputOptions

    func run() throws {
        let office = try options.office(readOnly: true)
        let (from, through, note) = try period.resolve(office: office)
        let form = MonitoringForm.build(from: try engineCall { try ComplianceReport.build(office.engine, clock: office.sla, from: from, through: through) })
        let head = try engineCall { try StoreLog.head(of: office.engine.store) }
        let view = MonitoringView(form, periodNote: note, checkpoint: CheckpointJSON(size: head.size, root: head.root), zone: office.zone)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }
}
