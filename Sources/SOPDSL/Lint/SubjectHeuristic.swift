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
        // Lowercased once per SOP, not once per step and actor: the rule ran 8 lowercasings of
        // every activity on a 10,000-step SOP.
        let prefixes = sop.actors.map { ActorPrefix($0.label.value.lowercased() + " ") }
        for step in sop.steps {
            let text = step.activity.value
            guard let first = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\n" }).first else { continue }
            let word = firstWord(first)
            guard subjectWords.contains(word) || startsWithActor(text, prefixes) else { continue }
            out.emit(.lint(.activityStartsWithSubject(step: step.id, word: String(first))), at: step.activity.location)
        }
    }

    /// The first word lowercased without surrounding punctuation; letters-only ASCII (the common
    /// case) needs no trimming.
    private static func firstWord(_ first: Substring) -> String {
        let lower = first.lowercased()
        if lower.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return lower }
        return lower.trimmingCharacters(in: .punctuationCharacters)
    }

    /// An actor's name as the start of an activity: lowercased, with the space after it.
    private struct ActorPrefix {
        let text: String
        /// ASCII only: then a bytewise comparison against an ASCII-lowercased prefix is exact.
        let asciiBytes: [UInt8]?
        init(_ text: String) {
            self.text = text
            asciiBytes = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }
    }

    /// `text.lowercased().hasPrefix(prefix)` for every actor, without lowercasing the whole
    /// activity when its start is ASCII.
    private static func startsWithActor(_ text: String, _ prefixes: [ActorPrefix]) -> Bool {
        var lowered: String?
        let utf8 = text.utf8
        for prefix in prefixes {
            if let bytes = prefix.asciiBytes, let fast = asciiStarts(utf8, with: bytes) {
                if fast { return true }
                continue
            }
            if lowered == nil { lowered = text.lowercased() }
            if lowered!.hasPrefix(prefix.text) { return true }
        }
        return false
    }

    /// Nil when undecidable bytewise: a non-ASCII byte within the prefix or right after it (a
    /// combining mark there would join the space into one `Character`).
    private static func asciiStarts(_ utf8: String.UTF8View, with bytes: [UInt8]) -> Bool? {
        var index = utf8.startIndex
        for expected in bytes {
            guard index != utf8.endIndex else { return false }
            let byte = utf8[index]
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower != expected { return false }
            utf8.formIndex(after: &index)
        }
        if index != utf8.endIndex, utf8[index] >= 0x80 { return nil }
        return true
    }
}
