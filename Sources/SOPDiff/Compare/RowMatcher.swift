import SOPDSL

/// Pairs the rows of the two versions by the symbols they hold (a row's id is its first
/// symbol's unless written, so the symbols say best which row is which), then by row id.
enum RowMatcher {
    static func match(_ map: inout Correspondence) {
        let old = map.old, new = map.new
        // Every (old row, new row) pair sharing a symbol, with how many they share.
        var overlap: [Pair: Int] = [:]
        for (i, row) in old.rows.enumerated() {
            for symbol in row.symbols {
                guard let target = map.steps[symbol], let j = map.newRowOf[target] else { continue }
                overlap[Pair(old: i, new: j), default: 0] += 1
            }
        }
        let ranked = overlap.sorted { x, y in
            if x.value != y.value { return x.value > y.value }
            let sameX = old.rows[x.key.old].id == new.rows[x.key.new].id, sameY = old.rows[y.key.old].id == new.rows[y.key.new].id
            if sameX != sameY { return sameX }
            let dx = abs(x.key.old - x.key.new), dy = abs(y.key.old - y.key.new)
            return dx != dy ? dx < dy : (x.key.old, x.key.new) < (y.key.old, y.key.new)
        }
        for (pair, _) in ranked where map.rows[pair.old] == nil && map.rowsBack[pair.new] == nil {
            map.rows[pair.old] = pair.new; map.rowsBack[pair.new] = pair.old
        }
        // Rows left over whose written id is the same (every symbol of the row replaced).
        var newByID: [String: Int] = [:]
        for (j, row) in new.rows.enumerated() where map.rowsBack[j] == nil && newByID[row.id] == nil { newByID[row.id] = j }
        for (i, row) in old.rows.enumerated() where map.rows[i] == nil {
            if let j = newByID[row.id], map.rowsBack[j] == nil { map.rows[i] = j; map.rowsBack[j] = i }
        }
        byActivity(&map)
    }

    /// Rows still left whose symbols all changed id but whose Kegiatan reads nearly the same, in
    /// the same table: the same printed row (its symbols are reported removed and added).
    static func byActivity(_ map: inout Correspondence) {
        let old = map.old, new = map.new
        let leftOld = old.rows.indices.filter { map.rows[$0] == nil }, leftNew = new.rows.indices.filter { map.rowsBack[$0] == nil }
        guard !leftOld.isEmpty, !leftNew.isEmpty, leftOld.count * leftNew.count <= 40_000 else { return }
        func table(_ row: TableRow, _ sop: SOP) -> String { sop.procedures.indices.contains(row.procedure) ? sop.procedures[row.procedure].id : "" }
        var candidates: [(i: Int, j: Int, score: Double)] = []
        for i in leftOld {
            for j in leftNew where table(old.rows[i], old) == table(new.rows[j], new) {
                let score = Similarity.ratio(old.rows[i].activity.value, new.rows[j].activity.value)
                if score >= RenameDetector.threshold { candidates.append((i, j, score)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : abs($0.i - $0.j) < abs($1.i - $1.j) }
        for c in candidates where map.rows[c.i] == nil && map.rowsBack[c.j] == nil {
            map.rows[c.i] = c.j; map.rowsBack[c.j] = c.i
        }
    }

    struct Pair: Hashable { let old: Int; let new: Int }

    /// The old indices of matched rows that keep their order relative to each other (a longest
    /// increasing run of their new indices); the others were moved.
    static func inOrder(_ map: Correspondence) -> Set<Int> {
        let pairs = map.rows.sorted { $0.key < $1.key }
        // Patience sorting: tails[k] is the index in `pairs` ending the best run of length k+1.
        var tails: [Int] = [], previous = [Int](repeating: -1, count: pairs.count)
        for (p, pair) in pairs.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairs[tails[mid]].value < pair.value { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[p] = tails[lo - 1] }
            if lo == tails.count { tails.append(p) } else { tails[lo] = p }
        }
        var kept = Set<Int>()
        var p = tails.last ?? -1
        while p >= 0 { kept.insert(pairs[p].key); p = previous[p] }
        return kept
    }
}
