/// Notes more than one family prints.
enum CommonNotes {
    /// The "did you mean" line under a typo (see `EditDistance.didYouMean`).
    static func didYouMean(_ suggestion: String) -> String {
        "mungkin maksud Anda '\(suggestion)'?"
    }

    /// The closest candidate, or else all of them after `label`, so a typo always gets a way out.
    static func closest(_ word: String, among candidates: [String], orAll label: String) -> [String] {
        let close = EditDistance.didYouMean(word, among: candidates)
        return close.isEmpty ? ["\(label): \(candidates.joined(separator: ", "))"] : close
    }
}
