import ArgumentParser
import Foundation
import SOPEngine

/// `sop verifikasi`: re-checks every case's hash chain.
struct VerifikasiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verifikasi",
        abstract: "Memeriksa ulang rantai hash setiap kasus dan menyebut peristiwa pertama yang rusak (alias: verify).",
        discussion: "Status keluar 0 bila semua rantai utuh, 1 bila ada yang rusak.",
        aliases: ["verify"]
    )

    @OptionGroup var options: EngineOptions

    func run() throws {
        let store = try options.openStore(readOnly: true)
        let report: ChainVerifier.Report
        do {
            report = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true)
        } catch let error as StoreError {
            throw CommandFailure("VERIF001", "penyimpanan tidak dapat dibaca: \(error.message)")
        }
        if options.json {
            struct View: Encodable { let kasus: Int; let peristiwa: Int; let utuh: Bool; let temuan: [[String: String]] }
            JSONOutput.print(View(kasus: report.cases, peristiwa: report.events, utuh: report.isIntact,
                                  temuan: report.findings.map { ["kasus": $0.caseID, "peristiwa": String($0.sequence), "alasan": $0.reason] }))
        } else if report.isIntact {
            Output.print("Semua rantai utuh: \(report.cases) kasus, \(report.events) peristiwa.")
        } else {
            for finding in report.findings {
                Output.print("RUSAK: kasus \(finding.caseID), peristiwa #\(finding.sequence): \(finding.reason)")
            }
            Output.print("\(report.findings.count) dari \(report.cases) kasus rusak.")
        }
        if !report.isIntact { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
