import ArgumentParser
import Foundation

/// The generator of large synthetic SOPs (targets 2 and 3).
struct BuatSOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "buat-sop", abstract: "Tulis SOP sintetis N langkah (format proyek).")

    @Option(help: "Jumlah langkah.") var langkah = 10_000
    @Option(help: "Berkas keluaran.") var keluar: String
    @Option(help: "Benih acak (hasil sama untuk benih sama).") var seed: UInt64 = 1

    func run() throws {
        let text = SyntheticSOP.generate(steps: langkah, seed: seed)
        let url = URL(fileURLWithPath: keluar)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        let bytes = text.utf8.count
        print("wrote \(keluar): \(langkah) langkah, \(SyntheticSOP.actors.count) pelaksana, \(bytes) B (\(bytes / langkah) B/langkah)")
        ResultLine.print(["steps": langkah, "bytes": bytes, "bytes_per_step": Double(bytes) / Double(langkah)])
    }
}
