/// A* over the routing grid's (node, direction) states, reused for every arrow of a page: the
/// arrays are sized once and a generation stamp marks which entries belong to the current search,
/// so starting a search costs nothing per node.
struct PathSearch {
    struct Found {
        var states: [Int]
        var start: Port
        var goal: Port
    }

    /// Nodes that are ports of some symbol (just outside its outline).
    let isPort: [Bool]
    /// Ports of off-page connectors, kept for their own arrows: a pentagon has so few that one
    /// arrow passing by could leave another with no way in or out. Symbol index, or -1.
    let reservedFor: [Int32]
    /// Symbols of the arrow being routed (they may use their reserved ports).
    var allowed: Set<Int32> = []
    private var best: [Double]
    private var parent: [Int32]
    private var stamp: [Int32]
    /// `generation` where a node is a goal of the current search (saves a hash lookup per node).
    private var goalStamp: [Int32]
    private var generation: Int32 = 0
    private var heap = MinHeap<(state: Int, goal: Int, g: Double)>()

    init(grid: RoutingGrid, symbols: [DiagramSymbol]) {
        var isPort = Array(repeating: false, count: grid.nodeCount)
        var reserved = Array(repeating: Int32(-1), count: grid.nodeCount)
        for (i, symbol) in symbols.enumerated() {
            for side in Side.allCases {
                for port in symbol.ports(side, grid: grid, leaving: true) { isPort[port.node] = true }
            }
            guard symbol.kind.isConnector else { continue }
            for port in symbol.ports(symbol.kind == .connectorIn ? .bottom : .top, grid: grid, leaving: true) {
                reserved[port.node] = Int32(i)
            }
        }
        self.isPort = isPort
        reservedFor = reserved
        let states = grid.nodeCount * 4
        best = Array(repeating: 0, count: states)
        parent = Array(repeating: -1, count: states)
        stamp = Array(repeating: 0, count: states)
        goalStamp = Array(repeating: 0, count: grid.nodeCount)
    }

    /// The goals' bounding box: the Manhattan distance to it never overestimates, so A* stays exact.
    private struct GoalBox {
        var minX, maxX, minY, maxY: Double

        func estimate(_ p: Point) -> Double {
            max(minX - p.x, 0, p.x - maxX) + max(minY - p.y, 0, p.y - maxY)
        }

        /// Distance plus the bends no path from `p`, travelling `d`, can avoid: a lower bound,
        /// so the search stays exact while looking at far fewer nodes.
        func estimate(_ p: Point, _ d: Direction) -> Double {
            let right = p.x < minX - 1e-9, left = p.x > maxX + 1e-9, down = p.y < minY - 1e-9, up = p.y > maxY + 1e-9
            let needX = right || left, needY = down || up
            var bends = 0
            let along: Bool
            switch d {
            case .right: along = right
            case .left: along = left
            case .down: along = down
            case .up: along = up
            }
            let away = (d == .right && left) || (d == .left && right) || (d == .down && up) || (d == .up && down)
            if needX && needY {
                bends = along ? 1 : 2
            } else if needX || needY {
                bends = along ? 0 : (away ? 2 : 1)
            }
            // Every goal is a port, and stepping onto a port costs `portCost`.
            let toGoal = needX || needY ? Router.portCost : 0
            return estimate(p) + Double(bends) * Router.bendCost + toGoal
        }
    }

    /// The cheapest path from one of `starts` to one of `goals` within grid rows `rows`; nil when
    /// there is none. `relaxed` lets the path break the rules at `Router.conflictCost` each.
    mutating func find(on grid: RoutingGrid, _ starts: [Port], _ goals: [Port], relaxed: Bool, rows: Range<Int>) -> Found? {
        guard !starts.isEmpty, !goals.isEmpty else { return nil }
        generation += 1
        heap.removeAll()
        var goalsAt: [Int: [Int]] = [:]
        for (k, goal) in goals.enumerated() {
            goalsAt[goal.node, default: []].append(k)
            goalStamp[goal.node] = generation
        }
        let gx = goals.map { grid.xs[grid.xIndex($0.node)] }, gy = goals.map { grid.ys[grid.yIndex($0.node)] }
        let box = GoalBox(minX: gx.min()!, maxX: gx.max()!, minY: gy.min()!, maxY: gy.max()!)
        var startOf: [Int: Port] = [:]
        for start in starts {
            let state = start.node * 4 + start.direction.rawValue
            if update(state, g: start.cost, from: -1) {
                startOf[state] = start
                heap.push((state, -1, start.cost), priority: start.cost + box.estimate(grid.point(start.node), start.direction), depth: start.cost)
            }
        }
        while let (_, entry) = heap.pop() {
            if entry.goal >= 0 { return found(entry.state, goals[entry.goal], startOf) }
            guard stamp[entry.state] == generation, entry.g <= best[entry.state] + 1e-9 else { continue }
            let node = entry.state / 4, d = Direction(rawValue: entry.state % 4)!
            if goalStamp[node] == generation, let ks = goalsAt[node] {
                for k in ks where goals[k].direction != d.reversed {
                    let turn = goals[k].direction != d
                    if turn, !relaxed, grid.usage[node] != 0 { continue }
                    let g = entry.g + goals[k].cost + (turn ? Router.bendCost : 0)
                    heap.push((entry.state, k, g), priority: g, depth: g)
                }
            }
            expand(grid, node, d, entry, relaxed: relaxed, rows: rows, box: box)
        }
        return nil
    }

    private mutating func expand(_ grid: RoutingGrid, _ node: Int, _ d: Direction, _ entry: (state: Int, goal: Int, g: Double),
                                 relaxed: Bool, rows: Range<Int>, box: GoalBox) {
        let xi = grid.xIndex(node), yi = grid.yIndex(node)
        let here = grid.usage[node]
        for nd in Direction.allCases where nd != d.reversed {
            var cost = 0.0
            if nd != d {
                if here != 0 { if !relaxed { continue }; cost += Router.conflictCost }
                cost += Router.bendCost
            }
            let (mx, my): (Int, Int)
            switch nd {
            case .right: (mx, my) = (xi + 1, yi)
            case .left: (mx, my) = (xi - 1, yi)
            case .down: (mx, my) = (xi, yi + 1)
            case .up: (mx, my) = (xi, yi - 1)
            }
            guard mx >= 0, mx < grid.nx, rows.contains(my) else { continue }
            let next = grid.node(mx, my)
            if grid.isBlocked(next) { continue }
            let owner = reservedFor[next]
            if owner >= 0, !allowed.contains(owner) { continue }
            let used = grid.usage[next]
            if used & (RoutingGrid.full | nd.usageBit) != 0 {
                if !relaxed { continue }
                cost += Router.conflictCost
            } else if used != 0 {
                cost += Router.crossCost
            }
            if isPort[next] { cost += Router.portCost }
            cost += abs(grid.xs[mx] - grid.xs[xi]) + abs(grid.ys[my] - grid.ys[yi])
            let state = next * 4 + nd.rawValue, g = entry.g + cost
            if update(state, g: g, from: entry.state) {
                heap.push((state, -1, g), priority: g + box.estimate(Point(x: grid.xs[mx], y: grid.ys[my]), nd), depth: g)
            }
        }
    }

    /// Records a better cost for `state`; false when it is not better.
    private mutating func update(_ state: Int, g: Double, from: Int) -> Bool {
        if stamp[state] == generation, best[state] <= g + 1e-9 { return false }
        stamp[state] = generation
        best[state] = g
        parent[state] = Int32(from)
        return true
    }

    private func found(_ last: Int, _ goal: Port, _ startOf: [Int: Port]) -> Found? {
        var states: [Int] = []
        var s = last
        while s >= 0 { states.append(s); s = Int(parent[s]) }
        states.reverse()
        guard let start = startOf[states[0]] else { return nil }
        return Found(states: states, start: start, goal: goal)
    }
}
