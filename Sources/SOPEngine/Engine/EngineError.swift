import Foundation
import SOPDSL

/// Every way the engine refuses a request, with a stable code and a message in Bahasa Indonesia.
/// Refusals marked `isRecordedRefusal` are also written to the case's chain.
public enum EngineError: Error, Sendable, Equatable {
    case unknownCase(String, suggestion: String?)
    case caseClosed(String)
    case unknownStep(String, suggestion: String?)
    case unknownDuty(String, known: [String])
    /// This occurrence of the duty is already on the agenda.
    case dutyAlreadyRecorded(duty: String, due: OfficeMoment, by: String, at: OfficeMoment)
    case stepNotActive(step: String, active: [String])
    case stepAlreadyDone(step: String, by: String, at: OfficeMoment, active: [String])
    case wrongRole(person: String, step: String, needed: [String], held: [String])
    case delegationLapsed(person: String, step: String, detail: String)
    case unknownPerson(String, suggestions: [String])
    case ambiguousPerson(String, candidates: [String])
    case rosterRequired(step: String)
    case contactRequired(step: String)
    case invalidField(field: String, label: String, reason: String)
    case missingFields([String])
    case unknownField(String, step: String, hint: String?)
    case missingRequirements([String])
    case unknownRequirement(String, suggestion: String?)
    case choiceRequired(step: String, exits: [String])
    case invalidChoice(String, exits: [String])
    case choiceContradictsCondition(chosen: String, decided: String)
    case conditionUndecided(step: String, reason: String)
    case conflict(by: String, at: OfficeMoment)
    case invalidBackdate(String)
    case sopNotStored(String)
    case sopInvalid(String)
    case store(String)
    /// The table has several start terminators ("Langsung ke Kantor", "Via Email"): say which.
    case startRequired(starts: [String])
    case invalidStart(String, starts: [String])
    /// The SOP has several flowcharts (sub-procedures): say which one the case follows.
    case procedureRequired(procedures: [String])
    case unknownProcedure(String, procedures: [String])
    /// The stored SOP text is not the text the case (or its hash) recorded: edited in the store.
    case sopTampered(String)
    /// The case's cached state does not match its events: edited in the store.
    case cacheTampered(String)
    /// A case cannot move to the revised version as it stands (the reason says why and what to do).
    case moveRefused(caseID: String, reason: String)
    /// The revised file is another SOP (another number), not a version of this one.
    case moveToOtherSOP(caseID: String, from: String, to: String)
    /// The person belongs to another office than the one answering for the step now.
    case wrongOffice(person: String, step: String, theirs: String, responsible: String)
    /// Offices are declared but the case names none (an outside opener without `kantor`).
    case officeRequired
    case unknownOffice(String, suggestion: String?)
    /// The case (or the request) names an office, but no office list was given.
    case officesRequired

    public var code: String {
        switch self {
        case .unknownCase: "KASUS001"
        case .caseClosed: "KASUS002"
        case .unknownStep: "KASUS003"
        case .stepNotActive: "KASUS004"
        case .wrongRole: "KASUS005"
        case .delegationLapsed: "KASUS006"
        case .unknownPerson: "KASUS007"
        case .ambiguousPerson: "KASUS008"
        case .rosterRequired: "KASUS009"
        case .contactRequired: "KASUS010"
        case .invalidField: "KASUS011"
        case .missingFields: "KASUS012"
        case .unknownField: "KASUS013"
        case .missingRequirements: "KASUS014"
        case .unknownRequirement: "KASUS015"
        case .choiceRequired: "KASUS016"
        case .invalidChoice: "KASUS017"
        case .choiceContradictsCondition: "KASUS018"
        case .conditionUndecided: "KASUS019"
        case .conflict: "KASUS020"
        case .invalidBackdate: "KASUS021"
        case .sopNotStored: "KASUS022"
        case .sopInvalid: "KASUS023"
        case .store: "KASUS024"
        case .stepAlreadyDone: "KASUS025"
        case .unknownDuty: "KASUS026"
        case .startRequired: "KASUS027"
        case .invalidStart: "KASUS028"
        case .procedureRequired: "KASUS029"
        case .unknownProcedure: "KASUS030"
        case .sopTampered: "KASUS031"
        case .cacheTampered: "KASUS032"
        case .dutyAlreadyRecorded: "KASUS033"
        case .moveRefused: "KASUS040"
        case .moveToOtherSOP: "KASUS041"
        case .wrongOffice: "KASUS042"
        case .officeRequired: "KASUS043"
        case .unknownOffice: "KASUS044"
        case .officesRequired: "KASUS045"
        }
    }

    /// Refusals that matter for accountability (who tried to act without the role, without the
    /// required inputs) are kept in the case's record; input typos are not.
    public var isRecordedRefusal: Bool {
        switch self {
        case .wrongRole, .delegationLapsed, .missingRequirements, .wrongOffice: true
        default: false
        }
    }

    public var message: String {
        func maybe(_ s: String?) -> String { s.map { "; mungkin maksud Anda '\($0)'?" } ?? "" }
        switch self {
        case .unknownCase(let id, let s): return "kasus '\(id)' tidak ditemukan\(maybe(s))"
        case .caseClosed(let id): return "kasus '\(id)' sudah selesai; tidak ada langkah yang dapat dilakukan"
        case .unknownStep(let id, let s): return "langkah '\(id)' tidak ada di SOP kasus ini\(maybe(s))"
        case .unknownDuty(let id, let known):
            let suggestion = EditDistance.suggestion(for: id, among: known)
            return "tugas berkala '\(id)' tidak ada di SOP ini\(maybe(suggestion)); tugas yang ada: \(known.joined(separator: ", "))"
        case .dutyAlreadyRecorded(let duty, let due, let by, let at):
            return "tugas berkala '\(duty)' yang jatuh tempo \(due) sudah dicatat oleh \(by) (\(at)); "
                + "satu kali jatuh tempo dicatat sekali, lihat 'sop agenda'"
        case .stepNotActive(let step, let active):
            return "langkah '\(step)' bukan langkah yang sedang berjalan; langkah berjalan: \(active.joined(separator: ", "))"
        case .stepAlreadyDone(let step, let by, let at, let active):
            let next = active.isEmpty ? "kasus sudah selesai" : "langkah berjalan: \(active.joined(separator: ", "))"
            return "langkah '\(step)' sudah dilakukan oleh \(by) (\(at)); \(next)"
        case .wrongRole(let person, let step, let needed, let held):
            let has = held.isEmpty ? "tidak memegang peran apa pun" : "memegang peran \(held.joined(separator: ", "))"
            return "ditolak: \(person) tidak berwenang melakukan langkah '\(step)' (perlu peran \(needed.joined(separator: " atau ")); \(has))"
        case .delegationLapsed(let person, let step, let detail):
            return "ditolak: \(person) tidak berwenang melakukan langkah '\(step)': \(detail)"
        case .unknownPerson(let q, let names):
            let hint = names.count > 1 ? " (mungkin maksud Anda salah satu dari: " + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
                : names.first.map { " (mungkin maksud Anda '\($0)'?)" } ?? ""
            return "petugas '\(q)' tidak ada di daftar petugas\(hint); tulis nama lengkap atau NIP seperti di daftar petugas"
        case .ambiguousPerson(let q, let c): return "nama '\(q)' cocok dengan beberapa petugas: \(c.joined(separator: ", ")); pakai NIP"
        case .rosterRequired(let step):
            return "langkah '\(step)' dilakukan petugas kantor, tetapi daftar petugas tidak ditemukan: sebutkan dengan --petugas BERKAS "
                + "(mis. --petugas contoh/petugas.yaml) atau $SOP_PETUGAS, atau letakkan petugas.yaml di folder tempat perintah dijalankan"
        case .contactRequired(let step):
            return "langkah '\(step)' dilakukan pihak luar: sebutkan nomor telepon atau email dengan --kontak"
        case .invalidField(let field, let label, let reason): return "isian '\(field)' (\(label)) tidak sah: \(reason)"
        case .missingFields(let labels): return "isian wajib belum diisi: \(labels.joined(separator: ", "))"
        case .unknownField(let key, let step, let hint):
            return "isian '\(key)' tidak ada pada langkah '\(step)'" + (hint.map { "; \($0)" } ?? "")
        case .missingRequirements(let items):
            return "ditolak: kelengkapan wajib tidak tersedia: \(items.joined(separator: ", "))"
        case .unknownRequirement(let name, let s): return "kelengkapan '\(name)' tidak ada pada langkah ini\(maybe(s))"
        case .choiceRequired(let step, let exits):
            return "langkah '\(step)' adalah keputusan: pilih cabang dengan --pilih (\(exits.joined(separator: ", ")))"
        case .invalidChoice(let choice, let exits): return "cabang '\(choice)' tidak ada; pilihan: \(exits.joined(separator: ", "))"
        case .choiceContradictsCondition(let chosen, let decided):
            return "cabang '\(chosen)' bertentangan dengan kondisi SOP, yang menentukan cabang '\(decided)'"
        case .conditionUndecided(let step, let reason): return "keputusan di langkah '\(step)' tidak dapat ditentukan: \(reason)"
        case .conflict(let by, let at):
            return "kasus ini baru saja diubah oleh \(by) (\(at)); muat ulang dengan 'sop kasus lihat' lalu ulangi"
        case .invalidBackdate(let why): return "waktu --pada tidak sah: \(why)"
        case .sopNotStored(let hash): return "versi SOP \(hash.prefix(12)) untuk kasus ini tidak ada di penyimpanan"
        case .sopInvalid(let why): return "SOP kasus ini tidak dapat dimuat: \(why)"
        case .store(let why): return "penyimpanan tidak dapat dipakai: \(why)"
        case .startRequired(let starts):
            return "bagan ini memiliki beberapa titik mulai: pilih dengan --mulai (\(starts.joined(separator: ", ")))"
        case .invalidStart(let start, let starts):
            return "'\(start)' bukan titik mulai bagan ini; pilihan --mulai: \(starts.joined(separator: ", "))"
        case .procedureRequired(let procedures):
            return "SOP ini memiliki beberapa prosedur: pilih dengan --prosedur (\(procedures.joined(separator: ", ")))"
        case .unknownProcedure(let id, let procedures):
            return "prosedur '\(id)' tidak ada di SOP ini; pilihan --prosedur: \(procedures.joined(separator: ", "))"
        case .sopTampered(let hash):
            return "teks SOP tersimpan (versi \(hash.prefix(12))) bukan teks yang dicatat saat kasus dibuka: penyimpanan telah diubah di luar aplikasi; jalankan 'sop verifikasi'"
        case .cacheTampered(let id):
            return "catatan ringkas kasus \(id) tidak sesuai dengan rantai peristiwanya: penyimpanan telah diubah di luar aplikasi; jalankan 'sop verifikasi'"
        case .wrongOffice(let person, let step, let theirs, let responsible):
            return "ditolak: \(person) dari kantor \(theirs) tidak berwenang melakukan langkah '\(step)'; "
                + "kasus ini sekarang ditangani \(responsible)"
        case .officeRequired:
            return "kasus harus dicatat pada satu kantor: sebutkan id kantor dari daftar kantor (kantor.yaml)"
        case .unknownOffice(let id, let s): return "kantor '\(id)' tidak ada di daftar kantor\(maybe(s))"
        case .officesRequired:
            return "kasus ini milik satu kantor dari banyak kantor: sebutkan daftar kantor dengan --daftar-kantor BERKAS atau $SOP_DAFTAR_KANTOR"
        case .moveRefused(let id, let reason): return "kasus \(id) tidak dapat dipindah: \(reason)"
        case .moveToOtherSOP(let id, let from, let to):
            return "kasus \(id) berjalan pada SOP nomor \(from), sedangkan berkas tujuan adalah SOP nomor \(to): pindahkan hanya ke revisi SOP yang sama"
        }
    }
}
