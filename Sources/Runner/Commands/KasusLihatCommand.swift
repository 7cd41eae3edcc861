import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop kasus lihat ID`: the case's timeline (steps, who, when, fields, refusals) and clocks.
struct KasusLihatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lihat",
        abstract: "Menampilkan riwayat kasus: langkah, pelaksana, waktu, isian, penolakan dan waktu layanan (alias: show).",
        aliases: ["show"]
    )

    @Argument(help: "Nomor kasus.")
    var id: String

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let office = try options.office(readOnly: true)
        let state = try engineCall { try office.engine.state(of: id) }
        let sop = try engineCall { try office.engine.sop(of: state) }
        let view = CasePresentation(state: state, sop: sop, clock: office.sla, now: office.engine.clock.now(),
                                    versions: try engineCall { try office.engine.earlierVersions(of: state) })
        try out.emit(text: { view.text }, json: { view.json })
    }
}
