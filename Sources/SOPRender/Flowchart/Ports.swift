/// Where an arrow may leave or enter a symbol: grid nodes just outside its outline, with the point
/// on the outline the short stub reaches and a preference cost (centre ports are cheapest).
struct Port: Sendable, Hashable {
    var node: Int
    /// Direction of travel on the stub: away from the symbol for a start, into it for a goal.
    var direction: Direction
    var boundary: Point
    var cost: Double
}

/// The four ways along the grid.
enum Direction: Int, Sendable, Hashable, CaseIterable {
    case right = 0, down, left, up

    var reversed: Direction { Direction(rawValue: (rawValue + 2) % 4)! }
    var isHorizontal: Bool { self == .right || self == .left }
    var usageBit: UInt8 { isHorizontal ? RoutingGrid.horizontal : RoutingGrid.vertical }
}

enum Side: Sendable, Hashable, CaseIterable {
    case top, bottom, left, right

    /// The direction pointing away from the symbol.
    var outward: Direction {
        switch self {
        case .top: .up
        case .bottom: .down
        case .left: .left
        case .right: .right
        }
    }
}

extension DiagramSymbol {
    /// How far from the centre of a side ports may sit, and what each millimetre off centre costs.
    private func portSpan(_ side: Side) -> (half: Double, costPerMM: Double)? {
        let w = rect.width / 2, h = rect.height / 2
        let vertical = side == .top || side == .bottom
        switch kind {
        // Off-centre costs more per millimetre than the detour it saves, so an arrow leaves and
        // enters at the middle of a side whenever that port is free.
        // Terminators and diamonds take arrows on their curves and slanted edges too, at a higher
        // price, so a symbol many arrows lead to still has a port for each.
        case .process, .pentagon: return vertical ? (w - Metrics.symbolClearance, 1.3) : (h - 1.0, 1.3)
        case .circle: return vertical ? (max(w - 2 * Metrics.symbolClearance, 0.5), 2.0) : (max(h - 2 * Metrics.symbolClearance, 0.5), 2.0)
        case .terminator: return vertical ? (w - Metrics.symbolClearance, 1.6) : (h - 1.5, 1.3)
        case .decision: return vertical ? (w - Metrics.symbolClearance, 2.0) : (h - 1.5, 2.0)
        case .connectorOut: return side == .top ? (max(w - 1.0, Metrics.trackSpacing), 1.3) : nil
        case .connectorIn: return side == .bottom ? (0.5, 0) : nil
        }
    }

    /// Ports on one side; `leaving` chooses the stub direction (outwards) or arriving (inwards).
    func ports(_ side: Side, grid: RoutingGrid, leaving: Bool, extraCost: Double = 0) -> [Port] {
        guard let span = portSpan(side) else { return [] }
        let c = center
        var out: [Port] = []
        let direction = leaving ? side.outward : side.outward.reversed
        switch side {
        case .top, .bottom:
            // The nearest track the symbol's own margin does not block (see RoutingGrid.block).
            let yi = side == .top ? RoutingGrid.last(in: grid.ys, before: rect.minY - RoutingGrid.margin)
                                  : RoutingGrid.first(in: grid.ys, after: rect.maxY + RoutingGrid.margin)
            guard let yi else { return [] }
            for xi in RoutingGrid.indices(in: grid.xs, c.x - span.half, c.x + span.half) {
                let x = grid.xs[xi]
                let boundary = side == .top ? top(atX: x) : bottom(atX: x)
                out.append(Port(node: grid.node(xi, yi), direction: direction, boundary: boundary,
                                cost: extraCost + span.costPerMM * abs(x - c.x)))
            }
        case .left, .right:
            let xi = side == .left ? RoutingGrid.last(in: grid.xs, before: rect.minX - RoutingGrid.margin)
                                   : RoutingGrid.first(in: grid.xs, after: rect.maxX + RoutingGrid.margin)
            guard let xi else { return [] }
            for yi in RoutingGrid.indices(in: grid.ys, c.y - span.half, c.y + span.half) {
                let y = grid.ys[yi]
                out.append(Port(node: grid.node(xi, yi), direction: direction,
                                boundary: self.side(atY: y, right: side == .right),
                                cost: extraCost + span.costPerMM * abs(y - c.y)))
            }
        }
        return out.filter { !grid.isBlocked($0.node) }
    }
}
