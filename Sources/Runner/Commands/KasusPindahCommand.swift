import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop kasus pindah ID... --ke REVISI.yaml`: moves open cases to a revised version of their SOP
/// at their current position; `--coba` says what would happen to each without recording.
struct KasusPindahCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pindah",
        abstract: "Memindahkan kasus berjalan ke versi revisi SOP-nya: langkah yang selesai tetap tercatat pada versi lama, langkah selanjutnya mengikuti versi baru (alias: move).",
        discussion: """
        Ditolak, dengan alasannya, bila langkah yang sedang berjalan tidak ada lagi di versi baru atau data \
        kasus tidak sah lagi, kecuali --lanjut-dari menyebut langkah versi baru tempat kasus dilanjutkan. \
        Perpindahan adalah peristiwa di rantai kasus (siapa, kapan, dari versi mana ke versi mana).
        """,
        aliases: ["move"]
    )

    @Argument(help: "Nomor kasus (boleh beberapa); tanpa nomor dengan --semua: semua kasus berjalan pada SOP bernomor sama.")
    var ids: [String] = []

    @Option(name: .long, help: "Berkas SOP versi baru (revisi).")
    var ke: String

    @Flag(name: .long, help: "Semua kasus berjalan yang bernomor SOP sama dengan berkas --ke.")
    var semua = false

    @Option(name: .customLong("lanjut-dari"), help: "Langkah versi baru tempat kasus dilanjutkan bila langkah berjalannya tidak ada lagi.")
    var lanjutDari: String?

    @Flag(name: .long, help: "Hanya menampilkan apa yang akan terjadi pada setiap kasus; tidak ada yang dicatat.")
    var coba = false

    @OptionGroup var acting: ActingOptions

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func validate() throws {
        if ids.isEmpty && !semua { throw ValidationError("sebutkan nomor kasus, atau --semua untuk semua kasus berjalan pada SOP ini") }
        if !ids.isEmpty && semua { throw ValidationError("sebutkan nomor kasus atau --semua, tidak keduanya") }
        if !coba && acting.sebagai == nil { throw ValidationError("sebutkan siapa yang memindahkan dengan --sebagai (atau --coba untuk melihat saja)") }
    }

    /// docs/json/kasus-pindah.schema.json
    struct JSONView: Encodable {
        struct Case: Encodable {
            let kasus: String, dariVersi: String
            let dapatDipindah: Bool, dipindah: Bool
            let langkah: [Mapping]
            let kode: String?, alasan: String?
        }
        struct Mapping: Encodable { let dari: String, ke: String }
        let keVersi: String, berkas: String, coba: Bool
        let kasus: [Case]
    }

    func run() throws {
        _ = try out.chosen(printable: false)
        let (model, source) = try LoadedSOP.load(ke)
        let office = try options.office()
        let engine = office.engine
        let targets = semua ? try engineCall { try engine.storeCall { try engine.store.caseSummaries() } }
            .filter { $0.status == .open }
            .filter { (try? engine.sop(hash: $0.sopHash).identity.number.value) == model.identity.number.value }.map(\.caseID) : ids
        let when = try office.when(acting.pada)
        var rows: [JSONView.Case] = []
        var refused = false
        for id in targets {
            let plan = try engineCall { try engine.planMove(id, to: model, continueFrom: lanjutDari) }
            switch plan.result {
            case .failure(let error):
                refused = true
                rows.append(.init(kasus: id, dariVersi: plan.fromHash, dapatDipindah: false, dipindah: false, langkah: [], kode: error.code, alasan: error.message))
            case .success(let steps):
                if !coba {
                    _ = try engineCall { try engine.move(id, to: model, source: source, continueFrom: lanjutDari, actingAs: acting.sebagai!, occurredAt: when, note: acting.catatan) }
                }
                rows.append(.init(kasus: id, dariVersi: plan.fromHash, dapatDipindah: true, dipindah: !coba,
                                  langkah: steps.map { .init(dari: $0.from, ke: $0.to) }, kode: nil, alasan: nil))
            }
        }
        let version = SOPVersion(sop: model, source: source).hash
        try out.emit(
            text: {
                guard !rows.isEmpty else { return "Tidak ada kasus berjalan pada SOP nomor \(model.identity.number.value)." }
                let head = coba ? "Percobaan pindah ke versi \(version.prefix(12)) (\(ke)); tidak ada yang dicatat:"
                                : "Pindah ke versi \(version.prefix(12)) (\(ke)):"
                return ([head] + rows.map { r in
                    guard r.dapatDipindah else { return "- \(r.kasus): DITOLAK [\(r.kode ?? "")] \(r.alasan ?? "")" }
                    let steps = r.langkah.map { $0.dari == $0.ke ? $0.ke : "\($0.dari) → \($0.ke)" }.joined(separator: ", ")
                    return "- \(r.kasus): \(r.dipindah ? "dipindah" : "dapat dipindah") dari versi \(r.dariVersi.prefix(12)); langkah berjalan: \(steps)"
                }).joined(separator: "\n")
            },
            json: { JSONText.encode(JSONView(keVersi: version, berkas: ke, coba: coba, kasus: rows), zone: office.zone) })
        if refused { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
