import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

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
    @OptionGroup var out: OutputOptions

    /// docs/json/antrian.schema.json
    struct JSONView: Encodable {
        struct Desk: Encodable { let meja: String; let antrian: [Entry] }
        struct Entry: Encodable { let nomor: Int; let kasus: String, langkah: String; let sejak: Date; let dilayani: Bool }
        let meja: [Desk]
    }

    func run() throws {
        let office = try options.office(readOnly: true)
        let queues = QueueView(engine: office.engine)
        if let meja { try Self.check(desk: meja, known: try engineCall { try queues.desks() }) }
        let lines = try engineCall { try queues.all() }.filter { meja == nil || $0.key == meja }
        let zone = office.zone
        try out.emit(
            text: {
                if lines.isEmpty { return meja.map { "Tidak ada yang mengantre di meja '\($0)'." } ?? "Tidak ada yang mengantre." }
                return lines.keys.sorted().flatMap { desk in
                    ["Meja \(desk):"] + lines[desk]!.enumerated().map { index, entry in
                        let state = index == 0 ? "dilayani sekarang" : "menunggu (nomor \(index + 1))"
                        return "  \(index + 1). \(entry.caseID) — \(state), sejak \(LocalTime.format(entry.since, zone: zone))"
                    }
                }.joined(separator: "\n")
            },
            json: {
                JSONText.encode(JSONView(meja: lines.keys.sorted().map { desk in
                    .init(meja: desk, antrian: lines[desk]!.enumerated().map { i, e in
                        .init(nomor: i + 1, kasus: e.caseID, langkah: e.step, sejak: e.since, dilayani: i == 0)
                    })
                }), zone: zone)
            })
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
