/// Pairs of off-page connectors: where an arrow's source and target rows sit on different pages,
/// a pentagon in the source page's bottom strip and one in the target page's top strip carry the
/// same letter. Arrows from one page to the same target share a pair, up to three of them (a
/// pentagon's top has room for three arrowheads); more get a second pair. A fan's arrows (see
/// `Fan`) cross pages as one trunk instead: one pair from each page of the fan to the next.
struct OffPageConnector: Sendable, Hashable {
    var label: String
    var sourcePage: Int
    var targetPage: Int
    /// The target symbol (index into the model's symbols) and its row.
    var target: Int
    var targetRow: Int
    /// Indices into the model's edges that the pair stands for; for a fan's pair, the edges
    /// whose far end is on the pair's target page (fan-out) or source page (fan-in).
    var edges: [Int]
    /// Index into the fans when the pair carries a fan's trunk.
    var fan: Int? = nil
}

enum OffPageConnectors {
    static let maximumArrows = 3

    static func assign(pages: [Paginator.Page], edges: [FlowModel.Edge], fans: [Fan] = []) -> [OffPageConnector] {
        var pageOf: [Int] = []
        for (p, page) in pages.enumerated() { pageOf.append(contentsOf: Array(repeating: p, count: page.rows.count)) }
        struct Key: Hashable { var page: Int; var row: Int; var target: Int }
        var byKey: [Key: [Int]] = [:]
        let inFan = Set(fans.flatMap(\.edges))
        for (i, edge) in edges.enumerated() where pageOf[edge.from] != pageOf[edge.to] && !inFan.contains(i) {
            byKey[Key(page: pageOf[edge.from], row: edge.to, target: edge.toSymbol), default: []].append(i)
        }
        let keys = byKey.keys.sorted { ($0.page, $0.row, $0.target) < ($1.page, $1.row, $1.target) }
        var out: [OffPageConnector] = []
        for key in keys {
            let edges = byKey[key] ?? []
            for start in stride(from: 0, to: edges.count, by: maximumArrows) {
                out.append(OffPageConnector(label: Format.connectorLabel(out.count), sourcePage: key.page, targetPage: pageOf[key.row],
                                            target: key.target, targetRow: key.row, edges: Array(edges[start..<min(start + maximumArrows, edges.count)])))
            }
        }
        for (f, fan) in fans.enumerated() { out += trunk(fan, f, edges: edges, pageOf: pageOf, first: out.count) }
        return out
    }

    /// A fan's pairs: from the anchor's page through every page holding its far ends, in page order.
    private static func trunk(_ fan: Fan, _ f: Int, edges: [FlowModel.Edge], pageOf: [Int], first: Int) -> [OffPageConnector] {
        var byPage: [Int: [Int]] = [:]
        for e in fan.edges { byPage[pageOf[fan.isOut ? edges[e].to : edges[e].from], default: []].append(e) }
        let anchorEdge = edges[fan.edges[0]]
        let anchorPage = pageOf[fan.isOut ? anchorEdge.from : anchorEdge.to]
        let anchorRow = fan.isOut ? anchorEdge.from : anchorEdge.to
        let pages = Set(byPage.keys).union([anchorPage]).sorted()
        var out: [OffPageConnector] = []
        for (a, b) in zip(pages, pages.dropFirst()) {
            let label = Format.connectorLabel(first + out.count)
            if fan.isOut {
                // The pentagon on the next page names the first symbol the trunk reaches there.
                let carried = byPage[b] ?? []
                let near = carried.min { (edges[$0].to, edges[$0].toSymbol) < (edges[$1].to, edges[$1].toSymbol) }!
                out.append(OffPageConnector(label: label, sourcePage: a, targetPage: b, target: edges[near].toSymbol,
                                            targetRow: edges[near].to, edges: carried, fan: f))
            } else {
                out.append(OffPageConnector(label: label, sourcePage: a, targetPage: b, target: fan.anchor, targetRow: anchorRow,
                                            edges: byPage[a] ?? [], fan: f))
            }
        }
        return out
    }
}
