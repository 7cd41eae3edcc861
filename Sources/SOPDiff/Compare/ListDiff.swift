/// Differences between two lists of printed items (dasar hukum, kelengkapan, kolom): kept items
/// by longest common subsequence; an item removed and one added at the same place that read
/// nearly alike are one item edited; an item only in another place is moved.
enum ListDiff {
    enum Edit: Equatable {
        case added(String)
        case removed(String)
        case changed(String, String)
        case moved(String)
    }

    static func edits(_ old: [String], _ new: [String], key: (String) -> String = Scalar.printedForm) -> [Edit] {
        let a = old.map(key), b = new.map(key)
        if a == b { return [] }
        // LCS table over the (short) lists.
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        // Walk it, collecting the gaps between kept items.
        var edits: [Edit] = []
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            var r = removed[...], n = added[...]
            // Pair an old and a new item of the same gap when they read nearly alike.
            while let i = r.first, let j = n.first, Similarity.ratio(old[i], new[j]) >= 0.6 {
                edits.append(.changed(old[i], new[j])); r = r.dropFirst(); n = n.dropFirst()
            }
            edits += r.map { .removed(old[$0]) } + n.map { .added(new[$0]) }
            removed = []; added = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { flush(); i += 1; j += 1 }
            else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] { added.append(j); j += 1 }
            else { removed.append(i); i += 1 }
        }
        flush()
        // An item removed here and added there unchanged was moved.
        var result: [Edit] = []
        var movedKeys = Set<String>()
        for edit in edits {
            guard case .added(let item) = edit else { continue }
            if edits.contains(where: { if case .removed(let r) = $0 { key(r) == key(item) } else { false } }) { movedKeys.insert(key(item)) }
        }
        for edit in edits {
            switch edit {
            case .removed(let item) where movedKeys.contains(key(item)): continue
            case .added(let item) where movedKeys.contains(key(item)): result.append(.moved(item))
            default: result.append(edit)
            }
        }
        return result
    }

    /// The edits as changes of one aspect.
    static func changes(_ aspect: String, _ label: String, _ old: [String], _ new: [String], symbol: String? = nil) -> [Change] {
        edits(old, new).map { edit in
            switch edit {
            case .added(let s): Change(aspect, label, .added, symbol: symbol, item: s, after: s)
            case .removed(let s): Change(aspect, label, .removed, symbol: symbol, item: s, before: s)
            case .changed(let a, let b): Change(aspect, label, .changed, symbol: symbol, item: a, before: a, after: b)
            case .moved(let s): Change(aspect, label, .moved, symbol: symbol, item: s, before: s, after: s)
            }
        }
    }
}
