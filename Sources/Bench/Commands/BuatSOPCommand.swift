import ArgumentParser
import Foundation

/// The generator of large synthetic SOPs (targets 2 and 3), or of one decision with many exits
/// (target 8, `--cabang N`).
struct BuatSOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "buat-sop", abstract: "Tulis SOP sintetis N langkah (format proyek).")

    @Option(help: "Jumlah langkah.") var langkah = 10_000
    @Option(help: "Berkas keluaran.") var keluar: String
    @Option(help: "Benih acak (hasil sama untuk benih sama).") var seed: UInt64 = 1
    @Option(help: "Tulis satu keputusan dengan N cabang (tiap cabang ke baris sendiri), bukan N langkah.") var cabang: Int?

    func validate() throws {
        if let cabang, cabang < 2 { throw ValidationError("--cabang minimal 2") }
    }

    func run() throws {
        if let cabang { return try write(ManyExitsSOP.generate(exits: cabang), steps: cabang + 3, what: "\(cabang) cabang, 2 pelaksana") }
        try write(SyntheticSOP.generate(steps: langkah, seed: seed), steps: langkah,
                  what: "\(langkah) langkah, \(SyntheticSOP.actors.count) pelaksana")
    }

    private func write(_ text: String, steps: Int, what: String) throws {
        let url = URL(fileURLWithPath: keluar)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        let bytes = text.utf8.count
        print("wrote \(keluar): \(what), \(bytes) B (\(bytes / steps) B/langkah)")
        ResultLine.print(["steps": steps, "bytes": bytes, "bytes_per_step": Double(bytes) / Double(steps)])
    }
}
