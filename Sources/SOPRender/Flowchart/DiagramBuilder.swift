/// Places a page's symbols and routes its arrows.
struct DiagramBuilder {
    var model: FlowModel
    var heights: [Double]
    var columnWidth: Double
    var symbolSize: SymbolGeometry
    var stripHeight: Double

    /// `edges`: indices of model edges with both ends on this page. `incoming` / `outgoing`: the
    /// connectors whose pentagon sits in this page's top / bottom strip.
    func build(page: Paginator.Page, edges: [Int], incoming: [OffPageConnector], outgoing: [OffPageConnector]) -> DiagramPage {
        let bands = self.bands(page, top: !incoming.isEmpty, bottom: !outgoing.isEmpty)
        var placed = Placed()
        placeSteps(in: bands, page: page, into: &placed)
        if let band = bands.first, band.kind == .topStrip {
            let preferred = incoming.map { model.rows[$0.target].columns[0] }
            for (k, symbol) in place(incoming, preferred: preferred, band: band, kind: .connectorIn, position: -1).enumerated() {
                placed.connector["in:" + incoming[k].label] = placed.symbols.count
                placed.symbols.append(symbol)
            }
        }
        if let band = bands.last, band.kind == .bottomStrip {
            let preferred = outgoing.map { model.rows[model.edges[$0.edges[0]].from].columns[0] }
            for (k, symbol) in place(outgoing, preferred: preferred, band: band, kind: .connectorOut, position: page.rows.count).enumerated() {
                placed.connector["out:" + outgoing[k].label] = placed.symbols.count
                placed.symbols.append(symbol)
            }
        }
        var grid = RoutingGrid(columnCount: model.columns.count, columnWidth: columnWidth, symbolWidth: symbolSize.width,
                               bands: bands.map { gridBand($0) }, obstacles: placed.symbols.map(\.rect),
                               extraX: placed.symbols.filter { $0.kind == .connectorOut }.flatMap { [$0.center.x - Metrics.trackSpacing, $0.center.x + Metrics.trackSpacing] })
        let joints = self.joints(page, placed)
        for joint in joints { grid.occupy(joint) }

        var router = Router(grid: grid, symbols: placed.symbols)
        let arrows = jobs(page, edges: edges, incoming: incoming, outgoing: outgoing, placed: placed).map { job -> DiagramPage.Arrow in
            var arrow = job.arrow
            arrow.route = router.route(job.request)
            return arrow
        }
        let height = (bands.last.map { $0.top + $0.height }) ?? 0
        return DiagramPage(width: columnWidth * Double(model.columns.count), height: height, columnWidth: columnWidth,
                           columnCount: model.columns.count, bands: bands, symbols: placed.symbols, arrows: arrows, joints: joints)
    }

    /// The symbols placed so far, and where to find a step's or a connector's.
    private struct Placed {
        var symbols: [DiagramSymbol] = []
        var ofRow: [Int: [Int]] = [:]
        var connector: [String: Int] = [:]
    }

    /// One symbol per actor column of each step, centred in its column and its row.
    private func placeSteps(in bands: [DiagramPage.Band], page: Paginator.Page, into placed: inout Placed) {
        for band in bands {
            guard case .step(let r) = band.kind else { continue }
            let shape = model.rows[r].shape
            for c in model.rows[r].columns {
                placed.ofRow[r, default: []].append(placed.symbols.count)
                let center = Point(x: columnCenter(c), y: band.top + band.height / 2)
                placed.symbols.append(DiagramSymbol(kind: .init(shape), rect: Rect(center: center, width: symbolSize.width,
                    height: symbolSize.height(of: shape)), row: r, column: c, label: nil, position: r - page.rows.lowerBound))
            }
        }
    }

    /// Lines joining neighbouring symbols of a step done by several actors.
    private func joints(_ page: Paginator.Page, _ placed: Placed) -> [Segment] {
        page.rows.flatMap { r -> [Segment] in
            let own = placed.ofRow[r] ?? []
            return zip(own, own.dropFirst()).map { a, b in
                let y = placed.symbols[a].center.y
                return Segment(Point(x: placed.symbols[a].rect.maxX, y: y), Point(x: placed.symbols[b].rect.minX, y: y))
            }
        }
    }

    /// The arrows to route, in routing order.
    private func jobs(_ page: Paginator.Page, edges: [Int], incoming: [OffPageConnector], outgoing: [OffPageConnector],
                      placed: Placed) -> [(request: RouteRequest, arrow: DiagramPage.Arrow)] {
        let none = Route(points: [], conflict: false)
        var jobs: [(request: RouteRequest, arrow: DiagramPage.Arrow, key: [Int])] = []
        for e in edges {
            let edge = model.edges[e]
            jobs.append((RouteRequest(sources: placed.ofRow[edge.from] ?? [], targets: placed.ofRow[edge.to] ?? [], isLoop: edge.isBackward),
                         DiagramPage.Arrow(from: .step(edge.from), to: .step(edge.to), label: edge.label, route: none),
                         Self.order(loop: edge.isBackward, from: edge.from, to: edge.to, exit: edge.exitIndex)))
        }
        for connector in outgoing {
            for e in connector.edges {
                let edge = model.edges[e]
                jobs.append((RouteRequest(sources: placed.ofRow[edge.from] ?? [], targets: [placed.connector["out:" + connector.label]!], isLoop: false),
                             DiagramPage.Arrow(from: .step(edge.from), to: .connector(connector.label), label: edge.label, route: none),
                             Self.order(loop: false, from: edge.from, to: page.rows.upperBound, exit: edge.exitIndex)))
            }
        }
        for connector in incoming {
            jobs.append((RouteRequest(sources: [placed.connector["in:" + connector.label]!], targets: placed.ofRow[connector.target] ?? [], isLoop: false),
                         DiagramPage.Arrow(from: .connector(connector.label), to: .step(connector.target), label: nil, route: none),
                         Self.order(loop: false, from: page.rows.lowerBound - 1, to: connector.target, exit: 0)))
        }
        return jobs.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.request, $0.arrow) }
    }

    /// Routing order: short forward arrows first (they get the straight lines), then longer
    /// ones, then loops; ties by source row and exit, so the result never depends on input order.
    private static func order(loop: Bool, from: Int, to: Int, exit: Int) -> [Int] {
        [loop ? 1 : 0, abs(to - from), from, exit, to]
    }

    private func bands(_ page: Paginator.Page, top: Bool, bottom: Bool) -> [DiagramPage.Band] {
        var bands: [DiagramPage.Band] = []
        var y = 0.0
        if top { bands.append(.init(kind: .topStrip, top: y, height: stripHeight)); y += stripHeight }
        for r in page.rows { bands.append(.init(kind: .step(r), top: y, height: heights[r])); y += heights[r] }
        if bottom { bands.append(.init(kind: .bottomStrip, top: y, height: stripHeight)) }
        return bands
    }

    private func gridBand(_ band: DiagramPage.Band) -> RoutingGrid.Band {
        let symbol: Double
        switch band.kind {
        case .step(let r): symbol = symbolSize.height(of: model.rows[r].shape)
        case .topStrip, .bottomStrip: symbol = Metrics.connectorSize
        }
        return RoutingGrid.Band(top: band.top, height: band.height, symbolHeight: symbol)
    }

    func columnCenter(_ c: Int) -> Double { (Double(c) + 0.5) * columnWidth }
}
