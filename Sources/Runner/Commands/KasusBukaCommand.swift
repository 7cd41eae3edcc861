import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop kasus buka SOP`: opens a case pinned to the SOP's exact content.
struct KasusBukaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buka",
        abstract: "Membuka kasus baru pada sebuah SOP; kasus terikat pada isi SOP saat dibuka (alias: open).",
        discussion: """
        Di terminal, tanpa --sebagai (atau tanpa --prosedur/--mulai yang diperlukan), sop memandu: \
        menanyakan prosedur, titik mulai dan siapa yang membuka kasus, lalu menampilkan ringkasan untuk \
        dikonfirmasi. Ctrl-C membatalkan (status 130), Ctrl-D juga (status 2); tidak ada yang dicatat. \
        Dari skrip atau pipa, atau dengan --tanpa-tanya, perintah berjalan tanpa bertanya.
        """,
        aliases: ["open"]
    )

    @Argument(help: "Berkas SOP YAML.")
    var sop: String

    @Option(name: .long, help: "Data awal kasus, nama_isian=nilai (boleh berulang), mis. --isi kanal=tatap_muka.")
    var isi: [String] = []

    @OptionGroup var acting: ActingOptions

    @Option(name: .long, help: "Titik mulai (id terminator mulai) bila bagan memiliki beberapa, mis. --mulai via_email.")
    var mulai: String?

    @Option(name: .long, help: "Prosedur (id) yang diikuti kasus bila SOP memiliki beberapa diagram alir.")
    var prosedur: String?

    @Option(name: .long, help: "Kantor (id di daftar kantor) pemilik kasus; bawaan: kantor petugas yang membuka.")
    var kantor: String?

    @Flag(name: .customLong("tanpa-tanya"), help: "Jangan bertanya walaupun di terminal, seperti dari skrip.")
    var tanpaTanya = false

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        // The form is checked before anything is recorded.
        _ = try out.chosen(printable: false)
        let (model, source) = try LoadedSOP.load(sop)
        let office = try options.office()
        let engine = office.engine
        var flags = OpenFlags(procedure: prosedur, start: mulai, actingAs: acting.sebagai, fields: try KeyValues.parse(isi),
                              occurredAt: try office.when(acting.pada))
        let json = try out.chosen(printable: false) == .json
        if OpenInterview.hasQuestions(flags, sop: model), let terminal = GuidedMode.prompter(tanpaTanya: tanpaTanya, json: json) {
            try engineCall { try engine.checkTime(flags.occurredAt, after: nil) }
            let interview = OpenInterview(prompter: terminal, sop: model, authorization: engine.authorization,
                                          instant: flags.occurredAt ?? engine.clock.now(), zone: office.zone)
            flags = try GuidedMode.interview { try interview.run(flags) }
            terminal.finish()
        }
        let state = try engineCall {
            try engine.open(sop: model, source: source, fields: flags.fields, actingAs: flags.actingAs, occurredAt: flags.occurredAt,
                            start: flags.start, procedure: flags.procedure, note: acting.catatan, office: kantor)
        }
        if try out.chosen(printable: false) == .json {
            return try out.write(CasePresentation(state: state, sop: model, clock: office.sla, now: engine.clock.now()).json)
        }
        var lines = ["Kasus \(state.id) dibuka pada SOP \"\(model.identity.name.value)\" (\(model.identity.number.value))."]
        lines += state.active.map { "Langkah berikutnya: \($0.step) — \(Describe.actors(of: $0.step, in: model))" }
        lines.append("Penyimpanan kasus: \(options.storeDisplay) (\(options.storeOrigin)).")
        try out.write(lines.joined(separator: "\n"))
    }
}
