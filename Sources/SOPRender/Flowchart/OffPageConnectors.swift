/// Pairs of off-page connectors: where an arrow's source and target rows sit on different pages,
/// a pentagon in the source page's bottom strip and one in the target page's top strip carry the
/// same letter. Arrows from one page to the same target share a pair, up to three of them (a
/// pentagon's top has room for three arrowheads); more get a second pair.
struct OffPageConnector: Sendable, Hashable {
    var label: String
    var sourcePage: Int
    var targetPage: Int
    /// The target symbol (index into the model's symbols) and its row.
    var target: Int
    var targetRow: Int
    /// Indices into the model's edges that the pair stands for.
    var edges: [Int]
}

enum OffPageConnectors {
    static let maximumArrows = 3

    static func assign(pages: [Paginator.Page], edges: [FlowModel.Edge]) -> [OffPageConnector] {
        var pageOf: [Int] = []
        for (p, page) in pages.enumerated() { pageOf.append(contentsOf: Array(repeating: p, count: page.rows.count)) }
        struct Key: Hashable { var page: Int; var row: Int; var target: Int }
        var byKey: [Key: [Int]] = [:]
        for (i, edge) in edges.enumerated() where pageOf[edge.from] != pageOf[edge.to] {
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
        return out
    }
}
