import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop verifikasi`: re-checks every case's hash chain.
struct VerifikasiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verifikasi",
        abstract: "Memeriksa ulang rantai hash setiap kasus dan menyebut peristiwa pertama yang rusak (alias: verify).",
        discussion: "Status keluar 0 bila semua rantai utuh, 1 bila ada yang rusak. Dengan $SOP_KUNCI (berkas kunci kantor) segel setiap peristiwa ikut diperiksa.",
        aliases: ["verify"]
    )

    @Option(name: .long, help: "Berkas titik periksa (dari 'sop titik') yang riwayatnya harus masih utuh; boleh berulang.")
    var titik: [String] = []

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        let checkpoints = try titik.map { path in (path, try Self.checkpoint(at: path)) }
        let store = try options.openStore(readOnly: true)
        // Only the zone times are told in: verifying needs no roster, and a copy may have none.
        let zone = (try? options.setting().calendar.timeZone) ?? .wib
        let report: ChainVerifier.Report
        var broken: [(String, String)] = []
        do {
            report = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true,
                                              seal: try OfficeKey.sealFromEnvironment())
            for (path, checkpoint) in checkpoints {
                if let problem = try checkpoint.problem(against: store) { broken.append((path, problem)) }
            }
        } catch let error as StoreError {
            throw CommandFailure("VERIF001", "penyimpanan tidak dapat dibaca: \(error.message)")
        }
        try out.emit(
            text: {
                var lines: [String] = []
                // Agenda chains (recurring duties) are named and counted apart: they are no case.
                let agendas = report.agendas > 0 ? ", \(report.agendas) agenda tugas berkala" : ""
                if report.isIntact {
                    lines.append("Semua rantai utuh: \(report.cases) kasus\(agendas), \(report.events) peristiwa.")
                } else {
                    for finding in report.findings {
                        let chain = report.agendaIDs.contains(finding.caseID) ? "agenda tugas berkala" : "kasus"
                        lines.append("RUSAK: \(chain) \(finding.caseID), peristiwa #\(finding.sequence): \(finding.reason)")
                    }
                    let brokenAgendas = report.findings.filter { report.agendaIDs.contains($0.caseID) }.count
                    var line = "\(report.findings.count - brokenAgendas) dari \(report.cases) kasus rusak"
                    if report.agendas > 0 { line += ", \(brokenAgendas) dari \(report.agendas) agenda tugas berkala rusak" }
                    lines.append(line + ".")
                }
                lines += broken.map { "RUSAK: titik periksa \($0.0): \($0.1)" }
                for (path, checkpoint) in checkpoints where !broken.contains(where: { $0.0 == path }) {
                    let signed = checkpoint.keyFingerprint.map { ", ditandatangani kunci \($0)" } ?? ", tanpa tanda tangan"
                    let made = Timestamp.parse(checkpoint.dibuat).map { LocalTime.format($0, zone: zone) } ?? checkpoint.dibuat
                    lines.append("Titik periksa \(path) utuh: \(checkpoint.jumlah) peristiwa sampai \(made)\(signed).")
                }
                return lines.joined(separator: "\n")
            },
            json: {
                JSONText.encode(JSONView(
                    kasus: report.cases, agenda: report.agendas, peristiwa: report.events, utuh: report.isIntact && broken.isEmpty,
                    temuan: report.findings.map { .init(kasus: $0.caseID, peristiwa: $0.sequence, alasan: $0.reason) },
                    titik: checkpoints.map { path, checkpoint in
                        .init(berkas: path, jumlah: checkpoint.jumlah, dibuat: checkpoint.dibuat, utuh: !broken.contains { $0.0 == path },
                              alasan: broken.first { $0.0 == path }?.1, sidikKunci: checkpoint.keyFingerprint)
                    }), zone: .wib)
            })
        if !report.isIntact || !broken.isEmpty { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    /// docs/json/verifikasi.schema.json
    struct JSONView: Encodable {
        struct Finding: Encodable { let kasus: String; let peristiwa: Int; let alasan: String }
        struct Point: Encodable { let berkas: String; let jumlah: Int; let dibuat: String; let utuh: Bool; let alasan: String?, sidikKunci: String? }
        let kasus: Int, agenda: Int, peristiwa: Int
        let utuh: Bool
        let temuan: [Finding]
        let titik: [Point]
    }

    static func checkpoint(at path: String) throws -> Checkpoint {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("TITIK002", "berkas titik periksa '\(path)' tidak dapat dibaca", status: .usage)
        }
        guard let checkpoint = try? JSONDecoder().decode(Checkpoint.self, from: data) else {
            throw CommandFailure("TITIK002", "berkas '\(path)' bukan titik periksa (buat dengan 'sop titik')", status: .usage)
        }
        return checkpoint
    }
}
