import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine

/// `sop antrian`: who waits at which desk, in turn.
struct AntrianCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "antrian",
        abstract: "Menampilkan antrian per meja: yang dilayani sekarang dan yang menunggu giliran (alias: queue).",
        aliases: ["queue"]
    )

    @Option(name: .long, help: "Hanya meja ini, mis. meja_helpdesk.")
    var meja: String?

    @OptionGroup var options: EngineOptions

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let queues = QueueView(engine: engine)
        if let meja { try Self.check(desk: meja, known: try engineCall { try queues.desks() }) }
        let lines = try engineCall { try queues.all() }.filter { meja == nil || $0.key == meja }
        if options.json {
            return JSONOutput.print(lines.mapValues { $0.map { ["kasus": $0.caseID, "langkah": $0.step, "sejak": Timestamp.format($0.since)] } })
        }
        if lines.isEmpty { return Output.print(meja.map { "Tidak ada yang mengantre di meja '\($0)'." } ?? "Tidak ada yang mengantre.") }
        let zone = engine.officeZone
        for desk in lines.keys.sorted() {
            Output.print("Meja \(desk):")
            for (index, entry) in lines[desk]!.enumerated() {
                let state = index == 0 ? "dilayani sekarang" : "menunggu (nomor \(index + 1))"
                Output.print("  \(index + 1). \(entry.caseID) — \(state), sejak \(LocalTime.format(entry.since, zone: zone))")
            }
        }
    }

    /// An unknown desk is a mistake to name, not an empty queue.
    static func check(desk: String, known: [String]) throws {
        guard !known.contains(desk) else { return }
        let hint = EditDistance.suggestion(for: desk, among: known).map { " (mungkin maksud Anda '\($0)'?)" } ?? ""
        let choices = known.isEmpty ? "belum ada SOP dengan antrian pada kasus di penyimpanan ini"
            : "meja yang ada: \(known.joined(separator: ", "))"
        throw CommandFailure("ANTRIAN001", "meja '\(desk)' tidak dikenal\(hint); \(choices)")
    }
}
