import Foundation
import SOPDSL
import SOPEngine

/// What `sop kasus buka` was given on its command line; nil where a part was left out.
struct OpenFlags {
    var procedure: String?
    var start: String?
    var actingAs: String?
    var fields: [String: String] = [:]
    var occurredAt: Date?
}

/// The guided `sop kasus buka`: asks for the flowchart (when the SOP has several), the start
/// (when the flowchart has several) and who opens the case, shows a summary and returns the
/// answers only when they are confirmed. The command then opens the case with the same
/// `CaseEngine.open` call the flags use.
struct OpenInterview {
    let prompter: Prompter
    let sop: SOP
    let authorization: Authorization?
    let instant: Date
    let zone: TimeZone

    /// True when a part the guided mode asks for was left out: who opens the case, or a choice
    /// the engine would otherwise refuse to make (KASUS027, KASUS029).
    static func hasQuestions(_ flags: OpenFlags, sop: SOP) -> Bool {
        if flags.actingAs == nil { return true }
        if flags.procedure == nil && sop.procedures.count > 1 { return true }
        let table = flags.procedure.map { id in sop.procedures.first { $0.id == id } } ?? (sop.procedures.count == 1 ? sop.procedures.first : nil)
        if flags.start == nil, let table, sop.starts(of: table).count > 1 { return true }
        return false
    }

    func run(_ flags: OpenFlags) throws -> OpenFlags {
        var answers = flags
        prompter.say("SOP \"\(sop.identity.name.value)\" (\(sop.identity.number.value)). Ctrl-C membatalkan; tidak ada yang dicatat sebelum Anda mengonfirmasi.")
        let named = sop.procedures.filter { !$0.id.isEmpty }.map(\.id)
        var table: Procedure?
        if let id = flags.procedure {
            guard let found = sop.procedures.first(where: { $0.id == id }) else { throw EngineError.unknownProcedure(id, procedures: named).failure }
            table = found
        } else if sop.procedures.count > 1 {
            let chosen = try prompter.choose("SOP ini memiliki \(sop.procedures.count) prosedur. Prosedur mana yang diikuti kasus ini?",
                                             sop.procedures, name: \.id, detail: { $0.title?.value ?? "" })
            answers.procedure = chosen.id
            table = chosen
        } else {
            table = sop.procedures.first
        }
        if let table {
            let starts = sop.starts(of: table)
            if let start = flags.start {
                guard starts.contains(start) else { throw EngineError.invalidStart(start, starts: starts).failure }
            } else if starts.count > 1 {
                answers.start = try prompter.choose("Bagan ini memiliki \(starts.count) titik mulai. Kasus ini mulai dari mana?", starts, name: { $0 },
                                                    detail: { id in sop.step(id).map { $0.text?.value ?? Brief.line($0.activity.value) } ?? "" })
            }
        }
        var opener = flags.actingAs.map { given in (try? authorization?.person(given)).map { "\($0.name.value) (NIP \($0.nip))" } ?? given }
        if flags.actingAs == nil {
            let (actingAs, description) = try askOpener()
            answers.actingAs = actingAs
            opener = description
        }

        prompter.say("")
        prompter.say("Ringkasan (belum dicatat):")
        prompter.say("  SOP         : \(sop.identity.name.value) (\(sop.identity.number.value)), \(sop.path)")
        if let procedure = answers.procedure, sop.procedures.count > 1 {
            prompter.say("  Prosedur    : \(procedure)" + (table?.title.map { " — \($0.value)" } ?? ""))
        }
        if let start = answers.start { prompter.say("  Mulai       : \(start)") }
        prompter.say("  Dibuka oleh : \(opener ?? "Sistem (tanpa nama)")")
        prompter.say("  Waktu       : " + (flags.occurredAt.map { "\(LocalTime.format($0, zone: zone)) (dicatat belakangan)" } ?? "sekarang"))
        if !flags.fields.isEmpty {
            prompter.say("  Data awal   : " + flags.fields.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; "))
        }
        guard try prompter.yesNo("Buka kasus ini?") else { throw GuidedStop.declined }
        return answers
    }

    /// Who opens the case: a roster member (listed when they hold a role of this SOP; anyone in
    /// the roster is accepted), a name outside the roster once confirmed, or nobody (Enter).
    private func askOpener() throws -> (String?, String?) {
        let candidates = authorization.map { StaffQuestion.eligible($0, roles: sop.actors.map(\.id), at: instant) } ?? []
        if let authorization, !candidates.isEmpty {
            prompter.say("Siapa yang membuka kasus? Petugas yang memegang peran di SOP ini:")
            for (index, candidate) in candidates.enumerated() {
                prompter.say("  \(index + 1). \(StaffQuestion.describe(candidate, sop: sop, roster: authorization.roster))")
            }
        }
        let prompt = candidates.isEmpty ? "Siapa yang membuka kasus? Ketik nama atau NIP (Enter bila tanpa nama): "
                                        : "Pilih nomor, ketik nama atau NIP (Enter bila tanpa nama): "
        while true {
            let answer = try prompter.ask(prompt).trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return (nil, nil) }
            switch StaffQuestion.match(answer, among: candidates) {
            case .one(let candidate): return (candidate.member.nip, "\(candidate.member.name.value) (NIP \(candidate.member.nip))")
            case .several(let matches):
                prompter.say("  " + StaffQuestion.ambiguous(answer, matches, in: candidates).message)
                continue
            case .none: break
            }
            if let member = try? authorization?.person(answer) { return (member.nip, "\(member.name.value) (NIP \(member.nip))") }
            if StaffQuestion.isListNumber(answer) {
                prompter.say(candidates.isEmpty ? "  tidak ada daftar bernomor; ketik nama atau NIP" : "  nomor \(answer) tidak ada; pilih 1-\(candidates.count)")
                continue
            }
            if let bad = UnsafeText.firstUnsafe(in: answer) {
                prompter.say("  nama memuat karakter kendali \(bad) yang tidak terlihat; ketik ulang tanpa karakter itu")
                continue
            }
            let question = authorization == nil ? "Catat '\(answer)' sebagai pembuka kasus?"
                                                : "'\(answer)' tidak ada di daftar petugas. Catat sebagai nama pembuka dari luar daftar?"
            if try prompter.yesNo(question) { return (answer, answer) }
        }
    }
}
