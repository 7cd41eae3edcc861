import ArgumentParser
import Foundation
import SOPDSL
import SOPDiff
import SOPReports

/// `sop banding LAMA BARU`: what changed between two versions of an SOP, in the printed form's
/// terms; as text, JSON, or the printable revision sheet.
struct BandingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banding",
        abstract: "Membandingkan dua versi SOP: perubahan identitas, pelaksana, baris dan simbol diagram alir (alias: diff).",
        discussion: """
        Simbol dicocokkan menurut id; id yang hilang di samping id baru dengan isi hampir sama dilaporkan \
        sebagai 'kemungkinan id diganti'. --format html -o BERKAS menulis Lembar Perubahan SOP siap cetak \
        untuk ditandatangani bersama SOP revisi. \
        Status keluar: 0 selesai (ada atau tidak ada perubahan), 1 salah satu SOP memiliki galat, \
        2 salah pemakaian atau berkas tidak dapat dibaca/ditulis.
        """,
        aliases: ["diff"]
    )

    @Argument(help: ArgumentHelp("Berkas SOP versi lama.", valueName: "lama"))
    var lama: String

    @Argument(help: ArgumentHelp("Berkas SOP versi baru (revisi).", valueName: "baru"))
    var baru: String

    @OptionGroup var out: OutputOptions

    func run() throws {
        // Contradicting forms are refused before anything is read.
        _ = try out.chosen(printable: true)
        let versions = [lama, baru].map { path in
            let data = FileManager.default.contents(atPath: path)
            let loaded = data.map { SOPLoader.load(bytes: [UInt8]($0), path: path) } ?? SOPLoader.load(path: path)
            return (path: path, data: data, loaded: loaded)
        }
        for v in versions where !v.loaded.diagnostics.isEmpty {
            Output.diagnostics(DiagnosticRenderer(sources: [v.loaded.source]).render(v.loaded.diagnostics))
        }
        let unreadable = versions.filter { v in v.data == nil || v.loaded.diagnostics.contains { [.unreadableFile, .fileTooLarge].contains($0.code) } }
        if !unreadable.isEmpty {
            throw CommandFailure("BANDING001", "berkas \(Self.names(unreadable.map(\.path))) tidak dapat dibaca; periksa nama berkas dan hak aksesnya, tidak ada yang dibandingkan")
        }
        let broken = versions.filter { $0.loaded.sop == nil || $0.loaded.hasErrors }
        if !broken.isEmpty {
            throw CommandFailure("BANDING002", "SOP \(Self.names(broken.map(\.path))) memiliki galat; perbaiki dulu (lihat 'sop periksa'), tidak ada yang dibandingkan",
                                 status: .findings)
        }
        guard let old = versions[0].loaded.sop, let new = versions[1].loaded.sop else { return }
        let view = BandingView(SOPChanges.compare(old, new), sourcesIdentical: versions[0].data == versions[1].data)
        try out.emit(text: { view.text }, json: { view.json }, html: { view.html })
    }

    /// "'a.yaml'" or "'a.yaml' dan 'b.yaml'".
    static func names(_ paths: [String]) -> String {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }.map { "'\($0)'" }.joined(separator: " dan ")
    }
}
