import ArgumentParser
import Foundation

/// The forms a command's output can take.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case teks, json, html
}

/// How every command that prints data prints it: one convention. `--json` is `--format json`;
/// `html` (a printable A4 page) only where the command has one; `-o` writes to a file.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Keluaran JSON untuk skrip (sama dengan --format json); skemanya di docs/json/.")
    var json = false

    @Option(name: .long, help: "Bentuk keluaran: teks (bawaan), json, atau html (halaman siap cetak, bila perintah ini menyediakannya).")
    var format: OutputFormat?

    @Option(name: .short, help: "Berkas keluaran (bawaan: layar).")
    var output: String?

    /// The chosen form; `printable` says whether the command has an HTML page.
    func chosen(printable: Bool) throws -> OutputFormat {
        if json, let format, format != .json {
            throw CommandFailure("KELUARAN002", "--json dan --format \(format.rawValue) tidak dapat dipakai bersama; pilih salah satu")
        }
        let form = json ? .json : (format ?? .teks)
        if form == .html, !printable {
            throw CommandFailure("KELUARAN002", "perintah ini tidak punya halaman cetak (--format html); pilih teks atau json")
        }
        return form
    }

    /// Prints (or writes to `-o`) the form chosen; `html` nil for commands without a page.
    func emit(text: () -> String, json: () -> String, html: (() -> String)? = nil) throws {
        switch try chosen(printable: html != nil) {
        case .teks: try write(text())
        case .json: try write(json())
        case .html: try write(html!())
        }
    }

    /// For commands whose text is printed as they go: `content` when the form is JSON.
    func write(_ content: String) throws {
        guard let output else { return Output.print(content) }
        try AtomicFile.write(content, to: output)
        Output.print("Keluaran ditulis ke \(output)")
    }
}
