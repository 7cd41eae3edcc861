import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan harian --tanggal`: the day's recap for the chair.
struct LaporanHarianCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harian",
        abstract: "Rekap harian: kasus dibuka, dilayani, dieskalasi, selesai; per kanal; penyimpangan, pencatatan mundur dan penolakan (alias: daily).",
        aliases: ["daily"]
    )

    @Option(name: .long, help: "Tanggal rekap, mis. 2024-04-02 (bawaan: hari ini).")
    var tanggal: String?

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let office = try options.office(readOnly: true)
        let now = office.engine.clock.now()
        let day = try ReportDates.day(tanggal, default: now, calculator: office.sla.calculator)
        let report = try engineCall { try DailyReport.build(office.engine, clock: office.sla, day: day, now: now) }
        // The store-wide log's size and root: a signed paper copy of this report anchors the store.
        let head = try engineCall { try StoreLog.head(of: office.engine.store) }
        let view = DailyView(report, checkpoint: CheckpointJSON(size: head.size, root: head.root), zone: office.zone)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }
}
