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
    @OptionGroup var out: OutputOptions

    func validate() throws {
        if sop.isEmpty { throw CommandFailure("PERINTAH002", "sebutkan berkas SOP, misalnya: sop agenda sops/helpdesk.yaml --tanggal 2024-04-02") }
    }

    func run() throws {
        let office = try options.office(readOnly: true)
        let now = office.engine.clock.now()
        let day = try ReportDates.day(tanggal, default: now, calculator: office.sla.calculator)
        var entries: [AgendaView.Entry] = []
        for path in sop {
            let (model, _) = try LoadedSOP.load(path)
            let done = try engineCall { try CaseCorpus.duties(office.engine, sop: model) }
            let agenda = try engineCall {
                do { return try DutyAgenda.build(sop: model, done: done, calculator: office.sla.calculator, day: day, now: now) }
                catch let error as CalendarError { throw CommandFailure("KALENDER002", error.message, status: .findings) }
            }
            entries += agenda.slots.map { AgendaView.Entry(sop: model.identity.name.value, slot: $0) }
        }
        let view = AgendaView(day: day, entries: entries, zone: office.zone)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }
}

struct AgendaCatatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "catat", abstract: "Mencatat tugas berkala yang telah dilakukan (alias: record).", aliases: ["record"])

    @Argument(help: "Berkas SOP.")
    var sop: String

    @Argument(help: "Id tugas berkala, mis. cek_email.")
    var tugas: String

    @OptionGroup var acting: ActingOptions

    @OptionGroup var options: EngineOptions

    func run() throws {
        let (model, source) = try LoadedSOP.load(sop)
        let office = try options.office()
        let engine = office.engine
        let zone = office.zone
        let when = try office.when(acting.pada)
        let sebagai = try acting.requiredActor("sop agenda catat", example: "sop agenda catat \(sop) \(tugas) --sebagai \"Rina Wulandari\"")
        let calculator = office.sla.calculator
        let event = try engineCall {
            do {
                return try engine.recordDuty(sop: model, source: source, duty: tugas, actingAs: sebagai, occurredAt: when, note: acting.catatan,
                                             calculator: calculator)
            } catch let error as CalendarError { throw CommandFailure("KALENDER002", error.message, status: .findings) }
        }
        Output.print("Tugas '\(tugas)' dicatat oleh \(event.actor.name) pada \(LocalTime.format(event.occurredAt, zone: zone)).")
    }
}
