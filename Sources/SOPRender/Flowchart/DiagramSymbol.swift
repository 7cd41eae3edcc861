import SOPDSL

/// A symbol placed on a page's drawing: one the author drew in a row's lane(s), or an off-page
/// connector the printer adds where the flow crosses a page break.
struct DiagramSymbol: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case terminator
        case process = "proses"
        case decision = "keputusan"
        /// The author's on-page connector (circle).
        case circle = "penghubung"
        /// The author's off-page connector (pentagon) drawn in a row.
        case pentagon = "penghubung_halaman"
        /// Pentagon in the bottom strip: the flow continues on a later (or earlier) page.
        case connectorOut = "konektor-keluar"
        /// Pentagon in the top strip: the flow arrives from another page.
        case connectorIn = "konektor-masuk"

        init(_ shape: SymbolShape) {
            switch shape {
            case .terminator: self = .terminator
            case .process: self = .process
            case .decision: self = .decision
            case .connector: self = .circle
            case .offPageConnector: self = .pentagon
            }
        }

        /// The printer's own strip connectors.
        var isConnector: Bool { self == .connectorOut || self == .connectorIn }
    }

    var kind: Kind
    var rect: Rect
    /// The symbol's row (global index); for a strip connector, the target's row.
    var row: Int
    /// The model symbol it draws; for a strip connector, the symbol the flow continues at.
    var node: Int
    var column: Int
    /// The lanes this piece is drawn over (one, or neighbouring lanes it straddles).
    var lanes: [Int] = []
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
        case .process, .pentagon:
            return c.y + sign * b
        case .circle:
            return c.y + sign * (b * b - dx * dx * b * b / max(a * a, 1e-9)).squareRoot()
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
        case .process, .connectorIn, .connectorOut, .pentagon:
            return c.x + sign * a
        case .circle:
            return c.x + sign * (a * a - dy * dy * a * a / max(b * b, 1e-9)).squareRoot()
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
        case .connectorIn, .connectorOut, .pentagon:
            let s = r.minY + r.height * Self.shoulder
            return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: s),
                    Point(x: c.x, y: r.maxY), Point(x: r.minX, y: s)]
        case .process, .terminator, .circle:
            return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY)]
        }
    }
}
