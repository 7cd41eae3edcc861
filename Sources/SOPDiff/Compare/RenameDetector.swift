import SOPDSL

/// Symbols whose id disappeared while a symbol with nearly the same content appeared: the same
/// actor(s) and a very similar activity (the row's kegiatan, and the text in the symbol).
enum RenameDetector {
    /// The activity must read at least this alike.
    static let threshold = 0.8

    static func steps(_ old: SOP, _ new: SOP, actorRenames: [ProbableRename]) -> [ProbableRename] {
        let actorMap = Dictionary(actorRenames.map { ($0.oldID, $0.newID) }, uniquingKeysWith: { a, _ in a })
        let removed = old.steps.filter { new.step($0.id) == nil }
        let added = new.steps.filter { old.step($0.id) == nil }
        guard !removed.isEmpty, !added.isEmpty else { return [] }
        let addedByActors = Dictionary(grouping: added) { Set($0.actors.map(\.id)) }
        // A rewrite of a whole large SOP would compare every pair: then only equal activities count.
        let exactOnly = removed.count * added.count > 40_000
        var candidates: [(old: Step, new: Step, score: Double, activity: Double)] = []
        for a in removed {
            let actors = Set(a.actors.map { actorMap[$0.id] ?? $0.id })
            for b in addedByActors[actors] ?? [] {
                let activity = exactOnly
                    ? (Similarity.normalized(a.activity.value) == Similarity.normalized(b.activity.value) ? 1 : 0)
                    : Similarity.ratio(a.activity.value, b.activity.value)
                guard activity >= threshold else { continue }
                let text = Similarity.ratio(a.text?.value ?? "", b.text?.value ?? "")
                if a.text != nil || b.text != nil, text < 0.6 { continue }
                let score = activity + text * 0.1 + (a.shape == b.shape ? 0.05 : 0)
                candidates.append((a, b, score, activity))
            }
        }
        // Best pairs first; each id in one pair at most.
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.old.rowIndex < $1.old.rowIndex }
        var takenOld = Set<String>(), takenNew = Set<String>()
        var found: [ProbableRename] = []
        for c in candidates where !takenOld.contains(c.old.id) && !takenNew.contains(c.new.id) {
            takenOld.insert(c.old.id); takenNew.insert(c.new.id)
            let percent = Similarity.percent(c.activity)
            var reason = "pelaksana sama, " + (percent == 100 ? "kegiatan sama" : "kegiatan \(percent)% mirip")
            if c.old.shape != c.new.shape { reason += ", bentuk berbeda" }
            found.append(ProbableRename(kind: .symbol, oldID: c.old.id, newID: c.new.id, similarity: percent, reason: reason))
        }
        return found.sorted { (new.stepIndex($0.newID) ?? 0) < (new.stepIndex($1.newID) ?? 0) }
    }
}
