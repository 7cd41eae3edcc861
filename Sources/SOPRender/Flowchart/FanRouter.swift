/// A fan (see `Fan`) drawn on the grid without searching: one straight trunk from the anchor's
/// port (down from a source's bottom, up from a target's top) and, per member, a junction on the
/// trunk, one horizontal leg and a short vertical leg into (or out of) the member's port. Every
/// node is checked against the same rules the search keeps (no symbol, no running along another
/// arrow, no turning where one passes), so the result is as clean as a searched one; the work is
/// linear in the legs' length instead of one search over the page per arrow.
extension Router {
    struct FanRoute {
        var route: Route
        /// Where the member's own part begins in `route.points` (see `DiagramPage.Arrow.labelAt`).
        var labelAt: Int
    }

    /// Routes for the members (placed symbol indices) in order; nil for a member no branch fits:
    /// the caller routes that one on its own.
    mutating func routeFan(anchor: Int, members: [Int], isOut: Bool) -> [FanRoute?] {
        let s = isOut ? 1 : -1
        let trunks = symbols[anchor].ports(isOut ? .bottom : .top, grid: grid, leaving: isOut)
            .filter { grid.usage[$0.node] == 0 && allows($0.node, anchor, anchor) }
            .sorted { ($0.cost, $0.node) < ($1.cost, $1.node) }
        let memberPorts = members.map { m in
            symbols[m].ports(isOut ? .top : .bottom, grid: grid, leaving: !isOut)
                .filter { grid.usage[$0.node] == 0 && allows($0.node, anchor, m) }
                .sorted { ($0.cost, $0.node) < ($1.cost, $1.node) }
        }
        var best: Plan?
        // A few trunks at most, the straight ones first: the centre one nearly always takes every
        // branch. Beside the anchor (out of a side, along its row to a lane) when a symbol sits
        // right under it in its lane.
        for aside in [false, true] {
            if let best, best.routed == members.count { break }
            let starts = aside ? sideStarts(anchor, isOut: isOut) + (trunks.first.map { doglegStarts($0, anchor, s: s) } ?? [])
                               : trunks.prefix(4).map { Start(port: $0, elbow: nil, corner: nil) }
            for start in starts {
                let plan = self.plan(start, anchor: anchor, members: members, ports: memberPorts, s: s)
                if best == nil || plan.routed > best!.routed { best = plan }
                if plan.routed == members.count { break }
            }
        }
        guard let plan = best, plan.routed > 0 else { return members.map { _ in nil } }
        commit(plan, s: s)
        return plan.branches.map { branch in
            branch.map { b in
                var points = [plan.start.port.boundary]
                if let e = plan.start.elbow { points.append(grid.point(e)) }
                if let c = plan.start.corner { points.append(grid.point(c)) }
                if let j = b.junction { points += [grid.point(j), grid.point(b.corner)] }
                points += [grid.point(b.port.node), b.port.boundary]
                if !isOut { points.reverse() }
                let simplified = Self.simplified(points)
                // The label goes where the member's own leg leaves the trunk.
                let at = b.junction.flatMap { j in simplified.firstIndex(of: grid.point(j)) } ?? 0
                return FanRoute(route: Route(points: simplified, conflict: false), labelAt: isOut ? at : 0)
            }
        }
    }

    /// Where a trunk begins: at a port of the anchor, straight on, or at `corner`, reached along
    /// a row from a side port, or from `elbow` one track out of a top or bottom port.
    private struct Start {
        var port: Port
        var elbow: Int?
        var corner: Int?
    }

    /// Out of the centre port one track, then sideways: for an anchor with no side ports (a
    /// pentagon) and a symbol right under it.
    private func doglegStarts(_ port: Port, _ anchor: Int, s: Int) -> [Start] {
        let x0 = grid.xIndex(port.node), y = grid.yIndex(port.node) + s
        guard y >= 0, y < grid.ny else { return [] }
        let elbow = grid.node(x0, y)
        guard !grid.isBlocked(elbow), grid.usage[elbow] == 0, allows(elbow, anchor, anchor) else { return [] }
        return corners(from: x0, row: y, anchor: anchor, s: s).map { Start(port: port, elbow: elbow, corner: $0) }
    }

    /// Side starts: from the middle of each side along its row.
    private func sideStarts(_ anchor: Int, isOut: Bool) -> [Start] {
        let s = isOut ? 1 : -1
        return [Side.right, .left].flatMap { side -> [Start] in
            let ports = symbols[anchor].ports(side, grid: grid, leaving: isOut)
            guard let port = ports.min(by: { ($0.cost, $0.node) < ($1.cost, $1.node) }),
                  grid.usage[port.node] == 0, allows(port.node, anchor, anchor) else { return [] }
            let x0 = grid.xIndex(port.node)
            return corners(from: x0, row: grid.yIndex(port.node), anchor: anchor, s: s)
                .filter { (grid.xIndex($0) - x0) * (side == .right ? 1 : -1) > 0 }
                .map { Start(port: port, elbow: nil, corner: $0) }
        }
    }

    /// The free nodes a lead along `row` from column `x0` can turn at, best first: those whose
    /// vertical track runs furthest on (a lane, not the tracks under the next symbol), then the
    /// nearest. A few only.
    private func corners(from x0: Int, row y: Int, anchor: Int, s: Int) -> [Int] {
        var found: [(node: Int, run: Int, distance: Int)] = []
        for dx in [1, -1] {
            var x = x0 + dx
            while x >= 0, x < grid.nx {
                let n = grid.node(x, y)
                guard !grid.isBlocked(n), allows(n, anchor, anchor) else { break }
                if grid.usage[n] == 0 {
                    var run = 0
                    while y + (run + 1) * s >= 0, y + (run + 1) * s < grid.ny {
                        let m = grid.node(x, y + (run + 1) * s)
                        guard !grid.isBlocked(m), allows(m, anchor, anchor),
                              grid.usage[m] & (RoutingGrid.full | RoutingGrid.vertical) == 0 else { break }
                        run += 1
                    }
                    found.append((n, run, abs(x - x0)))
                }
                if grid.usage[n] & (RoutingGrid.full | RoutingGrid.horizontal) != 0 { break }
                x += dx
            }
        }
        return found.sorted { ($1.run, $0.distance, $0.node) < ($0.run, $1.distance, $1.node) }.prefix(4).map(\.node)
    }

    private struct Branch {
        /// Where the branch leaves the trunk (nil: the member lies on the trunk, straight on).
        var junction: Int?
        var corner: Int
        var port: Port
    }

    private struct Plan {
        var start: Start
        var branches: [Branch?]
        /// Usage the branches add, by node, before it is written into the grid.
        var pending: [Int: UInt8]
        /// The grid row the trunk reaches.
        var end: Int
        var routed: Int
    }

    private func plan(_ start: Start, anchor: Int, members: [Int], ports: [[Port]], s: Int) -> Plan {
        let top = start.corner ?? start.port.node
        let xi = grid.xIndex(top), y0 = grid.yIndex(top)
        // How far the trunk may run straight on from the port.
        var reach = y0
        while reach + s >= 0, reach + s < grid.ny {
            let n = grid.node(xi, reach + s)
            guard !grid.isBlocked(n), allows(n, anchor, anchor), grid.usage[n] & (RoutingGrid.full | RoutingGrid.vertical) == 0 else { break }
            reach += s
        }
        var plan = Plan(start: start, branches: [], pending: [:], end: y0, routed: 0)
        for (k, m) in members.enumerated() {
            var branch: Branch?
            for port in ports[k] where branch == nil {
                branch = self.branch(to: port, member: m, anchor: anchor, x: xi, from: y0, reach: reach, s: s, &plan.pending)
            }
            plan.branches.append(branch)
            guard let branch else { continue }
            plan.routed += 1
            let far = branch.junction.map { grid.yIndex($0) } ?? grid.yIndex(branch.port.node) - s
            if (far - plan.end) * s > 0 { plan.end = far }
        }
        return plan
    }

    /// A branch into `port` from trunk column `x`, junction one to three tracks before the port;
    /// records its usage in `pending` when it fits.
    private func branch(to port: Port, member: Int, anchor: Int, x xi: Int, from y0: Int, reach: Int, s: Int,
                        _ pending: inout [Int: UInt8]) -> Branch? {
        let px = grid.xIndex(port.node), py = grid.yIndex(port.node)
        func used(_ n: Int) -> UInt8 { grid.usage[n] | (pending[n] ?? 0) }
        guard used(port.node) == 0 else { return nil }
        if px == xi {
            // Straight on: the trunk itself runs into the port.
            guard (reach - (py - s)) * s >= 0, (py - s - y0) * s >= 0 else { return nil }
            pending[port.node] = RoutingGrid.full
            return Branch(junction: nil, corner: port.node, port: port)
        }
        let dx = px > xi ? 1 : -1
        for k in 1...3 {
            let yj = py - s * k
            guard (yj - y0) * s > 0, (reach - yj) * s >= 0 else { continue }
            let junction = grid.node(xi, yj), corner = grid.node(px, yj)
            guard used(junction) == 0, used(corner) == 0, !grid.isBlocked(corner), allows(corner, anchor, member) else { continue }
            var fits = true
            var x = xi + dx
            while x != px, fits {
                let n = grid.node(x, yj)
                fits = !grid.isBlocked(n) && allows(n, anchor, member) && used(n) & (RoutingGrid.full | RoutingGrid.horizontal) == 0
                x += dx
            }
            var y = yj + s
            while y != py, fits {
                let n = grid.node(px, y)
                fits = !grid.isBlocked(n) && allows(n, anchor, member) && used(n) & (RoutingGrid.full | RoutingGrid.vertical) == 0
                y += s
            }
            guard fits else { continue }
            pending[junction] = RoutingGrid.full
            pending[corner] = RoutingGrid.full
            pending[port.node] = RoutingGrid.full
            x = xi + dx
            while x != px { pending[grid.node(x, yj), default: 0] |= RoutingGrid.horizontal; x += dx }
            y = yj + s
            while y != py { pending[grid.node(px, y), default: 0] |= RoutingGrid.vertical; y += s }
            return Branch(junction: junction, corner: corner, port: port)
        }
        return nil
    }

    /// Writes the trunk and the branches into the grid, so later arrows keep clear of them.
    private mutating func commit(_ plan: Plan, s: Int) {
        let top = plan.start.corner ?? plan.start.port.node
        let xi = grid.xIndex(top)
        var y = grid.yIndex(top)
        grid.usage[plan.start.port.node] |= RoutingGrid.full
        if let elbow = plan.start.elbow { grid.usage[elbow] |= RoutingGrid.full }
        if let corner = plan.start.corner {
            // The lead along its row, then the turn into the trunk.
            let from = grid.xIndex(plan.start.elbow ?? plan.start.port.node), dx = xi > from ? 1 : -1
            var x = from + dx
            while x != xi { grid.usage[grid.node(x, y)] |= RoutingGrid.horizontal; x += dx }
            grid.usage[corner] |= RoutingGrid.full
        }
        while y != plan.end {
            y += s
            grid.usage[grid.node(xi, y)] |= RoutingGrid.vertical
        }
        for (node, bits) in plan.pending { grid.usage[node] |= bits }
    }

    /// Off-page connector ports are kept for their own arrows (as in `PathSearch`).
    private func allows(_ node: Int, _ a: Int, _ b: Int) -> Bool {
        let owner = search.reservedFor[node]
        return owner < 0 || owner == Int32(a) || owner == Int32(b)
    }
}
