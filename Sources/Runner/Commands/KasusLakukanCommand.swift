import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop kasus lakukan ID LANGKAH --sebagai STAF`: records one step of a case.
struct KasusLakukanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lakukan",
        abstract: "Mencatat pelaksanaan satu langkah kasus oleh petugas atau pihak luar (alias: do).",
        discussion: """
        Langkah ditolak (dan penolakan dicatat) bila orang itu tidak memegang peran pelaksana langkah \
        pada waktu itu, atau kelengkapan wajib tidak tersedia.

        Di terminal, tanpa LANGKAH atau --sebagai, sop memandu: menanyakan langkah (bila lebih dari satu \
        yang berjalan), pelaksana dari daftar petugas, setiap isian, kelengkapan, cabang keputusan dan \
        catatan yang tidak disebutkan, lalu menampilkan ringkasan untuk dikonfirmasi. Tidak ada yang \
        dicatat sebelum konfirmasi; Ctrl-C membatalkan (status 130), Ctrl-D juga (status 2). Dari skrip \
        atau pipa, atau dengan --tanpa-tanya, bagian yang kurang menjadi galat [TANYA001] (status 2).
        """,
        aliases: ["do"]
    )

    @Argument(help: "Nomor kasus, mis. HELPDESK-0001.")
    var id: String

    @Argument(help: "Id langkah, mis. terima. Di terminal boleh dilewati: langkah berjalan ditanyakan bila lebih dari satu.")
    var langkah: String?

    @Option(name: .long, help: "Nomor telepon atau email pihak luar.")
    var kontak: String?

    @Option(name: .long, help: "Isian langkah, nama_isian=nilai (boleh berulang).")
    var isi: [String] = []

    @Option(name: .long, help: "Kelengkapan yang tersedia: nama atau nomor urut (boleh berulang); bawaan: semua.")
    var lengkap: [String] = []

    @Option(name: .long, help: "Cabang keputusan yang dipilih pelaksana, mis. Ya atau Tidak.")
    var pilih: String?

    @Flag(name: .customLong("tanpa-output"), help: "Output langkah tidak dihasilkan (dicatat sebagai penyimpangan).")
    var tanpaOutput = false

    @OptionGroup var acting: ActingOptions

    @Flag(name: .customLong("tanpa-tanya"), help: "Jangan bertanya walaupun di terminal: bagian yang kurang menjadi galat, seperti dari skrip.")
    var tanpaTanya = false

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: OutputOptions

    func run() throws {
        // The form is checked before anything is recorded.
        let json = try out.chosen(printable: false) == .json
        let (sebagai, pada, catatan) = (acting.sebagai, acting.pada, acting.catatan)
        let missing = [langkah == nil ? "LANGKAH (id langkah sesudah nomor kasus)" : nil, sebagai == nil ? "--sebagai" : nil].compactMap { $0 }
        let example = "sop kasus lakukan \(id) \(langkah ?? "LANGKAH") --sebagai \"\(sebagai ?? "NIP atau nama")\""
        if !missing.isEmpty, !GuidedMode.isAvailable(tanpaTanya: tanpaTanya, json: json) {
            throw GuidedMode.missing(missing, example: example)
        }
        let office = try options.office()
        let engine = office.engine
        let flags = StepFlags(step: langkah, actingAs: sebagai, contact: kontak, fields: try KeyValues.parse(isi),
                              present: lengkap.isEmpty ? nil : lengkap, choice: pilih, occurredAt: try office.when(pada),
                              outputProduced: !tanpaOutput, note: catatan)
        let request: StepRequest
        if let langkah, let sebagai {
            request = StepRequest(caseID: id, step: langkah, actingAs: sebagai, contact: kontak, fields: flags.fields,
                                  present: flags.present ?? ["semua"], choice: pilih, occurredAt: flags.occurredAt,
                                  outputProduced: !tanpaOutput, note: catatan)
        } else {
            request = try guided(flags, engine: engine, zone: office.zone, orElse: GuidedMode.missing(missing, example: example))
        }
        let outcome = try engineCall { try engine.perform(request) }
        let sop = try engineCall { try engine.sop(of: outcome.state) }
        if try out.chosen(printable: false) == .json {
            let state = try engineCall { try engine.state(of: outcome.state.id) }
            let versions = try engineCall { try engine.earlierVersions(of: state) }
            return try out.write(CasePresentation(state: state, sop: sop, clock: office.sla, now: engine.clock.now(), versions: versions).json)
        }
        try out.write(Self.summary(outcome, sop: sop))
    }

    /// What the desk reads after a step: who recorded it, what follows, the queue number.
    static func summary(_ outcome: StepOutcome, sop: SOP) -> String {
        guard case .stepCompleted(let done) = outcome.event.payload else { return "" }
        var line = "Langkah '\(done.step)' dicatat (peristiwa #\(outcome.event.sequence)) oleh \(outcome.event.actor.name)"
        if let via = outcome.event.actor.delegation { line += " sebagai \(via)" }
        if let exit = done.exit { line += "; cabang: \(exit)" }
        var lines = [line + "."]
        if !done.requirementsMissing.isEmpty {
            lines.append("Penyimpangan dicatat: kelengkapan tidak tersedia: \(done.requirementsMissing.joined(separator: ", ")).")
        }
        if done.escalated {
            let holder = done.next.first.map { Describe.actors(of: $0, in: sop, prefix: "") } ?? "-"
            lines.append("Kasus dieskalasi kepada \(holder)" + (done.level.map { " (tingkat \($0.printed))." } ?? "."))
        }
        if outcome.state.status == .closed { return (lines + ["Kasus \(outcome.state.id) selesai."]).joined(separator: "\n") }
        lines += outcome.state.active.map { "Langkah berikutnya: \($0.step) — \(Describe.actors(of: $0.step, in: sop))" }
        lines += outcome.state.waiting.map { "Menunggu cabang lain sebelum \($0) — \(Describe.actors(of: $0, in: sop))" }
        if let queue = outcome.queue {
            lines.append(queue.position == 1
                ? "Antrian \(queue.desk): tidak ada yang menunggu — silakan langsung ke meja pelayanan."
                : "Antrian \(queue.desk): nomor \(queue.position) — silakan menunggu di ruang tunggu; akan dipanggil sesuai urutan.")
        }
        return lines.joined(separator: "\n")
    }
}

extension KasusLakukanCommand {
    /// The request a person builds by answering on the terminal. Nothing is recorded here: the
    /// caller hands the request to `CaseEngine.perform`, as with flags.
    private func guided(_ flags: StepFlags, engine: CaseEngine, zone: TimeZone, orElse missing: CommandFailure) throws -> StepRequest {
        let state = try engineCall { try engine.state(of: id) }
        let sop = try engineCall { try engine.sop(of: state) }
        if let langkah, sop.step(langkah) == nil || !state.isActive(langkah) {
            // A step that does not exist or is not current: the engine says so precisely
            // (KASUS003/004/025/002) before it looks at anything else, and records nothing.
            return StepRequest(caseID: id, step: langkah, actingAs: acting.sebagai ?? "", fields: flags.fields)
        }
        try engineCall { try engine.checkTime(flags.occurredAt, after: state) }
        guard let prompter = GuidedMode.prompter(tanpaTanya: tanpaTanya, json: false) else { throw missing }
        let interview = StepInterview(prompter: prompter, state: state, sop: sop, authorization: engine.authorization,
                                      instant: flags.occurredAt ?? engine.clock.now(), zone: zone)
        let request = try GuidedMode.interview { try interview.run(flags) }
        prompter.finish()
        return request
    }
}

/// Short descriptions shared by the case commands.
enum Describe {
    static func actors(of stepID: String, in sop: SOP, prefix: String = "pelaksana: ") -> String {
        guard let step = sop.step(stepID) else { return "" }
        return prefix + step.actors.map { sop.actor($0.id)?.label.value ?? $0.id }.joined(separator: ", ")
    }
}
