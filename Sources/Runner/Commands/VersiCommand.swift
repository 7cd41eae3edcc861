import ArgumentParser
import Foundation
import SOPEngine
import SOPReports

/// `sop versi`: every pinned version of every SOP, by number, with its open and closed cases.
struct VersiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versi",
        abstract: "Daftar versi SOP yang tersimpan, per nomor SOP: hash, tanggal revisi, berkas, kasus berjalan dan selesai (alias: versions).",
        aliases: ["versions"]
    )

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let store = try options.openStore(readOnly: true)
        let view = VersionListView(try engineCall { try VersionList.build(CaseEngine(store: store)) })
        try out.emit(text: { view.text }, json: { view.json })
    }
}
