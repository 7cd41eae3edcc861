/// A symbol placed on a page's drawing: a step's shape in one actor column, or an off-page connector.
struct DiagramSymbol: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case terminator
        case process = "proses"
        case decision = "keputusan"
        /// Pentagon in the bottom strip: the flow continues on a later (or earlier) page.
        case connectorOut = "konektor-keluar"
        /// Pentagon in the top strip: the flow arrives from another page.
        case connectorIn = "konektor-masuk"

        init(_ shape: SymbolShape) {
            switch shape {
            case .terminator: self = .terminator
            case .process: self = .process
            case .decision: self = .decision
            }
        }

        var isConnector: Bool { self == .connectorOut || self == .connectorIn }
    }

    var kind: Kind
    var rect: Rect
    /// The step's row (global index); for a connector, the target row.
    var row: Int
    var column: Int
    /// The connector's letter.
    var label: String?
    /// Vertical order on the page: -1 top strip, 0... rows, then the bottom strip.
    var position: Int

    var center: Point { rect.center }

    /// Where an arrow meets the outline when it arrives along x = `x` from above.
    func top(atX x: Double) -> Point { Point(x: x, y: edgeY(x, upper: true)) }
    func bottom(atX x: Double) -> Point { Point(x: x, y: edgeY(x, upper: false)) }
    /// Where an arrow meets the outline when it arrives along y = `y` from the side.
    func side(atY y: Double, right: Bool) -> Point { Point(x: edgeX(y, right: right), y: y) }

    private func edgeY(_ x: Double, upper: Bool) -> Double {
        let c = center, a = rect.width / 2, b = rect.height / 2, dx = min(abs(x - c.x), a)
        let sign = upper ? -1.0 : 1.0
        switch kind {
        case .process:
            return c.y + sign * b
        case .terminator:
            let flat = a - b
            guard dx > flat else { return c.y + sign * b }
            let d = dx - flat
            return c.y + sign * (b * b - d * d).squareRoot()
        case .decision:
            return c.y + sign * b * (1 - dx / a)
        case .connectorIn, .connectorOut:
            if upper { return rect.minY }
            let shoulder = rect.minY + rect.height * Self.shoulder
            return rect.maxY - (rect.maxY - shoulder) * dx / a
        }
    }

    private func edgeX(_ y: Double, right: Bool) -> Double {
        let c = center, a = rect.width / 2, b = rect.height / 2, dy = min(abs(y - c.y), b)
        let sign = right ? 1.0 : -1.0
        switch kind {
        case .process, .connectorIn, .connectorOut:
            return c.x + sign * a
        case .terminator:
            return c.x + sign * ((a - b) + (b * b - dy * dy).squareRoot())
        case .decision:
            return c.x + sign * a * (1 - dy / b)
        }
    }

    /// Fraction of a pentagon's height where its sides turn towards the point.
    static let shoulder = 0.55

    /// The outline as SVG polygon points (connectors and diamonds).
    var outline: [Point] {
        let r = rect, c = center
        switch kind {
        case .decision:
            return [Point(x: c.x, y: r.minY), Point(x: r.maxX, y: c.y), Point(x: c.x, y: r.maxY), Point(x: r.minX, y: c.y)]
        case .connectorIn, .connectorOut:
            let s = r.minY + r.height * Self.shoulder
            return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: s),
                    Point(x: c.x, y: r.maxY), Point(x: r.minX, y: s)]
        case .process, .terminator:
            return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY)]
        }
    }
}
