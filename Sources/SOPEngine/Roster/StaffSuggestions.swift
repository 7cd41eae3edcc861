import Foundation
import SOPDSL

/// Whom a `--sebagai` that names nobody may have meant: the staff whose name contains the text
/// at the start of a word ("Intan" or "sireg" for "Intan Siregar"); failing that, near misses of
/// a whole name, a NIP or one word of a name ("Rina Wulandar", "Wulandri").
enum StaffSuggestions {
    static let limit = 5

    static func names(for query: String, in staff: [StaffMember]) -> [String] {
        let text = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return [] }
        let partial = staff.filter { startsAWord(text, in: $0.name.value.lowercased()) }
        // Near misses only when the text begins no word: "Maria" means Maria Ulfa, not Amalia.
        let near = !partial.isEmpty ? [] : staff.filter { member in
            let words = member.name.value.split(whereSeparator: \.isWhitespace).map(String.init)
            return EditDistance.suggestion(for: query, among: [member.name.value, member.nip] + words) != nil
        }
        var seen = Set<String>()
        return (partial + near).map(\.name.value).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// `text` occurs in `name` where a word begins.
    private static func startsAWord(_ text: String, in name: String) -> Bool {
        var from = name.startIndex
        while let found = name.range(of: text, range: from..<name.endIndex) {
            if found.lowerBound == name.startIndex || !name[name.index(before: found.lowerBound)].isLetter { return true }
            from = name.index(after: found.lowerBound)
        }
        return false
    }
}
