import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop agenda`: recurring duties due on a day (done, late, missed), and recording one as done.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Tugas berkala SOP pada suatu hari: yang jatuh tempo, dilakukan, dan terlewat; atau mencatat tugas (alias: duties).",
        subcommands: [AgendaLihatCommand.self, AgendaCatatCommand.self],
        defaultSubcommand: AgendaLihatCommand.self,
        aliases: ["duties"]
    )
}

struct AgendaLihatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lihat", abstract: "Menampilkan agenda tugas berkala (alias: show).", aliases: ["show"])

    @Argument(help: "Berkas SOP yang memuat tugas_berkala.")
    var sop: [String]

    @Option(name: .long, help: "Tanggal, mis. 2024-04-02 (bawaan: hari ini).")
    var tanggal: String?

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    func validate() throws {
        if sop.isEmpty { throw CommandFailure("PERINTAH002", "sebutkan berkas SOP, misalnya: sop agenda sops/helpdesk.yaml --tanggal 2024-04-02") }
    }

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let clock = try options.slaClock()
        let zone = clock.calculator.calendar.zone.identifier
        let now = engine.clock.now()
        let day = try ReportDates.day(tanggal, default: now, calculator: clock.calculator)
        var rows: [[String]] = []
        for path in sop {
            let (model, _) = try LoadedSOP.load(path)
            let done = try engineCall { try CaseCorpus.duties(engine, sop: model) }
            let agenda = try engineCall {
                do { return try DutyAgenda.build(sop: model, done: done, calculator: clock.calculator, day: day, now: now) }
                catch let error as CalendarError { throw CommandFailure("KALENDER002", error.message, status: .findings) }
            }
            rows += agenda.slots.map { s in
                [model.identity.name.value, s.duty, LocalTime.format(s.due, zone: zone), s.status.rawValue,
                 s.doneBy.map { by in "\(by), \(s.doneAt.map { LocalTime.format($0, zone: zone) } ?? "")" } ?? "-", s.activity]
            }
        }
        let header = ["SOP", "Tugas", "Jatuh tempo", "Keadaan", "Dilakukan oleh", "Kegiatan"]
        try out.emit(
            text: {
                rows.isEmpty ? "Tidak ada tugas berkala pada \(ReportWording.date(day)) (hari libur atau SOP tanpa tugas_berkala)."
                    : rows.map { "\($0[2])  \($0[1]): \($0[3])" + ($0[4] == "-" ? "" : " (\($0[4]))") }.joined(separator: "\n")
            },
            json: { ReportDates.json(TableJSON(pada: day.iso, header: header, rows: rows)) },
            html: {
                var page = ReportPage(title: "Agenda Tugas Berkala", subtitle: "Tanggal \(ReportWording.date(day))", landscape: true)
                page.table(header, rows, widths: [18, 14, 16, 10, 16, 26])
                return page.html
            })
    }
}

struct AgendaCatatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "catat", abstract: "Mencatat tugas berkala yang telah dilakukan (alias: record).", aliases: ["record"])

    @Argument(help: "Berkas SOP.")
    var sop: String

    @Argument(help: "Id tugas berkala, mis. cek_email.")
    var tugas: String

    @Option(name: .long, help: "Petugas: NIP atau nama.")
    var sebagai: String

    @Option(name: .long, help: "Waktu kejadian bila dicatat belakangan.")
    var pada: String?

    @Option(name: .long, help: "Catatan.")
    var catatan: String?

    @OptionGroup var options: EngineOptions

    func run() throws {
        let (model, source) = try LoadedSOP.load(sop)
        let engine = try options.engine()
        let zone = engine.officeZone
        let when = try engine.when(pada)
        let calculator = try options.slaClock().calculator
        let event = try engineCall {
            do {
                return try engine.recordDuty(sop: model, source: source, duty: tugas, actingAs: sebagai, occurredAt: when, note: catatan,
                                             calculator: calculator)
            } catch let error as CalendarError { throw CommandFailure("KALENDER002", error.message, status: .findings) }
        }
        Output.print("Tugas '\(tugas)' dicatat oleh \(event.actor.name) pada \(LocalTime.format(event.occurredAt, zone: zone)).")
    }
}
