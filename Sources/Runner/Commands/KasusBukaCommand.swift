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

    @OptionGroup var options: EngineOptions

    func run() throws {
        let (model, source) = try LoadedSOP.load(sop)
        let engine = try options.engine()
        let when = try engine.when(pada)
        let state = try engineCall {
            try engine.open(sop: model, source: source, fields: try KeyValues.parse(isi), actingAs: sebagai, occurredAt: when)
        }
        if options.json { return JSONOutput.print(CaseView(state: state, sop: model)) }
        let first = state.active.map(\.step).joined(separator: ", ")
        Output.print("Kasus \(state.id) dibuka pada SOP \"\(model.identity.name.value)\" (\(model.identity.number.value)).")
        Output.print("Langkah berikutnya: \(first) — \(Describe.actors(of: first, in: model))")
    }
}
