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
        // A few trunks at most: the centre one nearly always takes every branch.
        for trunk in trunks.prefix(4) {
            let plan = self.plan(trunk, anchor: anchor, members: members, ports: memberPorts, s: s)
            if best == nil || plan.routed > best!.routed { best = plan }
            if plan.routed == members.count { break }
        }
        guard let plan = best, plan.routed > 0 else { return members.map { _ in nil } }
        commit(plan, s: s)
        return plan.branches.map { branch in
            branch.map { b in
                var points = [plan.trunk.boundary]
                if let j = b.junction { points += [grid.point(j), grid.point(b.corner)] }
                points += [grid.point(b.port.node), b.port.boundary]
                if !isOut { points.reverse() }
                let simplified = Self.simplified(points)
                return FanRoute(route: Route(points: simplified, conflict: false), labelAt: isOut && b.junction != nil ? 1 : 0)
            }
        }
    }

    private struct Branch {
        /// Where the branch leaves the trunk (nil: the member lies on the trunk, straight on).
        var junction: Int?
        var corner: Int
        var port: Port
    }

    private struct Plan {
        var trunk: Port
        var branches: [Branch?]
        /// Usage the branches add, by node, before it is written into the grid.
        var pending: [Int: UInt8]
        /// The grid row the trunk reaches.
        var end: Int
        var routed: Int
    }

    private func plan(_ trunk: Port, anchor: Int, members: [Int], ports: [[Port]], s: Int) -> Plan {
        let xi = grid.xIndex(trunk.node), y0 = grid.yIndex(trunk.node)
        // How far the trunk may run straight on from the port.
        var reach = y0
        while reach + s >= 0, reach + s < grid.ny {
            let n = grid.node(xi, reach + s)
            guard !grid.isBlocked(n), allows(n, anchor, anchor), grid.usage[n] & (RoutingGrid.full | RoutingGrid.vertical) == 0 else { break }
            reach += s
        }
        var plan = Plan(trunk: trunk, branches: [], pending: [:], end: y0, routed: 0)
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
        let xi = grid.xIndex(plan.trunk.node)
        var y = grid.yIndex(plan.trunk.node)
        grid.usage[plan.trunk.node] |= RoutingGrid.full
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
