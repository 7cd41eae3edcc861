import ArgumentParser
import SOPDSL

/// `sop periksa FILE...`: syntax, model and lint findings for each SOP file.
struct PeriksaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "periksa",
        abstract: "Memeriksa sintaks, isi dan aturan SOP AP pada berkas SOP YAML (alias: validate).",
        discussion: """
        Semua temuan dilaporkan sebagai 'berkas:baris:kolom: galat|peringatan [KODE]: pesan'. \
        Status keluar: 0 bersih (peringatan boleh ada), 1 ada galat, 2 salah pemakaian atau berkas tidak terbaca.
        """,
        aliases: ["validate"]
    )

    @Argument(help: "Berkas SOP YAML yang diperiksa.")
    var files: [String] = []

    @OptionGroup var out: OutputOptions

    func validate() throws {
        if files.isEmpty { throw CommandFailure("PERINTAH002", "sebutkan paling sedikit satu berkas SOP, misalnya: sop periksa sops/helpdesk.yaml") }
    }

    func run() throws {
        if out.output != nil { throw CommandFailure("KELUARAN002", "sop periksa menulis ke layar; alihkan dengan '>' bila perlu berkas") }
        let results = files.map { SOPLoader.load(path: $0) }
        if try out.chosen(printable: false) == .json {
            Output.print(DiagnosticRenderer.json(zip(files, results).map { ($0, $1.diagnostics) }))
        } else {
            for (file, result) in zip(files, results) {
                let renderer = DiagnosticRenderer(sources: [result.source])
                Output.diagnostics(renderer.render(result.diagnostics))
                let verdict = result.hasErrors ? "tidak lolos" : "lolos"
                // Warnings the author keeps on purpose are not shown, but never hidden silently.
                let kept = result.acknowledged
                let acknowledged = kept > 0 ? ", \(kept) diabaikan dengan 'abaikan'" : ""
                Output.print("\(file): \(verdict) (\(DiagnosticRenderer.summary(result.diagnostics))\(acknowledged))")
            }
        }
        let unreadable = results.contains { $0.diagnostics.contains { [.unreadableFile, .fileTooLarge].contains($0.code) } }
        if unreadable { throw ExitCode(ExitStatus.usage.rawValue) }
        if results.contains(where: \.hasErrors) { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
