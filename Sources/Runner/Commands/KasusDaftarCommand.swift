import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

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
    @OptionGroup var out: OutputOptions

    /// docs/json/kasus-daftar.schema.json
    struct JSONView: Encodable {
        struct Case: Encodable {
            let kasus: String, sop: String, versi: String, status: String
            let langkahBerjalan: [String]
            let tingkat: String?
            let dibuka: Date, diperbarui: Date
            let jumlahPeristiwa: Int
        }
        let kasus: [Case]
    }

    func run() throws {
        let office = try options.office(readOnly: true)
        let store = office.engine.store
        let summaries = try engineCall { try office.engine.storeCall { try store.caseSummaries() } }
            .filter { status == .semua || $0.status.rawValue == status.rawValue }
        try out.emit(
            text: {
                if summaries.isEmpty { return "Belum ada kasus." }
                return summaries.map { s in
                    let active = s.active.map(\.step).joined(separator: ", ")
                    return "\(s.caseID)\t\(s.status.rawValue)\t\(s.sopName)\t\(active.isEmpty ? "-" : active)\t\(s.level?.printed ?? "-")"
                }.joined(separator: "\n")
            },
            json: {
                JSONText.encode(JSONView(kasus: summaries.map { s in
                    .init(kasus: s.caseID, sop: s.sopName, versi: s.sopHash, status: s.status.rawValue, langkahBerjalan: s.active.map(\.step),
                          tingkat: s.level?.rawValue, dibuka: s.openedAt, diperbarui: s.updatedAt, jumlahPeristiwa: s.lastSequence)
                }), zone: office.zone)
            })
    }
}
