import SOPDSL
import SOPRender

/// The rules a printed flowchart must keep, checked on what the HTML shows (read back with
/// `HTMLInspector`), for any SOP. Returns one message per broken rule; empty when all hold.
struct DrawingInvariants {
    let sop: SOP
    let document: RenderedDocument

    private static let tolerance = 0.02

    func problems() -> [String] {
        var out: [String] = []
        out += pages()
        var pageOfStep: [String: Int] = [:]
        for (p, page) in document.flowPages.enumerated() {
            for id in page.tableRows where !id.isEmpty {
                guard let r = sop.rowIndex(id) else { continue }
                for step in sop.steps(ofRow: r) { pageOfStep[step.id] = p }
            }
            out += columns(page) + symbols(page) + geometry(page)
        }
        out += flow(pageOfStep)
        return out
    }

    // MARK: Pages and table

    private func pages() -> [String] {
        var out: [String] = []
        let n = document.declaredPageCount
        let expected = (1...max(n, 1)).map { "Halaman \($0) dari \(n)" }
        if document.footers != expected { out.append("footers \(document.footers), expected \(expected)") }
        let rows = document.flowPages.flatMap { $0.tableRows.filter { !$0.isEmpty } }
        if rows != sop.rows.map(\.id) { out.append("table rows across pages are not the rows in order") }
        let h = sop.layout.headings
        let quality = sop.layout.qualityColumns.map { h.heading(of: $0) }
        for page in document.flowPages where page.hasHeader {
            let lanes = h.actors.map { [$0] } ?? page.headerActorLabels
            let top = [h.number, h.activity] + lanes + (quality.isEmpty ? [] : [h.qualityStandard]) + [h.note]
            if Array(page.headerCells.prefix(top.count)) != top {
                out.append("page \(page.number): header row 1 is \(page.headerCells.prefix(top.count)), expected \(top)")
            }
            let second = page.headerCells.dropFirst(top.count)
            if Array(second.suffix(quality.count)) != quality && !sop.layout.numberedColumns {
                out.append("page \(page.number): header row 2 ends with \(second.suffix(quality.count)), expected \(quality)")
            }
        }
        return out
    }

    private func columns(_ page: RenderedPage) -> [String] {
        let ids = page.columns.map(\.actorID)
        var out: [String] = []
        if page.hasHeader, ids != page.headerActors { out.append("page \(page.number): drawing columns \(ids) differ from header \(page.headerActors)") }
        let expected = sop.columnActors.map(\.id)
        if Array(ids.prefix(expected.count)) != expected { out.append("page \(page.number): columns \(ids), expected \(expected)") }
        return out
    }

    // MARK: Symbols

    private func symbols(_ page: RenderedPage) -> [String] {
        var out: [String] = []
        let column = Dictionary(page.columns.map { ($0.actorID, $0) }, uniquingKeysWith: { a, _ in a })
        let row = Dictionary(page.rows.compactMap { r in r.stepID.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        let byStep = Dictionary(grouping: page.symbols, by: \.stepID)
        let order = Dictionary(page.columns.enumerated().map { ($1.actorID, $0) }, uniquingKeysWith: { a, _ in a })
        for rowID in page.tableRows where !rowID.isEmpty {
            guard let r = sop.rowIndex(rowID) else { continue }
            for step in sop.steps(ofRow: r) {
                let id = step.id
                let drawn = byStep[id] ?? []
                // One piece per run of neighbouring lanes, named by its lanes ("a+b").
                let lanes = step.actors.map(\.id).filter { column[$0] != nil }.sorted { order[$0]! < order[$1]! }
                var runs: [[String]] = []
                for lane in lanes {
                    if let last = runs.last?.last, order[last]! + 1 == order[lane]! { runs[runs.count - 1].append(lane) } else { runs.append([lane]) }
                }
                let expected = runs.map { $0.joined(separator: "+") }
                if drawn.map(\.actorID).sorted() != expected.sorted() {
                    out.append("symbol \(id): drawn in \(drawn.map(\.actorID)), expected \(expected)")
                }
                for symbol in drawn {
                    if symbol.shape != step.shape.rawValue { out.append("symbol \(id): drawn as \(symbol.shape), expected \(step.shape.rawValue)") }
                    if symbol.rowID != rowID { out.append("symbol \(id): drawn in row \(symbol.rowID), expected \(rowID)") }
                    let run = symbol.actorID.split(separator: "+").compactMap { column[String($0)] }
                    let centre = run.map { ($0.x0 + $0.x1) / 2 }.reduce(0, +) / Double(max(run.count, 1))
                    if !run.isEmpty, abs(symbol.rect.center.x - centre) > Self.tolerance {
                        out.append("symbol \(id): not centred over \(symbol.actorID)")
                    }
                    // The author's page connectors sit in the page's strip, outside the rows.
                    if step.shape != .offPageConnector, let band = row[rowID], symbol.rect.minY < band.y0 || symbol.rect.maxY > band.y1 {
                        out.append("symbol \(id): outside its row")
                    }
                }
            }
        }
        let all = page.symbols.map(\.rect) + page.connectors.map(\.rect)
        for i in all.indices { for j in all.indices where j > i && Self.overlap(all[i], all[j]) {
            out.append("page \(page.number): two symbols overlap")
        } }
        return out
    }

    // MARK: Arrows

    private func geometry(_ page: RenderedPage) -> [String] {
        var out: [String] = []
        let symbolRects = page.symbols.map { ($0.stepID, $0.rect) } + page.connectors.map { ("konektor:" + $0.label, $0.rect) }
        let bounds = Rect(x: -Self.tolerance, y: -Self.tolerance, width: page.width + 2 * Self.tolerance, height: page.height + 2 * Self.tolerance)
        var segments: [(arrow: Int, segment: Segment)] = []
        var enteringFromAbove: [String: Int] = [:]
        for arrow in page.arrows {
            if let last = arrow.segments.last, last.isVertical, last.b.y > last.a.y { enteringFromAbove[arrow.to, default: 0] += 1 }
        }
        for (k, arrow) in page.arrows.enumerated() {
            let name = "page \(page.number): arrow \(arrow.from) -> \(arrow.to)"
            if arrow.isConflict { out.append("\(name) is marked as a conflict") }
            let parts = arrow.segments
            if parts.isEmpty { out.append("\(name) has no segments"); continue }
            for (i, s) in parts.enumerated() {
                if !s.isHorizontal && !s.isVertical { out.append("\(name): segment \(s) is not orthogonal") }
                if !Self.inside(s.a, bounds) || !Self.inside(s.b, bounds) { out.append("\(name): leaves the drawing") }
                for (owner, rect) in symbolRects {
                    let isEnd = owner == arrow.from || owner == arrow.to
                    // The first and last segments are the stubs touching the arrow's own symbols.
                    if isEnd && (i == 0 || i == parts.count - 1) { continue }
                    if s.crosses(rect.inset(by: Self.tolerance)) { out.append("\(name): segment \(s) crosses the symbol of \(owner)") }
                }
                segments.append((k, s))
            }
            if let last = parts.last, arrow.to.hasPrefix("konektor:") || !isLoop(arrow) {
                // From the side only when the top is crowded (three or more arrows already there).
                let fromAbove = last.isVertical && last.b.y > last.a.y
                if !fromAbove && (enteringFromAbove[arrow.to] ?? 0) < 3 { out.append("\(name): does not enter its target from above") }
            } else if let last = parts.last, !last.isHorizontal {
                out.append("\(name): a loop must enter its target from the side")
            }
            for (i, a) in parts.enumerated() { for b in parts.dropFirst(i + 2) where a.overlaps(b) {
                out.append("\(name): runs over itself")
            } }
        }
        for joint in page.joints { segments.append((-1, joint)) }
        segments.sort { min($0.segment.a.x, $0.segment.b.x) < min($1.segment.a.x, $1.segment.b.x) }
        for i in segments.indices {
            for j in (i + 1)..<segments.count {
                if min(segments[j].segment.a.x, segments[j].segment.b.x) > max(segments[i].segment.a.x, segments[i].segment.b.x) + 1e-6 { break }
                if segments[i].arrow != segments[j].arrow, segments[i].segment.overlaps(segments[j].segment) {
                    out.append("page \(page.number): segments \(segments[i].segment) and \(segments[j].segment) run over each other")
                }
            }
        }
        return out
    }

    /// Up, or within one row (side to side): such arrows enter a side.
    private func isLoop(_ arrow: RenderedArrow) -> Bool {
        guard let a = sop.step(arrow.from), let b = sop.step(arrow.to) else { return false }
        if a.shape == .offPageConnector || b.shape == .offPageConnector { return false }
        if a.rowIndex == b.rowIndex {
            // Two symbols stacked in one lane are joined top to bottom.
            let stacked = Set(a.actors.map(\.id)) == Set(b.actors.map(\.id))
            return !(stacked && (sop.stepIndex(b.id) ?? 0) > (sop.stepIndex(a.id) ?? 0))
        }
        return b.rowIndex < a.rowIndex
    }

    // MARK: Flow

    /// Every exit of every step is drawn: on its page as one arrow, or across pages as an arrow
    /// into a lettered pentagon and one out of its twin; labels as written; nothing extra.
    private func flow(_ pageOfStep: [String: Int]) -> [String] {
        var out: [String] = []
        var outConnectors: [String: (page: Int, target: String)] = [:], inConnectors: [String: (page: Int, target: String)] = [:]
        for (p, page) in document.flowPages.enumerated() {
            for c in page.connectors {
                if c.isOutgoing {
                    if outConnectors[c.label] != nil { out.append("connector \(c.label) leaves twice") }
                    outConnectors[c.label] = (p, c.targetStepID)
                } else {
                    if inConnectors[c.label] != nil { out.append("connector \(c.label) arrives twice") }
                    inConnectors[c.label] = (p, c.targetStepID)
                }
            }
        }
        if Set(outConnectors.keys) != Set(inConnectors.keys) { out.append("unpaired connectors: out \(outConnectors.keys.sorted()) in \(inConnectors.keys.sorted())") }
        for (label, o) in outConnectors {
            guard let i = inConnectors[label] else { continue }
            if o.target != i.target || pageOfStep[i.target] != i.page || o.page == i.page {
                out.append("connector \(label): pair does not lead to its target's page")
            }
        }
        var arrows: [String: [RenderedArrow]] = [:]
        var labels: Set<String> = []
        for page in document.flowPages {
            for a in page.arrows { arrows["\(a.from)>\(a.to)", default: []].append(a) }
            for l in page.labels { labels.insert("\(l.from)>\(l.to)>\(l.text)") }
        }
        var expectedCount = 0
        for step in sop.steps {
            let exits: [(String, String?)] = switch step.flow {
            case .next(let refs): refs.map { ($0.id, nil) }
            case .decision(let d): d.exits.flatMap { exit in exit.targets.map { ($0.id, exit.label?.value) } }
            case .end: []
            }
            for (target, label) in exits {
                // The author's pair of page connectors stands for the flow: no arrow between them.
                if step.shape.isConnector, sop.step(target)?.shape.isConnector == true { continue }
                expectedCount += 1
                if pageOfStep[step.id] == pageOfStep[target] {
                    let drawn = arrows["\(step.id)>\(target)"] ?? []
                    if !drawn.contains(where: { $0.label == label }) { out.append("missing arrow \(step.id) -> \(target) [\(label ?? "")]") }
                    if let label, !labels.contains("\(step.id)>\(target)>\(label)") { out.append("missing label \(label) on \(step.id) -> \(target)") }
                } else {
                    let leaving = outConnectors.filter { $0.value.target == target && $0.value.page == pageOfStep[step.id] }.map(\.key)
                    let drawnInto = leaving.filter { (arrows["\(step.id)>konektor:\($0)"] ?? []).contains(where: { $0.label == label }) }
                    guard let letter = drawnInto.first else {
                        out.append("exit \(step.id) -> \(target) crosses pages without a connector"); continue
                    }
                    if !(arrows["\(step.id)>konektor:\(letter)"] ?? []).contains(where: { $0.label == label }) {
                        out.append("missing arrow \(step.id) -> connector \(letter)")
                    }
                    if (arrows["konektor:\(letter)>\(target)"] ?? []).isEmpty { out.append("missing arrow connector \(letter) -> \(target)") }
                    if let label, !labels.contains("\(step.id)>konektor:\(letter)>\(label)") { out.append("missing label \(label) on \(step.id) -> \(letter)") }
                }
            }
        }
        let drawnCount = arrows.values.reduce(0) { $0 + $1.count }
        // Each exit is one arrow (to its target or into a pentagon); each pair adds the arrow out of its twin.
        if drawnCount != expectedCount + outConnectors.count {
            out.append("\(drawnCount) arrows drawn for \(expectedCount) exits and \(outConnectors.count) connector pairs")
        }
        return out
    }

    private static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX - tolerance && a.maxX > b.minX + tolerance && a.minY < b.maxY - tolerance && a.maxY > b.minY + tolerance
    }

    private static func inside(_ p: Point, _ r: Rect) -> Bool {
        p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY
    }
}
