import Foundation
import Testing
import SOPDSL
@testable import SOPRender

/// The router's promises over generated flows: random decision graphs of 30 to 200 steps, two to
/// six columns, loops, far jumps across pages, steps done by two actors. Every arrow is drawn
/// without crossing a symbol or running over another arrow, and nothing needs the fallback.
@Suite struct RouterPropertyTests {
    /// 40 flows by default; `SOP_ROUTER_CASES=1000` sweeps more seeds (slow; for hunting rare cases).
    static let cases: [(steps: Int, actors: Int, seed: UInt64)] = {
        let count = Int(ProcessInfo.processInfo.environment["SOP_ROUTER_CASES"] ?? "") ?? 40
        return (0..<count).map { i in (steps: [30, 45, 60, 90, 120, 200][i % 6], actors: 2 + i % 5, seed: UInt64(1000 + i)) }
    }()

    @Test(arguments: cases.indices)
    func generatedFlowKeepsEveryRule(_ index: Int) throws {
        let c = Self.cases[index]
        let sop = SOPFactory.random(steps: c.steps, actorCount: c.actors, seed: c.seed)
        let report = HTMLRenderer.renderReport(sop)
        let document = try #require(HTMLInspector.parse(report.html))
        let problems = DrawingInvariants(sop: sop, document: document).problems()
        #expect(problems.isEmpty, "seed \(c.seed), \(c.steps) steps, \(c.actors) columns:\n\(problems.prefix(15).joined(separator: "\n"))")
        #expect(report.warnings.filter { $0.hasPrefix("panah") }.isEmpty, "seed \(c.seed): \(report.warnings.prefix(5))")
    }

    /// Rows that hold several symbols (chains, stacks, symbols across lanes, forks and joins,
    /// lines, loops into the row and up the table), read through the decoder: the same promises.
    @Test(arguments: 0..<24)
    func generatedRowsKeepEveryRule(_ index: Int) throws {
        let rows = [8, 12, 20, 30][index % 4], lanes = 2 + index % 5, seed = UInt64(5000 + index)
        let yaml = RowFactory.yaml(rows: rows, lanes: lanes, seed: seed)
        let result = SOPLoader.load(bytes: Array(yaml.utf8), path: "baris-\(seed).yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "seed \(seed): \(errors.prefix(3).map(\.message))\n\(yaml)")
        let sop = try #require(result.sop)
        for paper in [Paper.a4, .f4] {
            let report = HTMLRenderer.renderReport(sop, options: RenderOptions(paper: paper))
            let document = try #require(HTMLInspector.parse(report.html))
            let problems = DrawingInvariants(sop: sop, document: document).problems()
            #expect(problems.isEmpty, "seed \(seed) \(paper), \(rows) rows, \(lanes) lanes:\n\(problems.prefix(12).joined(separator: "\n"))")
            #expect(report.warnings.filter { $0.hasPrefix("panah") }.isEmpty, "seed \(seed) \(paper): \(report.warnings.prefix(5))")
        }
    }

    @Test func generatedFlowsOnOtherPapers() throws {
        for (paper, orientation) in [(Paper.f4, Orientation.landscape), (.legal, .portrait), (.letter, .landscape)] {
            let sop = SOPFactory.random(steps: 60, actorCount: 4, seed: 77)
            let document = try #require(HTMLInspector.parse(HTMLRenderer.render(sop, options: RenderOptions(paper: paper, orientation: orientation))))
            let problems = DrawingInvariants(sop: sop, document: document).problems()
            #expect(problems.isEmpty, "\(paper) \(orientation):\n\(problems.prefix(10).joined(separator: "\n"))")
        }
    }

    // MARK: The router on its own

    /// Two symbols in one column, one under the other: a straight line, bottom centre to top centre.
    @Test func straightDownInOneColumn() {
        let (grid, symbols) = Self.grid(rows: [(0, SymbolShape.process), (0, .process)], columns: 1)
        var router = Router(grid: grid, symbols: symbols)
        let route = router.route(RouteRequest(sources: [0], targets: [1], isLoop: false))
        #expect(!route.conflict)
        #expect(route.points.count == 2)
        #expect(route.points[0] == Point(x: symbols[0].center.x, y: symbols[0].rect.maxY))
        #expect(route.points[1] == Point(x: symbols[1].center.x, y: symbols[1].rect.minY))
    }

    /// A change of column: down, one horizontal leg, down into the top.
    @Test func oneHorizontalLegWhenTheColumnChanges() {
        let (grid, symbols) = Self.grid(rows: [(0, .process), (2, .process)], columns: 3)
        var router = Router(grid: grid, symbols: symbols)
        let route = router.route(RouteRequest(sources: [0], targets: [1], isLoop: false))
        #expect(route.points.count == 4)
        let segments = zip(route.points, route.points.dropFirst()).map { Segment($0, $1) }
        #expect(segments.map(\.isVertical) == [true, false, true])
        #expect(route.points.first?.x == symbols[0].center.x && route.points.last?.x == symbols[1].center.x)
    }

    /// A loop back up leaves the diamond's side and enters the target's side.
    @Test func loopLeavesAndEntersBySides() {
        let (grid, symbols) = Self.grid(rows: [(0, .process), (0, .process), (0, .decision)], columns: 2)
        var router = Router(grid: grid, symbols: symbols)
        _ = router.route(RouteRequest(sources: [0], targets: [1], isLoop: false))
        _ = router.route(RouteRequest(sources: [1], targets: [2], isLoop: false))
        let loop = router.route(RouteRequest(sources: [2], targets: [0], isLoop: true))
        #expect(!loop.conflict)
        let first = Segment(loop.points[0], loop.points[1]), last = Segment(loop.points[loop.points.count - 2], loop.points[loop.points.count - 1])
        #expect(first.isHorizontal && last.isHorizontal)
        #expect(abs(loop.points[0].y - symbols[2].center.y) < 1e-9, "leaves at the diamond's vertex")
    }

    /// Many arrows into one target take different ports and never share a segment.
    @Test func arrowsIntoOneTargetDoNotOverlap() {
        let (grid, symbols) = Self.grid(rows: [(0, .process), (1, .process), (2, .process), (1, .process)], columns: 3)
        var router = Router(grid: grid, symbols: symbols)
        let routes = (0..<3).map { router.route(RouteRequest(sources: [$0], targets: [3], isLoop: false)) }
        #expect(routes.allSatisfy { !$0.conflict })
        let segments = routes.enumerated().flatMap { k, r in zip(r.points, r.points.dropFirst()).map { (k, Segment($0, $1)) } }
        for a in segments { for b in segments where a.0 < b.0 { #expect(!a.1.overlaps(b.1), "\(a.1) / \(b.1)") } }
        #expect(Set(routes.map { $0.points.last!.x }).count == 3)
    }

    static func grid(rows: [(column: Int, shape: SymbolShape)], columns: Int) -> (RoutingGrid, [DiagramSymbol]) {
        let width = 24.0, height = 20.0, size = SymbolGeometry(columnWidth: width)
        var symbols: [DiagramSymbol] = []
        var bands: [RoutingGrid.Band] = []
        for (i, row) in rows.enumerated() {
            let center = Point(x: (Double(row.column) + 0.5) * width, y: (Double(i) + 0.5) * height)
            symbols.append(DiagramSymbol(kind: .init(row.shape), rect: Rect(center: center, width: size.width, height: size.height(of: row.shape)),
                                         row: i, node: i, column: row.column, label: nil, position: i))
            bands.append(RoutingGrid.Band(top: Double(i) * height, height: height, symbolHeight: size.height(of: row.shape)))
        }
        return (RoutingGrid(columnCount: columns, columnWidth: width, symbolWidth: size.width, bands: bands, obstacles: symbols.map(\.rect)), symbols)
    }
}
