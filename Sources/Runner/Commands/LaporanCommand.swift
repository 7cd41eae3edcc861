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

/// Where a report goes: text on the terminal, JSON, or a printable HTML file.
struct ReportOutput: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case teks, json, html }

    @Option(name: .long, help: "Bentuk keluaran: teks (bawaan), json, atau html (untuk dicetak).")
    var format: Format = .teks

    @Option(name: .short, help: "Berkas keluaran (bawaan: layar).")
    var output: String?

    func emit(text: () -> String, json: () -> String, html: () -> String) throws {
        let content: String
        switch format {
        case .teks: content = text()
        case .json: content = json()
        case .html: content = html()
        }
        guard let output else { return Output.print(content) }
        try AtomicFile.write(content, to: output)
        Output.print("Laporan ditulis ke \(output)")
    }
}

/// `--dari D --sampai D`: a report period of whole local days, inclusive.
struct ReportPeriod: ParsableArguments {
    @Option(name: .long, help: "Awal periode, mis. 2024-04-01.")
    var dari: String

    @Option(name: .long, help: "Akhir periode (termasuk), mis. 2024-04-30.")
    var sampai: String

    func resolve(calculator: DeadlineCalculator) throws -> (CalendarDate, CalendarDate) {
        let from = try ReportDates.day(dari, default: Date(), calculator: calculator)
        let through = try ReportDates.day(sampai, default: Date(), calculator: calculator)
        guard from <= through else { throw CommandFailure("LAPORAN003", "--dari \(from) sesudah --sampai \(through)") }
        return (from, through)
    }
}

/// Shared parsing of report dates and moments.
enum ReportDates {
    static func day(_ text: String?, default now: Date, calculator: DeadlineCalculator) throws -> CalendarDate {
        guard let text else { return calculator.localDate(of: now) }
        guard let date = SOPDate.parse(text), let day = CalendarDate(year: date.year, month: date.month, day: date.day) else {
            throw CommandFailure("LAPORAN001", "tanggal '\(text)' tidak dikenali; tulis seperti 2024-04-02")
        }
        return day
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    static func status(_ status: SLAClock.Status) -> String {
        switch status {
        case .late(let by): "terlambat \(ReportWording.minutes(by))"
        case .near(let left): "hampir jatuh tempo (sisa \(ReportWording.minutes(left)))"
        case .onTime(let left): "tepat waktu (sisa \(ReportWording.minutes(left)))"
        case .noStandard: "tanpa mutu baku waktu"
        case .unknown(let why): "tidak dapat dihitung: \(why)"
        }
    }
}

struct LaporanTerlambatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terlambat",
        abstract: "Langkah berjalan yang melewati atau mendekati tenggat, per meja (alias: overdue).",
        aliases: ["overdue"]
    )

    @Option(name: .long, help: "Saat penilaian, mis. \"2024-04-02 15:00\" (bawaan: sekarang).")
    var pada: String?

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let clock = try options.slaClock()
        let zone = clock.calculator.calendar.zone.identifier
        let moment = try pada.map { try WhenParser.parse($0, zone: zone) } ?? engine.clock.now()
        let report = try engineCall { try OverdueReport.build(engine, clock: clock, at: moment) }
        let rows = report.desks.flatMap { desk in desk.rows.map { r in
            [desk.desk, r.caseID, r.step, r.activity, LocalTime.format(r.since, zone: zone), r.deadline.map { LocalTime.format($0, zone: zone) } ?? "-",
             ReportDates.status(r.status)]
        } }
        let header = ["Meja", "Kasus", "Langkah", "Kegiatan", "Aktif sejak", "Tenggat", "Keadaan"]
        try out.emit(
            text: {
                guard !rows.isEmpty else { return "Tidak ada langkah yang terlambat atau mendekati tenggat pada \(LocalTime.format(moment, zone: zone))." }
                return "Langkah terlambat/mendekati tenggat pada \(LocalTime.format(moment, zone: zone)):\n"
                    + rows.map { "- [\($0[0])] \($0[1]) \($0[2]): \($0[6]); tenggat \($0[5])" }.joined(separator: "\n")
            },
            json: { ReportDates.json(TableJSON(pada: Timestamp.format(moment), header: header, rows: rows)) },
            html: {
                var page = ReportPage(title: "Laporan Langkah Terlambat", subtitle: "Keadaan pada \(LocalTime.format(moment, zone: zone))", landscape: true)
                page.table(header, rows, widths: [14, 12, 12, 26, 12, 12, 12])
                return page.html
            })
    }
}

/// A report table as JSON: one object per row, keyed by the column names.
struct TableJSON: Encodable {
    let pada: String
    let baris: [[String: String]]

    init(pada: String, header: [String], rows: [[String]]) {
        self.pada = pada
        baris = rows.map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }
}
