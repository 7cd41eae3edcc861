import ArgumentParser
import Foundation

/// The case-load generator (targets 4 and 6): appends N helpdesk cases to a store in bulk,
/// through the real engine and the real store's schema and hashing.
struct BuatKasusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "buat-kasus", abstract: "Tambahkan N kasus helpdesk ke toko SQLite (massal).")

    @Option(help: "Berkas SQLite (dibuat bila belum ada; kasus ditambahkan).") var data: String
    @Option(help: "Jumlah kasus yang ditambahkan.") var kasus = 1_000
    @Flag(help: "Hapus toko lebih dulu.") var baru = false
    @OptionGroup var input: InputOptions

    func run() throws {
        if baru { Inputs.removeStore(data) }
        let summary = try CaseLoad.generate(path: data, count: kasus, inputs: try input.inputs(), escalateEvery: input.escalateEvery,
                                            batch: 2_000) { done in
            if done % 50_000 == 0 { FileHandle.standardError.write(Data("  \(done) kasus\n".utf8)) }
        }
        print("buat-kasus \(data): +\(summary.cases) kasus (mulai #\(summary.firstNumber)), +\(summary.events) peristiwa "
              + "dalam \(String(format: "%.1f", summary.seconds)) s")
        ResultLine.print(["cases": summary.cases, "events": summary.events, "seconds": summary.seconds,
                          "cases_per_s": Double(summary.cases) / summary.seconds])
    }
}
