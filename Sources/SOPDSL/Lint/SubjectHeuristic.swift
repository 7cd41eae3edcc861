import Foundation

/// SOP AP activities are written verb first, without a subject ("Menerima surat",
/// not "Petugas menerima surat"): the actor is shown by the column. A heuristic, so a warning.
enum SubjectHeuristic {
    /// Nouns that open a sentence with its subject in KPU SOPs.
    static let subjectWords: Set<String> = [
        "petugas", "staf", "staff", "pegawai", "pejabat", "kepala", "kasubbag", "kasubag", "kabag", "sekretaris",
        "ketua", "anggota", "pelaksana", "tim", "koordinator", "operator", "pihak", "masyarakat", "pemohon",
        "helpdesk", "subbag", "subbagian", "bagian", "sub", "kpu", "bawaslu", "partai",
    ]

    static func check(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for step in sop.steps {
            let text = step.activity.value
            guard let first = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first else { continue }
            let word = first.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let startsWithActor = sop.actors.contains { text.lowercased().hasPrefix($0.label.value.lowercased() + " ") }
            guard subjectWords.contains(word) || startsWithActor else { continue }
            out.emit(.lint(.activityStartsWithSubject(step: step.id, word: String(first))), at: step.activity.location)
        }
    }
}
