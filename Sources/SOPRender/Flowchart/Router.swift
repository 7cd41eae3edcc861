/// One arrow to draw: from any symbol of `sources` to any symbol of `targets` (a step drawn in
/// several actor columns offers each of its symbols, and the router takes the nearest).
struct RouteRequest: Sendable, Hashable {
    var sources: [Int]
    var targets: [Int]
    /// A loop back up: leaves a side and enters a side. Otherwise the arrow leaves the bottom
    /// (a decision may also use a side vertex) and enters the top.
    var isLoop: Bool
}

struct Route: Sendable, Hashable {
    /// From the source outline to the target outline; the arrowhead goes at the last point.
    var points: [Point]
    /// True when no route kept every rule and one was drawn anyway (reported as a warning).
    var conflict: Bool
}

/// Orthogonal arrow routing on a `RoutingGrid`: each arrow is the cheapest path (`PathSearch`,
/// A*) where cost is length plus a penalty for each bend and each crossing. Arrows never enter a
/// symbol, never run along another arrow, and never turn or end where another arrow passes; each
/// routed arrow claims its nodes, so later arrows route around it.
struct Router {
    var grid: RoutingGrid
    let symbols: [DiagramSymbol]
    private(set) var search: PathSearch

    static let bendCost = 5.0
    static let crossCost = 6.0
    /// In the last-resort pass only: the price of breaking a rule.
    static let conflictCost = 200.0
    static let sideExitCost = 2.5
    /// Running through the spot where another symbol's arrows start or end: allowed, but it takes
    /// that port away, so the router goes one track further out when it can.
    static let portCost = 3.0

    init(grid: RoutingGrid, symbols: [DiagramSymbol]) {
        self.grid = grid
        self.symbols = symbols
        search = PathSearch(grid: grid, symbols: symbols)
    }

    /// Routes one arrow, trying in turn: the rules as they are; entering the target's side when its
    /// top is full; and, last, breaking a rule at a high price (the route is then marked).
    mutating func route(_ request: RouteRequest) -> Route {
        search.allowed = Set((request.sources + request.targets).map { Int32($0) })
        let strict = ports(request, relaxed: false)
        let bounds = window(strict.starts + strict.goals)
        if let found = search.find(on: grid, strict.starts, strict.goals, relaxed: false, rows: bounds)
            ?? search.find(on: grid, strict.starts, strict.goals, relaxed: false, rows: 0..<grid.ny) {
            return claim(found, conflict: false)
        }
        // A symbol many arrows lead to can run out of room on top: then an arrow may come in from
        // the side, still clear of every other arrow.
        if !request.isLoop {
            let sides = request.targets.flatMap { t in
                [Side.left, .right].flatMap { symbols[t].ports($0, grid: grid, leaving: false, extraCost: Self.sideExitCost) }
            }.filter { grid.usage[$0.node] == 0 }
            if let found = search.find(on: grid, strict.starts, sides, relaxed: false, rows: 0..<grid.ny) {
                return claim(found, conflict: false)
            }
        }
        let loose = ports(request, relaxed: true)
        if let found = search.find(on: grid, loose.starts, loose.goals, relaxed: true, rows: 0..<grid.ny) {
            return claim(found, conflict: true)
        }
        // Unreachable in practice (the grid always has outer lanes); keep the arrow visible.
        let a = request.sources.first.map { symbols[$0].center } ?? Point(x: 0, y: 0)
        let b = request.targets.first.map { symbols[$0].center } ?? a
        return Route(points: [a, Point(x: a.x, y: b.y), b], conflict: true)
    }

    // MARK: Ports

    private func ports(_ request: RouteRequest, relaxed: Bool) -> (starts: [Port], goals: [Port]) {
        var starts: [Port] = [], goals: [Port] = []
        for s in request.sources {
            let symbol = symbols[s]
            if request.isLoop {
                starts += symbol.ports(.left, grid: grid, leaving: true) + symbol.ports(.right, grid: grid, leaving: true)
            } else {
                starts += symbol.ports(.bottom, grid: grid, leaving: true)
                if symbol.kind == .decision || relaxed {
                    starts += symbol.ports(.left, grid: grid, leaving: true, extraCost: Self.sideExitCost)
                    starts += symbol.ports(.right, grid: grid, leaving: true, extraCost: Self.sideExitCost)
                }
            }
        }
        for t in request.targets {
            let symbol = symbols[t]
            if request.isLoop {
                goals += symbol.ports(.left, grid: grid, leaving: false) + symbol.ports(.right, grid: grid, leaving: false)
            } else {
                goals += symbol.ports(.top, grid: grid, leaving: false)
                if relaxed {
                    goals += symbol.ports(.left, grid: grid, leaving: false, extraCost: Self.sideExitCost)
                    goals += symbol.ports(.right, grid: grid, leaving: false, extraCost: Self.sideExitCost)
                }
            }
        }
        if relaxed {
            let penalize = { (p: Port) -> Port in
                var q = p
                if grid.usage[p.node] != 0 { q.cost += Self.conflictCost }
                return q
            }
            return (starts.map(penalize), goals.map(penalize))
        }
        return (starts.filter { grid.usage[$0.node] == 0 }, goals.filter { grid.usage[$0.node] == 0 })
    }

    /// Rows of the grid a first search may use: the span of the ports and some room around it.
    private func window(_ ports: [Port]) -> Range<Int> {
        guard let lo = ports.map({ grid.yIndex($0.node) }).min(), let hi = ports.map({ grid.yIndex($0.node) }).max() else {
            return 0..<grid.ny
        }
        return max(lo - 10, 0)..<min(hi + 11, grid.ny)
    }

    // MARK: Result

    /// Turns a found path into points and claims its nodes in the grid.
    private mutating func claim(_ found: PathSearch.Found, conflict: Bool) -> Route {
        let nodes = found.states.map { $0 / 4 }
        let directions = found.states.map { Direction(rawValue: $0 % 4)! } + [found.goal.direction]
        for (i, node) in nodes.enumerated() {
            if i == 0 || i == nodes.count - 1 || directions[i] != directions[i + 1] {
                grid.usage[node] |= RoutingGrid.full
            } else {
                grid.usage[node] |= directions[i + 1].usageBit
            }
        }
        var points = [found.start.boundary]
        points += nodes.map { grid.point($0) }
        points.append(found.goal.boundary)
        return Route(points: Self.simplified(points), conflict: conflict)
    }

    /// Drops points in the middle of straight runs.
    static func simplified(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        for p in points {
            if let last = out.last, abs(last.x - p.x) < 1e-9, abs(last.y - p.y) < 1e-9 { continue }
            if out.count >= 2 {
                let a = out[out.count - 2], b = out[out.count - 1]
                let collinear = (abs(a.x - b.x) < 1e-9 && abs(b.x - p.x) < 1e-9) || (abs(a.y - b.y) < 1e-9 && abs(b.y - p.y) < 1e-9)
                if collinear { out[out.count - 1] = p; continue }
            }
            out.append(p)
        }
        return out
    }
}
