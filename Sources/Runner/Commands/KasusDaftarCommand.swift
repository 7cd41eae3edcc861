import ArgumentParser
import Foundation
import SOPEngine

/// `sop kasus daftar`: every case with its status and current step.
struct KasusDaftarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daftar",
        abstract: "Mendaftar kasus beserta status dan langkah berjalan (alias: list).",
        aliases: ["list"]
    )

    enum Status: String, ExpressibleByArgument, CaseIterable { case berjalan, selesai, semua }

    @Option(name: .long, help: "Saring menurut status: berjalan, selesai, atau semua (bawaan).")
    var status: Status = .semua

    @OptionGroup var options: EngineOptions

    func run() throws {
        let store = try options.openStore(readOnly: true)
        let summaries = try engineCall { try CaseEngine(store: store).storeCall { try store.caseSummaries() } }
            .filter { status == .semua || $0.status.rawValue == status.rawValue }
        if options.json { return JSONOutput.print(summaries) }
        if summaries.isEmpty { return Output.print("Belum ada kasus.") }
        for s in summaries {
            let active = s.active.map(\.step).joined(separator: ", ")
            Output.print("\(s.caseID)\t\(s.status.rawValue)\t\(s.sopName)\t\(active.isEmpty ? "-" : active)\t\(s.level?.printed ?? "-")")
        }
    }
}
