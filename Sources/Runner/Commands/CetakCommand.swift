import ArgumentParser
import Foundation
import SOPDSL
import SOPRender

/// `sop cetak FILE`: the printable SOP document (HTML) or its XML.
struct CetakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cetak",
        abstract: "Mencetak SOP sebagai dokumen HTML siap cetak atau sebagai XML (alias: render).",
        discussion: """
        HTML: satu berkas mandiri (tanpa jaringan dan tanpa JavaScript) berisi halaman identitas dan \
        halaman diagram alir, siap dicetak dari peramban. XML: kosakata SOP yang dijelaskan di \
        docs/xml-format.md dan diperiksa oleh schema/sop.xsd. \
        Status keluar: 0 berhasil, 1 SOP memiliki galat (tidak ada yang ditulis), \
        2 salah pemakaian atau berkas tidak dapat dibaca/ditulis.
        """,
        aliases: ["render"]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, xml }
    enum Kertas: String, ExpressibleByArgument, CaseIterable { case a4, f4, letter, legal }
    enum Orientasi: String, ExpressibleByArgument, CaseIterable { case mendatar, tegak }

    @Argument(help: ArgumentHelp("Berkas SOP YAML yang dicetak.", valueName: "berkas"))
    var file: String

    @Option(name: .long, help: "Bentuk keluaran: html (dokumen siap cetak) atau xml.")
    var format: Format = .html

    @Option(name: [.customShort("o"), .customLong("keluaran")], help: ArgumentHelp("Berkas keluaran; tanpa opsi ini keluaran ditulis ke stdout.", valueName: "berkas"))
    var output: String?

    @Option(name: .customLong("kertas"), help: "Ukuran kertas: a4 (210x297 mm), f4 (215x330 mm), letter atau legal.")
    var kertas: Kertas = .a4

    @Option(name: .customLong("orientasi"), help: "Orientasi kertas: mendatar (landscape) atau tegak (portrait).")
    var orientasi: Orientasi = .mendatar

    @Option(name: .customLong("baris-per-halaman"), help: ArgumentHelp("Jumlah baris diagram alir per halaman; tanpa opsi ini dihitung dari perkiraan tinggi baris.", valueName: "n"))
    var barisPerHalaman: Int?

    func validate() throws {
        if let n = barisPerHalaman, n < 1 {
            throw CommandFailure("PERINTAH003", "--baris-per-halaman harus bilangan bulat positif, misalnya: --baris-per-halaman 8")
        }
    }

    var options: RenderOptions {
        RenderOptions(paper: Paper(rawValue: kertas.rawValue) ?? .a4,
                      orientation: orientasi == .tegak ? .portrait : .landscape,
                      rowsPerPage: barisPerHalaman)
    }

    func run() throws {
        let result = SOPLoader.load(path: file)
        DeskFindings.print(result, path: file)
        if result.diagnostics.contains(where: { [.unreadableFile, .fileTooLarge].contains($0.code) }) {
            throw CommandFailure("CETAK002", "berkas '\(file)' tidak dapat dibaca; tidak ada yang dicetak")
        }
        guard let sop = result.sop, !result.hasErrors else {
            throw CommandFailure("CETAK001", "SOP '\(file)' memiliki galat; perbaiki dulu, tidak ada yang dicetak",
                                 status: .findings)
        }
        let text = try render(sop)
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            Output.print(text)
        }
    }

    private func render(_ sop: SOP) throws -> String {
        switch format {
        case .html:
            let report = HTMLRenderer.renderReport(sop, options: options)
            for warning in report.warnings { Output.error("peringatan: " + warning) }
            return report.html
        case .xml:
            do {
                return try XMLRenderer.render(sop)
            } catch {
                throw CommandFailure("CETAK003", "XML tidak dapat dibuat: \(error)")
            }
        }
    }
}
