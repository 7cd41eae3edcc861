import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan ...`: reports from what really happened in the recorded cases.
struct LaporanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laporan",
        abstract: "Laporan dari kasus yang tercatat: terlambat, harian, kepatuhan, monitoring (alias: report).",
        subcommands: [LaporanTerlambatCommand.self, LaporanHarianCommand.self, LaporanKepatuhanCommand.self, LaporanMonitoringCommand.self],
        aliases: ["report"]
    )
}

/// `--dari D --sampai D`: a report period of whole local days, inclusive. Without them, the
/// current month up to today; with only one, the month around it. The form says which was used.
struct ReportPeriod: ParsableArguments {
    @Option(name: .long, help: "Awal periode, mis. 2024-04-01 (bawaan: awal bulan --sampai).")
    var dari: String?

    @Option(name: .long, help: "Akhir periode (termasuk), mis. 2024-04-30 (bawaan: hari ini, atau akhir bulan --dari).")
    var sampai: String?

    func resolve(office: Office) throws -> (CalendarDate, CalendarDate, note: String?) {
        let calculator = office.sla.calculator
        let today = calculator.localDate(of: office.engine.clock.now())
        let given = (try dari.map { try ReportDates.day($0) }, try sampai.map { try ReportDates.day($0) })
        let from: CalendarDate, through: CalendarDate, note: String?
        switch given {
        case (let f?, let t?): (from, through, note) = (f, t, nil)
        case (nil, let t?): (from, through, note) = (CalendarDate(year: t.year, month: t.month, day: 1)!, t, "bawaan --dari: awal bulan")
        case (let f?, nil):
            let end = min(Self.lastDay(of: f), max(today, f))
            (from, through, note) = (f, end, "bawaan --sampai: \(end == today ? "hari ini" : "akhir bulan")")
        case (nil, nil): (from, through, note) = (CalendarDate(year: today.year, month: today.month, day: 1)!, today, "bawaan: bulan berjalan sampai hari ini")
        }
        guard from <= through else { throw CommandFailure("LAPORAN003", "--dari \(from) sesudah --sampai \(through)") }
        return (from, through, note)
    }

    static func lastDay(of d: CalendarDate) -> CalendarDate {
        (28...31).reversed().lazy.compactMap { CalendarDate(year: d.year, month: d.month, day: $0) }.first!
    }
}

/// Shared parsing of report dates.
enum ReportDates {
    static func day(_ text: String) throws -> CalendarDate {
        guard let date = SOPDate.parse(text), let day = CalendarDate(year: date.year, month: date.month, day: date.day) else {
            throw CommandFailure("LAPORAN001", "tanggal '\(text)' tidak dikenali; tulis seperti 2024-04-02")
        }
        return day
    }

    static func day(_ text: String?, default now: Date, calculator: DeadlineCalculator) throws -> CalendarDate {
        try text.map(day) ?? calculator.localDate(of: now)
    }
}

struct LaporanTerlambatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terlambat",
        abstract: "Langkah yang melewati atau mendekati tenggat pada suatu saat (sekarang atau lampau), per meja (alias: overdue).",
        aliases: ["overdue"]
    )

    @Option(name: .long, help: "Saat penilaian, mis. \"2024-04-02 15:00\" (bawaan: sekarang); kasus yang sudah selesai sesudahnya dinilai sebagaimana keadaannya saat itu.")
    var pada: String?

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let office = try options.office(readOnly: true)
        let moment = try office.moment(pada)
        let view = OverdueView(try engineCall { try OverdueReport.build(office.engine, clock: office.sla, at: moment) }, zone: office.zone)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }
}
