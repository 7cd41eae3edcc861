/// Where a decision exit's label goes: beside the arrow where it leaves the diamond, at the first
/// of a few candidate spots that covers the least (symbols and other labels worst, then arrows,
/// then table rules).
struct LabelPlacer {
    struct Placement: Sendable, Hashable {
        var x: Double
        /// Baseline.
        var y: Double
        var anchorsAtStart: Bool
    }

    static let fontSize = 2.2     // mm in the drawing
    private static let metrics = TextMetrics(fontSize: fontSize / Metrics.pointInMM)

    let diagram: DiagramPage
    private var placed: [Rect] = []

    init(diagram: DiagramPage) { self.diagram = diagram }

    /// Placements for the labelled arrows, by index into `diagram.arrows`.
    mutating func placeAll() -> [Int: Placement] {
        var out: [Int: Placement] = [:]
        for (i, arrow) in diagram.arrows.enumerated() {
            guard let label = arrow.label, arrow.route.points.count >= 2 else { continue }
            let width = Self.metrics.width(label)
            let start = min(max(arrow.labelAt, 0), arrow.route.points.count - 2)
            let candidates = Self.candidates(Array(arrow.route.points[start...]))
            let scored = candidates.map { ($0, cost(rect($0, width: width))) }
            guard let best = scored.min(by: { $0.1 < $1.1 }) else { continue }
            placed.append(rect(best.0, width: width))
            out[i] = best.0
        }
        return out
    }

    private func rect(_ p: Placement, width: Double) -> Rect {
        let top = p.y - 0.78 * Self.fontSize, bottom = p.y + 0.22 * Self.fontSize
        return Rect(x: p.anchorsAtStart ? p.x : p.x - width, y: top, width: width, height: bottom - top)
    }

    private static func candidates(_ points: [Point]) -> [Placement] {
        let a = points[0], b = points[1], f = fontSize
        var out: [Placement] = []
        if abs(a.x - b.x) < 1e-6 {
            let down = b.y > a.y
            for dy in [0.6, 3.2] {
                let y = down ? a.y + 0.78 * f + dy : a.y - dy - 0.22 * f
                out += [Placement(x: a.x + 0.7, y: y, anchorsAtStart: true), Placement(x: a.x - 0.7, y: y, anchorsAtStart: false)]
            }
        } else {
            let right = b.x > a.x
            let x = right ? a.x + 0.8 : a.x - 0.8
            out += [Placement(x: x, y: a.y - 0.6, anchorsAtStart: right),
                    Placement(x: x, y: a.y + 0.78 * f + 0.6, anchorsAtStart: right)]
            if points.count >= 3 {
                // Beside the leg that follows the turn.
                let c = points[2], down = c.y > b.y
                let y = down ? b.y + 0.78 * f + 1.2 : b.y - 1.2
                out += [Placement(x: b.x + 0.7, y: y, anchorsAtStart: true), Placement(x: b.x - 0.7, y: y, anchorsAtStart: false)]
            }
        }
        return out
    }

    private func cost(_ r: Rect) -> Double {
        var total = 0.0
        for symbol in diagram.symbols where Self.intersects(r, symbol.rect) { total += 2 }
        for other in placed where Self.intersects(r, other) { total += 2 }
        for arrow in diagram.arrows {
            for (p, q) in zip(arrow.route.points, arrow.route.points.dropFirst()) where Segment(p, q).crosses(r) { total += 1 }
        }
        for joint in diagram.joints where joint.crosses(r) { total += 1 }
        for k in 1..<max(diagram.columnCount, 1) {
            let x = Double(k) * diagram.columnWidth
            if r.minX < x, r.maxX > x { total += 0.5 }
        }
        for band in diagram.bands.dropFirst() where r.minY < band.top && r.maxY > band.top { total += 0.5 }
        if r.minX < 0 || r.maxX > diagram.width || r.minY < 0 || r.maxY > diagram.height { total += 3 }
        return total
    }

    private static func intersects(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY
    }
}
