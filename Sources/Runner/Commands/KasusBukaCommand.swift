import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine

/// `sop kasus buka SOP`: opens a case pinned to the SOP's exact content.
struct KasusBukaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buka",
        abstract: "Membuka kasus baru pada sebuah SOP; kasus terikat pada isi SOP saat dibuka (alias: open).",
        aliases: ["open"]
    )

    @Argument(help: "Berkas SOP YAML.")
    var sop: String

    @Option(name: .long, help: "Data awal kasus, nama_isian=nilai (boleh berulang), mis. --isi kanal=tatap_muka.")
    var isi: [String] = []

    @Option(name: .long, help: "Siapa yang membuka kasus (NIP atau nama).")
    var sebagai: String?

    @Option(name: .long, help: "Waktu kejadian bila dicatat belakangan dari kertas (dicatat sebagai 'dicatat belakangan').")
    var pada: String?

    @Option(name: .long, help: "Titik mulai (id terminator mulai) bila bagan memiliki beberapa, mis. --mulai via_email.")
    var mulai: String?

    @Option(name: .long, help: "Prosedur (id) yang diikuti kasus bila SOP memiliki beberapa diagram alir.")
    var prosedur: String?

    @OptionGroup var options: EngineOptions

    func run() throws {
        let (model, source) = try LoadedSOP.load(sop)
        let engine = try options.engine()
        let when = try engine.when(pada)
        let state = try engineCall {
            try engine.open(sop: model, source: source, fields: try KeyValues.parse(isi), actingAs: sebagai, occurredAt: when,
                            start: mulai, procedure: prosedur)
        }
        if options.json { return JSONOutput.print(CaseView(state: state, sop: model)) }
        Output.print("Kasus \(state.id) dibuka pada SOP \"\(model.identity.name.value)\" (\(model.identity.number.value)).")
        for step in state.active.map(\.step) {
            Output.print("Langkah berikutnya: \(step) — \(Describe.actors(of: step, in: model))")
        }
        Output.print("Penyimpanan kasus: \(options.storePath) (\(options.storeOrigin)).")
    }
}
