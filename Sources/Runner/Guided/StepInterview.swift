import Foundation
import SOPDSL
import SOPEngine

/// What `sop kasus lakukan` was given on its command line; nil where a part was left out.
struct StepFlags {
    var step: String?
    var actingAs: String?
    var contact: String?
    var fields: [String: String] = [:]
    /// `--lengkap` items; nil when none was given.
    var present: [String]?
    var choice: String?
    var occurredAt: Date?
    var outputProduced = true
    var note: String?
}

/// The guided `sop kasus lakukan`: asks, in order, for what the flags left out (the step when
/// several are current, who acts, each field, the kelengkapan, the decision exit, a note), shows
/// a summary and returns the request only when it is confirmed. It records nothing itself: the
/// command passes the request to the same `CaseEngine.perform` the flags use, so roles,
/// validation and refusal records are the engine's.
struct StepInterview {
    let prompter: Prompter
    let state: CaseState
    let sop: SOP
    let authorization: Authorization?
    /// When the step happens (now, or `--pada`): roles are offered as they hold at that moment.
    let instant: Date
    let zone: TimeZone

    func run(_ flags: StepFlags) throws -> StepRequest {
        prompter.say("Kasus \(state.id) — \(state.sopName). Ctrl-C membatalkan; tidak ada yang dicatat sebelum Anda mengonfirmasi.")
        let step = try chooseStep(flags.step)
        prompter.say("Langkah \(step.id): \(Brief.line(step.activity.value))")
        try checkFieldNames(flags.fields, step: step)
        let actor = try chooseActor(step, flags)
        let (fields, values) = try askFields(step, given: flags.fields)
        let present = try flags.present ?? askRequirements(step)
        let (choice, exitText) = try chooseExit(step, given: flags.choice, values: values)
        let note = try flags.note ?? askNote()

        let request = StepRequest(caseID: state.id, step: step.id, actingAs: actor.actingAs, contact: actor.contact, fields: fields,
                                  present: present, choice: choice, occurredAt: flags.occurredAt,
                                  outputProduced: flags.outputProduced, note: note)
        summarize(request, step: step, who: actor.description, exit: exitText)
        guard try prompter.yesNo("Catat langkah ini?") else { throw GuidedStop.declined }
        return request
    }

    // MARK: - Which step

    private func chooseStep(_ given: String?) throws -> Step {
        // The command hands over a named step only when it exists and is current.
        if let given, let step = sop.step(given) { return step }
        let active = state.active.compactMap { sop.step($0.step) }
        guard !active.isEmpty else { throw EngineError.caseClosed(state.id).failure }
        if active.count == 1 { return active[0] }
        return try prompter.choose("Kasus ini memiliki \(active.count) langkah berjalan. Langkah mana yang dilakukan?", active,
                                   name: \.id, detail: { "\(Brief.line($0.activity.value)) (\(Describe.actors(of: $0.id, in: sop)))" })
    }

    /// `--isi` names that are not this step's fields: the engine's refusal, before any question.
    private func checkFieldNames(_ given: [String: String], step: Step) throws {
        for key in given.keys.sorted() where !step.fields.contains(where: { $0.id == key }) {
            let owner = sop.steps.first { $0.fields.contains { $0.id == key } }
            let hint = owner.map { "isian itu diisi pada langkah '\($0.id)'" }
                ?? EditDistance.suggestion(for: key, among: step.fields.map(\.id)).map { "mungkin maksud Anda '\($0)'?" }
            throw EngineError.unknownField(key, step: step.id, hint: hint).failure
        }
    }

    // MARK: - Who

    private struct Acting {
        var actingAs: String
        var contact: String?
        var description: String
    }

    private enum Who {
        case staff(Candidate)
        case outside(String)
    }

    private func chooseActor(_ step: Step, _ flags: StepFlags) throws -> Acting {
        let roles = step.actors.map(\.id)
        let external = roles.filter { sop.actor($0)?.isExternal == true }
        let staffRoles = roles.filter { !external.contains($0) }
        let who: Who
        if let given = flags.actingAs {
            // As the engine decides: a roster member when the step has staff roles, else an outside party.
            if !staffRoles.isEmpty, let member = try? authorization?.person(given) {
                who = .staff(Candidate(member: member, role: staffRoles[0], delegation: nil))
            } else {
                who = .outside(given)
            }
        } else if staffRoles.isEmpty {
            who = .outside(try askOutsideName(external))
        } else if let authorization {
            who = try askStaff(step, staffRoles: staffRoles, external: external, authorization)
        } else if !external.isEmpty {
            who = .outside(try askOutsideName(external))
        } else {
            throw EngineError.rosterRequired(step: step.id).failure
        }
        switch who {
        case .staff(let candidate):
            let description = flags.actingAs == nil && authorization != nil
                ? StaffQuestion.describe(candidate, sop: sop, roster: authorization!.roster)
                : "\(candidate.member.name.value) (NIP \(candidate.member.nip))"
            // What was typed after --sebagai goes to the engine as typed; a chosen officer by NIP (unique).
            return Acting(actingAs: flags.actingAs ?? candidate.member.nip, contact: flags.contact, description: description)
        case .outside(let name):
            guard !external.isEmpty else { return Acting(actingAs: name, contact: flags.contact, description: name) }
            let contact = try flags.contact ?? askContact(name)
            let label = external.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: " atau ")
            return Acting(actingAs: name, contact: contact, description: "\(name) (pihak luar: \(label)), kontak \(contact)")
        }
    }

    private func askStaff(_ step: Step, staffRoles: [String], external: [String], _ authorization: Authorization) throws -> Who {
        let candidates = StaffQuestion.eligible(authorization, roles: staffRoles, at: instant)
        let needed = staffRoles.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: " atau ")
        let outsideLabel = external.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: " atau ")
        if candidates.isEmpty {
            if !external.isEmpty { return .outside(try askOutsideName(external)) }
            throw CommandFailure("TANYA005", "tidak ada petugas di daftar petugas '\(authorization.roster.path)' yang memegang peran \(needed) "
                                 + "pada \(LocalTime.format(instant, zone: zone)) untuk langkah '\(step.id)'; periksa peran dan delegasi di daftar petugas",
                                 status: .findings)
        }
        prompter.say("Siapa yang melakukan langkah ini? Petugas yang memegang peran \(needed):")
        for (index, candidate) in candidates.enumerated() {
            prompter.say("  \(index + 1). \(StaffQuestion.describe(candidate, sop: sop, roster: authorization.roster))")
        }
        let outside = external.isEmpty ? "" : "; untuk pihak luar (\(outsideLabel)) ketik namanya"
        return try prompter.ask("Pilih nomor, ketik nama atau NIP\(outside): ") { answer -> Result<Who, Rejection> in
            if answer.isEmpty { return .failure(Rejection("pilih nomor (1-\(candidates.count)) atau ketik nama petugas")) }
            switch StaffQuestion.match(answer, among: candidates) {
            case .one(let candidate): return .success(.staff(candidate))
            case .several(let matches): return .failure(StaffQuestion.ambiguous(answer, matches, in: candidates))
            case .none: break
            }
            if let member = try? authorization.person(answer) {
                return .failure(Rejection("\(member.name.value) (NIP \(member.nip)) tidak memegang peran \(needed) pada waktu itu; pilih dari daftar di atas"))
            }
            if StaffQuestion.isListNumber(answer) {
                return .failure(Rejection("nomor \(answer) tidak ada; pilih 1-\(candidates.count)"))
            }
            if !external.isEmpty { return Self.outsideName(answer).map(Who.outside) }
            let hint = EditDistance.suggestion(for: answer, among: candidates.map(\.member.name.value)).map { "; mungkin maksud Anda '\($0)'?" } ?? ""
            return .failure(Rejection("'\(answer)' tidak ada di antara petugas yang dapat melakukan langkah ini\(hint)"))
        }
    }

    private func askOutsideName(_ external: [String]) throws -> String {
        let label = external.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: " atau ")
        return try prompter.ask("Nama pihak luar (\(label)): ", Self.outsideName)
    }

    private static func outsideName(_ answer: String) -> Result<String, Rejection> {
        if answer.isEmpty { return .failure(Rejection("nama tidak boleh kosong")) }
        if let bad = UnsafeText.firstUnsafe(in: answer) {
            return .failure(Rejection("nama memuat karakter kendali \(bad) yang tidak terlihat; ketik ulang tanpa karakter itu"))
        }
        return .success(answer)
    }

    /// Checked as the engine checks `--kontak`: an Indonesian phone number, or an email address.
    private func askContact(_ name: String) throws -> String {
        try prompter.ask("Nomor telepon atau email \(name): ") { answer in
            let spec = FieldSpec(id: "kontak", label: "Kontak", type: answer.contains("@") ? .email : .phone, location: .unknown())
            switch FieldValidator.value(answer, for: spec) {
            case .success: return .success(answer)
            case .failure(let error): return .failure(Rejection(error.message))
            }
        }
    }

    // MARK: - Fields

    /// Each field of the step: given ones are kept when valid, the others asked. Returns the
    /// text as typed (for the request) and the typed values (for the decision's conditions).
    private func askFields(_ step: Step, given: [String: String]) throws -> ([String: String], [String: Value]) {
        var raw: [String: String] = [:]
        var values: [String: Value] = [:]
        if !step.fields.isEmpty { prompter.say("Isian langkah (\(step.fields.count)):") }
        for field in step.fields {
            if let text = given[field.id] {
                switch FieldValidator.value(text, for: field) {
                case .success(let value):
                    prompter.say("  \(field.label.value) [\(field.id)]: \(text) (dari --isi)")
                    raw[field.id] = text; values[field.id] = value
                    continue
                case .failure(let error):
                    prompter.say("  " + error.message)
                }
            }
            if field.type == .choice {
                prompter.say("  \(field.label.value) [\(field.id)], pilihan:")
                for (index, option) in field.options.enumerated() {
                    let channel = sop.channels.first { $0.id == option }.map { " (\($0.label.value))" } ?? ""
                    prompter.say("    \(index + 1). \(option)\(channel)")
                }
            }
            if let (text, value) = try askField(field) { raw[field.id] = text; values[field.id] = value }
        }
        return (raw, values)
    }

    private func askField(_ field: FieldSpec) throws -> (String, Value)? {
        let existing = state.data[field.id]
        let mayBeEmpty = !field.isRequired || existing != nil
        var hint = FieldWording.type(field)
        if let existing { hint += ", sudah diisi: \(existing) — Enter untuk tetap" }
        else { hint += field.isRequired ? ", wajib" : ", tidak wajib — Enter untuk melewati" }
        return try prompter.ask("  \(field.label.value) [\(field.id)] (\(hint)): ") { answer -> Result<(String, Value)?, Rejection> in
            if answer.isEmpty && mayBeEmpty { return .success(nil) }
            var text = answer
            if field.type == .choice, !field.options.contains(where: { $0.lowercased() == answer.lowercased() }),
               let n = Int(answer), (1...max(field.options.count, 1)).contains(n), n <= field.options.count {
                text = field.options[n - 1]
            }
            switch FieldValidator.value(text, for: field) {
            case .success(let value): return .success((text, value))
            case .failure(let error): return .failure(Rejection(error.message))
            }
        }
    }

    // MARK: - Kelengkapan, decision, note

    /// One yes/no per item; the items present, by number, as `--lengkap` takes them.
    private func askRequirements(_ step: Step) throws -> [String] {
        guard !step.requirements.isEmpty else { return ["semua"] }
        let count = step.requirements.count
        prompter.say("Kelengkapan (\(count) butir): apakah tersedia?")
        var present: [String] = []
        for (index, item) in step.requirements.enumerated() {
            let tag = item.isRequired ? "wajib" : "tidak wajib"
            if try prompter.yesNo("  \(index + 1)/\(count) \(item.name.value) (\(tag)) tersedia?") { present.append(String(index + 1)) }
        }
        return present
    }

    /// The exit, asked only where the SOP leaves it to judgement (the engine's own rule).
    private func chooseExit(_ step: Step, given: String?, values: [String: Value]) throws -> (String?, String?) {
        guard let decision = step.decision else { return (nil, nil) }
        if let given { return (given, given) }
        switch try engineCall({ try PendingDecision.of(step, data: state.data.merging(values) { $1 }) }) {
        case .none:
            return (nil, nil)
        case .decided(let exit):
            prompter.say("Keputusan: cabang \(exit.name), ditentukan oleh kondisi SOP.")
            return (nil, "\(exit.name) (ditentukan oleh kondisi SOP)")
        case .choose(let exits):
            let question = decision.question?.value ?? step.text?.value ?? "pilih cabang"
            let exit = try prompter.choose("Keputusan: \(question)", exits, name: \.name,
                                           detail: { "lanjut ke " + $0.targets.map(\.id).joined(separator: ", ") })
            return (exit.name, exit.name)
        }
    }

    private func askNote() throws -> String? {
        let note = try prompter.ask("Catatan (tidak wajib; Enter untuk melewati): ").trimmingCharacters(in: .whitespaces)
        return note.isEmpty ? nil : note
    }

    // MARK: - Summary

    private func summarize(_ request: StepRequest, step: Step, who: String, exit: String?) {
        prompter.say("")
        prompter.say("Ringkasan (belum dicatat):")
        prompter.say("  Kasus       : \(state.id) — \(state.sopName)")
        prompter.say("  Langkah     : \(step.id) — \(Brief.line(step.activity.value))")
        prompter.say("  Pelaksana   : \(who)")
        prompter.say("  Waktu       : " + (request.occurredAt.map { "\(LocalTime.format($0, zone: zone)) (dicatat belakangan)" } ?? "sekarang"))
        let fields = step.fields.compactMap { field in request.fields[field.id].map { "\(field.id) = \($0)" } }
        prompter.say("  Isian       : " + (fields.isEmpty ? "-" : fields.joined(separator: "; ")))
        let (present, absent) = Brief.requirements(request.present, of: step)
        if !step.requirements.isEmpty {
            var line = "  Kelengkapan : tersedia: " + (present.isEmpty ? "-" : present.joined(separator: ", "))
            if !absent.isEmpty { line += "; tidak tersedia: " + absent.map(\.name.value).joined(separator: ", ") }
            prompter.say(line)
        }
        if step.decision != nil { prompter.say("  Cabang      : " + (exit ?? "-")) }
        prompter.say("  Catatan     : " + (request.note ?? "-"))
        if !request.outputProduced { prompter.say("  Output      : tidak dihasilkan (dicatat sebagai penyimpangan)") }
        let missingRequired = absent.filter(\.isRequired).map(\.name.value)
        if !missingRequired.isEmpty {
            prompter.say("PERHATIAN: kelengkapan wajib tidak tersedia (\(missingRequired.joined(separator: ", "))): bila dicatat, "
                         + "langkah ditolak dan penolakan itu dicatat pada kasus.")
        } else if !absent.isEmpty {
            prompter.say("Kelengkapan yang tidak tersedia dicatat sebagai penyimpangan.")
        }
    }
}

/// Short texts for questions and summaries.
enum Brief {
    /// The first line of a multi-line text, cut to a width that fits a terminal line.
    static func line(_ text: String, width: Int = 80) -> String {
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        return first.count > width ? String(first.prefix(width - 1)) + "…" : first
    }

    /// The requirements confirmed by `present` (numbers, names or "semua") and those not.
    static func requirements(_ present: [String], of step: Step) -> ([String], [Requirement]) {
        if present.contains(where: { ["semua", "all"].contains($0.lowercased()) }) { return (step.requirements.map(\.name.value), []) }
        var confirmed = Set<Int>()
        for item in present.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) {
            if let n = Int(item), (1...max(step.requirements.count, 1)).contains(n) { confirmed.insert(n - 1) }
            else if let index = step.requirements.firstIndex(where: { $0.name.value.lowercased() == item.lowercased() }) { confirmed.insert(index) }
        }
        let indexed = step.requirements.enumerated()
        return (indexed.filter { confirmed.contains($0.offset) }.map(\.element.name.value),
                indexed.filter { !confirmed.contains($0.offset) }.map(\.element))
    }
}

/// How a field's type is named in a question.
enum FieldWording {
    static func type(_ field: FieldSpec) -> String {
        switch field.type {
        case .text: "teks"
        case .number: "angka"
        case .date: "tanggal, mis. 2024-04-05"
        case .dateTime: "tanggal dan jam, mis. 2024-04-05 10:30"
        case .phone: "nomor telepon, mis. 0812-3456-7890"
        case .email: "email, mis. nama@contoh.go.id"
        case .choice: "pilihan: nomor atau nama"
        case .boolean: "ya/tidak"
        case .signature: "tanda tangan: nama yang menandatangani"
        }
    }
}
