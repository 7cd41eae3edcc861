/// Places a page's symbols and routes its arrows.
struct DiagramBuilder {
    var model: FlowModel
    var heights: [Double]
    var columnWidth: Double
    var symbolSize: SymbolGeometry
    var stripHeight: Double
    /// The model's fans (see `Fan`): drawn as trunks with branches.
    var fans = FanSet([])

    /// `edges`: indices of model edges with both ends on this page. `incoming` / `outgoing`: the
    /// connectors whose pentagon sits in this page's top / bottom strip.
    func build(page: Paginator.Page, edges: [Int], incoming: [OffPageConnector], outgoing: [OffPageConnector]) -> DiagramPage {
        let bands = self.bands(page, top: page.hasTopStrip, bottom: page.hasBottomStrip)
        var placed = Placed()
        placeSteps(in: bands, page: page, into: &placed)
        placeAuthorConnectors(in: bands, page: page, into: &placed)
        if let band = bands.first, band.kind == .topStrip {
            // A fan-out's trunk carries on in its source's lane.
            let preferred = incoming.map { c in c.fan.flatMap { fans.all[$0].isOut ? model.symbols[fans.all[$0].anchor].columns[0] : nil }
                ?? model.symbols[c.target].columns[0] }
            for (k, symbol) in place(incoming, preferred: preferred, band: band, kind: .connectorIn, position: -1).enumerated() {
                placed.connector["in:" + incoming[k].label] = placed.symbols.count
                placed.symbols.append(symbol)
            }
        }
        if let band = bands.last, band.kind == .bottomStrip {
            let preferred = outgoing.map { c in c.fan.map { model.symbols[fans.all[$0].anchor].columns[0] }
                ?? model.symbols[model.edges[c.edges[0]].fromSymbol].columns[0] }
            for (k, symbol) in place(outgoing, preferred: preferred, band: band, kind: .connectorOut, position: page.rows.count).enumerated() {
                placed.connector["out:" + outgoing[k].label] = placed.symbols.count
                placed.symbols.append(symbol)
            }
        }
        var grid = RoutingGrid(columnCount: model.columns.count, columnWidth: columnWidth, symbolWidth: symbolSize.width,
                               bands: bands.map { gridBand($0) }, obstacles: placed.symbols.map(\.rect),
                               extraX: extraX(placed), extraY: extraY(placed))
        let joints = self.joints(placed)
        for joint in joints { grid.occupy(joint) }

        var router = Router(grid: grid, symbols: placed.symbols)
        // Fans first: their trunks want long straight tracks; the other arrows route around them.
        var arrows = fanArrows(page, edges: edges, incoming: incoming, outgoing: outgoing, placed: placed, router: &router)
        arrows += jobs(page, edges: edges, incoming: incoming, outgoing: outgoing, placed: placed).map { job -> DiagramPage.Arrow in
            var arrow = job.arrow
            arrow.route = router.route(job.request)
            return arrow
        }
        let height = (bands.last.map { $0.top + $0.height }) ?? 0
        return DiagramPage(width: columnWidth * Double(model.columns.count), height: height, columnWidth: columnWidth,
                           columnCount: model.columns.count, bands: bands, symbols: placed.symbols, arrows: arrows, joints: joints)
    }

    /// The symbols placed so far, and where to find a model symbol's or a connector's.
    struct Placed {
        var symbols: [DiagramSymbol] = []
        /// A model symbol's drawn pieces: one, or one per run of neighbouring lanes.
        var ofSymbol: [Int: [Int]] = [:]
        var connector: [String: Int] = [:]
    }

    /// Each symbol of each row where the author drew it: centred in its lane, or across
    /// neighbouring lanes; in lanes apart, once in each, joined by a line. Symbols sharing a lane
    /// are stacked top to bottom in written order.
    private func placeSteps(in bands: [DiagramPage.Band], page: Paginator.Page, into placed: inout Placed) {
        for band in bands {
            guard case .step(let r) = band.kind else { continue }
            let pitch = symbolSize.height(of: model.rows[r].tallest) + SymbolGeometry.stackGap
            for s in model.rows[r].symbols where model.symbols[s].strip == nil {
                let symbol = model.symbols[s]
                let y = band.top + band.height / 2 + (Double(symbol.slot) - Double(symbol.slots - 1) / 2) * pitch
                for run in Self.runs(symbol.columns) {
                    let x = run.map(columnCenter).reduce(0, +) / Double(run.count)
                    placed.ofSymbol[s, default: []].append(placed.symbols.count)
                    placed.symbols.append(DiagramSymbol(kind: .init(symbol.shape), rect: Rect(center: Point(x: x, y: y),
                        width: symbolSize.width(of: symbol.shape), height: symbolSize.height(of: symbol.shape)),
                        row: r, node: s, column: run[0], lanes: run, label: symbol.text, position: r - page.rows.lowerBound))
                }
            }
        }
    }

    /// The author's page connectors of this page's rows, in its top or bottom strip, in their lane.
    private func placeAuthorConnectors(in bands: [DiagramPage.Band], page: Paginator.Page, into placed: inout Placed) {
        for r in page.rows {
            for s in model.rows[r].symbols {
                let symbol = model.symbols[s]
                guard let strip = symbol.strip,
                      let band = strip == .top ? bands.first(where: { $0.kind == .topStrip }) : bands.last(where: { $0.kind == .bottomStrip })
                else { continue }
                let x = symbol.columns.map(columnCenter).reduce(0, +) / Double(symbol.columns.count)
                placed.ofSymbol[s, default: []].append(placed.symbols.count)
                placed.symbols.append(DiagramSymbol(kind: .pentagon, rect: Rect(center: Point(x: x, y: band.top + band.height / 2),
                    width: Metrics.connectorSize, height: Metrics.connectorSize), row: r, node: s, column: symbol.columns[0],
                    lanes: symbol.columns, label: symbol.text, position: strip == .top ? -1 : page.rows.count))
            }
        }
    }

    /// Ascending lanes split where they are not neighbours: [0, 1, 3] -> [[0, 1], [3]].
    static func runs(_ columns: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for c in columns {
            if let last = runs.last?.last, last + 1 == c { runs[runs.count - 1].append(c) } else { runs.append([c]) }
        }
        return runs
    }

    /// Lines joining the pieces of a symbol drawn in lanes apart.
    private func joints(_ placed: Placed) -> [Segment] {
        placed.ofSymbol.keys.sorted().flatMap { s -> [Segment] in
            let own = placed.ofSymbol[s] ?? []
            return zip(own, own.dropFirst()).map { a, b in
                let y = placed.symbols[a].center.y
                return Segment(Point(x: placed.symbols[a].rect.maxX, y: y), Point(x: placed.symbols[b].rect.minX, y: y))
            }
        }
    }

    /// Vertical tracks under symbols placed off the usual ones (across a lane border), and beside
    /// the strip connectors.
    private func extraX(_ placed: Placed) -> [Double] {
        placed.symbols.flatMap { symbol -> [Double] in
            if symbol.kind == .connectorOut { return [symbol.center.x - Metrics.trackSpacing, symbol.center.x + Metrics.trackSpacing] }
            guard !symbol.kind.isConnector, model.symbols[symbol.node].columns.count > 1,
                  symbol.lanes.count > 1 else { return [] }
            let half = symbol.rect.width / 2 - Metrics.symbolClearance
            let k = Int(half / Metrics.trackSpacing)
            return (-k...max(k, -k)).map { symbol.center.x + Double($0) * Metrics.trackSpacing }
        }
    }

    /// Horizontal tracks through and between symbols stacked in one lane.
    private func extraY(_ placed: Placed) -> [Double] {
        placed.symbols.flatMap { symbol -> [Double] in
            guard !symbol.kind.isConnector, model.symbols[symbol.node].slots > 1 else { return [] }
            let half = symbol.rect.height / 2
            return [symbol.center.y, symbol.rect.minY - Metrics.symbolClearance, symbol.rect.maxY + Metrics.symbolClearance,
                    symbol.rect.minY - Metrics.symbolClearance - Metrics.trackSpacing, symbol.rect.maxY + Metrics.symbolClearance + Metrics.trackSpacing]
                + (half > 2.4 ? [symbol.center.y - Metrics.trackSpacing, symbol.center.y + Metrics.trackSpacing] : [])
        }
    }

    /// The arrows to route, in routing order.
    private func jobs(_ page: Paginator.Page, edges: [Int], incoming: [OffPageConnector], outgoing: [OffPageConnector],
                      placed: Placed) -> [(request: RouteRequest, arrow: DiagramPage.Arrow)] {
        let none = Route(points: [], conflict: false)
        var jobs: [(request: RouteRequest, arrow: DiagramPage.Arrow, key: [Int])] = []
        func at(_ s: Int) -> [Int] { placed.ofSymbol[s] ?? [] }
        for e in edges where fans.ofEdge[e] == nil {
            let edge = model.edges[e]
            // Within a row the arrow runs side to side, like a loop; a stacked pair top to bottom.
            let sameLane = edge.from == edge.to && model.symbols[edge.fromSymbol].columns == model.symbols[edge.toSymbol].columns
            // Into a page connector in the bottom strip, or out of one in the top strip: down.
            let viaStrip = model.symbols[edge.toSymbol].strip == .bottom || model.symbols[edge.fromSymbol].strip == .top
            let loop = edge.isBackward && !viaStrip && !(sameLane && model.symbols[edge.toSymbol].slot > model.symbols[edge.fromSymbol].slot)
            jobs.append((RouteRequest(sources: at(edge.fromSymbol), targets: at(edge.toSymbol), isLoop: loop),
                         DiagramPage.Arrow(from: .step(edge.fromSymbol), to: .step(edge.toSymbol), label: edge.label,
                                           isLine: edge.isLine, route: none),
                         Self.order(loop: loop, from: edge.from, to: edge.to, exit: edge.exitIndex)))
        }
        for connector in outgoing where connector.fan == nil {
            for e in connector.edges {
                let edge = model.edges[e]
                jobs.append((RouteRequest(sources: at(edge.fromSymbol), targets: [placed.connector["out:" + connector.label]!], isLoop: false),
                             DiagramPage.Arrow(from: .step(edge.fromSymbol), to: .connector(connector.label), label: edge.label, route: none),
                             Self.order(loop: false, from: edge.from, to: page.rows.upperBound, exit: edge.exitIndex)))
            }
        }
        for connector in incoming where connector.fan == nil {
            jobs.append((RouteRequest(sources: [placed.connector["in:" + connector.label]!], targets: at(connector.target), isLoop: false),
                         DiagramPage.Arrow(from: .connector(connector.label), to: .step(connector.target), label: nil, route: none),
                         Self.order(loop: false, from: page.rows.lowerBound - 1, to: connector.targetRow, exit: 0)))
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
        case .step(let r): symbol = symbolSize.height(of: model.rows[r].tallest)
        case .topStrip, .bottomStrip: symbol = Metrics.connectorSize
        }
        return RoutingGrid.Band(top: band.top, height: band.height, symbolHeight: symbol)
    }

    func columnCenter(_ c: Int) -> Double { (Double(c) + 0.5) * columnWidth }
}
