import SOPRender

/// The promises of a drawing with fans (many arrows from or into one symbol), read back from the
/// HTML: arrows may share the trunk of their common source or target, and nothing else. Every
/// exit reaches its target from the source through nothing but off-page connectors, with its
/// label; no arrow crosses a symbol; no two symbols overlap; connectors come in pairs.
struct FanInvariants {
    let document: RenderedDocument

    private static let tolerance = 0.02

    /// Problems with the flow `source` -> each of `targets` (labels by target, nil for none).
    func reach(from source: String, to targets: [(id: String, label: String?)]) -> [String] {
        var out: [String] = []
        // Arrows into each step, with the ends they come from (a connector stands for its twin).
        var into: [String: [RenderedArrow]] = [:]
        var connectorFrom: [String: [String]] = [:]   // connector letter -> what arrives in its out pentagon
        for page in document.flowPages {
            for arrow in page.arrows {
                if arrow.to.hasPrefix("konektor:") { connectorFrom[String(arrow.to.dropFirst(9)), default: []].append(arrow.from) }
                else { into[arrow.to, default: []].append(arrow) }
            }
        }
        // Whether `end` is the source itself or a connector whose chain leads back to it.
        var memo: [String: Bool] = [:]
        func leadsBack(_ end: String, _ depth: Int = 0) -> Bool {
            if end == source { return true }
            guard end.hasPrefix("konektor:"), depth < 10_000 else { return false }
            if let known = memo[end] { return known }
            let result = (connectorFrom[String(end.dropFirst(9))] ?? []).contains { leadsBack($0, depth + 1) }
            memo[end] = result
            return result
        }
        var labels = Set<String>()
        for page in document.flowPages { for l in page.labels { labels.insert("\(l.from)>\(l.to)>\(l.text)") } }
        for target in targets {
            let arriving = (into[target.id] ?? []).filter { leadsBack($0.from) }
            if arriving.count != 1 { out.append("\(source) -> \(target.id): \(arriving.count) arrows reach it") }
            guard let arrow = arriving.first else { continue }
            if arrow.label != target.label { out.append("\(source) -> \(target.id): label \(arrow.label ?? "-"), expected \(target.label ?? "-")") }
            if let label = target.label, !labels.contains("\(arrow.from)>\(target.id)>\(label)") {
                out.append("\(source) -> \(target.id): label \(label) not printed")
            }
        }
        return out
    }

    /// Geometry and pairing on every page.
    func drawing() -> [String] {
        var out: [String] = []
        var outgoing: [String: Int] = [:], incoming: [String: Int] = [:]
        for page in document.flowPages {
            for c in page.connectors { if c.isOutgoing { outgoing[c.label, default: 0] += 1 } else { incoming[c.label, default: 0] += 1 } }
            let boxes = page.symbols.map { ($0.stepID, $0.rect) } + page.connectors.map { ("konektor:" + $0.label, $0.rect) }
            for i in boxes.indices { for j in boxes.indices where j > i && Self.overlap(boxes[i].1, boxes[j].1) {
                out.append("page \(page.number): \(boxes[i].0) and \(boxes[j].0) overlap")
            } }
            var segments: [(arrow: RenderedArrow, segment: Segment)] = []
            for arrow in page.arrows {
                if arrow.isConflict { out.append("page \(page.number): \(arrow.from) -> \(arrow.to) is marked as a conflict") }
                let parts = arrow.segments
                if parts.isEmpty { out.append("page \(page.number): \(arrow.from) -> \(arrow.to) has no segments") }
                for (i, s) in parts.enumerated() {
                    if !s.isHorizontal && !s.isVertical { out.append("page \(page.number): \(arrow.from) -> \(arrow.to): \(s) not orthogonal") }
                    for (owner, rect) in boxes {
                        // The first and last segments are the stubs touching the arrow's own symbols.
                        if (owner == arrow.from || owner == arrow.to) && (i == 0 || i == parts.count - 1) { continue }
                        if s.crosses(rect.inset(by: Self.tolerance)) { out.append("page \(page.number): \(arrow.from) -> \(arrow.to): \(s) crosses \(owner)") }
                    }
                    segments.append((arrow, s))
                }
            }
            segments.sort { min($0.segment.a.x, $0.segment.b.x) < min($1.segment.a.x, $1.segment.b.x) }
            for i in segments.indices {
                for j in (i + 1)..<segments.count {
                    if min(segments[j].segment.a.x, segments[j].segment.b.x) > max(segments[i].segment.a.x, segments[i].segment.b.x) + 1e-6 { break }
                    let a = segments[i].arrow, b = segments[j].arrow
                    // Arrows of one fan share its trunk: the same source, or the same target.
                    if a == b || a.from == b.from || a.to == b.to { continue }
                    if segments[i].segment.overlaps(segments[j].segment) {
                        out.append("page \(page.number): \(a.from) -> \(a.to) runs over \(b.from) -> \(b.to)")
                    }
                }
            }
        }
        if outgoing != incoming || outgoing.values.contains(where: { $0 != 1 }) { out.append("connectors not in pairs") }
        return out
    }

    private static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX - tolerance && a.maxX > b.minX + tolerance && a.minY < b.maxY - tolerance && a.maxY > b.minY + tolerance
    }
}
