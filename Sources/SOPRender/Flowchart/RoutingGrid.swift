/// The tracks arrows may run on, for one page's drawing.
///
/// Vertical tracks: inside each column under the symbols (used where the column has no symbol in
/// a row, and as the ports on a symbol's top and bottom) and in lanes beside the symbols, kept
/// clear of the table's column rules. Horizontal tracks: through each row's symbol band (the
/// ports on a symbol's sides) and in channels above and below the symbols, kept clear of the
/// row rules. Nodes inside a symbol are blocked. Every node remembers which way arrows already
/// use it, so the router can let arrows cross at right angles but never run along each other.
struct RoutingGrid: Sendable {
    /// Usage bits of a node.
    static let horizontal: UInt8 = 1
    static let vertical: UInt8 = 2
    /// An arrow turns or ends here: nothing else may touch the node.
    static let full: UInt8 = 4

    /// One horizontal band of the drawing: a step row or a connector strip.
    struct Band: Sendable, Hashable {
        var top: Double
        var height: Double
        /// Height of the symbols centred in the band.
        var symbolHeight: Double

        var center: Double { top + height / 2 }
    }

    private(set) var xs: [Double] = []
    private(set) var ys: [Double] = []
    private(set) var blocked: [Bool] = []
    var usage: [UInt8] = []

    var nx: Int { xs.count }
    var ny: Int { ys.count }
    var nodeCount: Int { xs.count * ys.count }

    /// `extraX`: more vertical tracks, e.g. under the ports of a pentagon placed between the usual ones.
    init(columnCount: Int, columnWidth: Double, symbolWidth: Double, bands: [Band], obstacles: [Rect],
         extraX: [Double] = [], extraY: [Double] = [], spacing: Double = Metrics.trackSpacing) {
        xs = Self.unique((Self.xTracks(columnCount: columnCount, columnWidth: columnWidth, symbolWidth: symbolWidth, spacing: spacing) + extraX).sorted())
        for band in bands {
            let half = band.symbolHeight / 2
            ys += Self.tracks(center: band.center, halfSpan: half - 0.8, spacing: spacing)
            ys += Self.gapTracks(from: band.center - half, towards: band.top, spacing: spacing)
            ys += Self.gapTracks(from: band.center + half, towards: band.top + band.height, spacing: spacing)
        }
        ys = Self.unique((ys + extraY).sorted())
        blocked = Array(repeating: false, count: xs.count * ys.count)
        usage = Array(repeating: 0, count: xs.count * ys.count)
        for rect in obstacles { block(rect) }
    }

    /// The vertical tracks, left to right: under each column's symbols, and in the lanes beside them.
    static func xTracks(columnCount: Int, columnWidth: Double, symbolWidth: Double, spacing: Double = Metrics.trackSpacing) -> [Double] {
        var xs: [Double] = []
        for c in 0..<columnCount {
            let left = Double(c) * columnWidth, cx = left + columnWidth / 2
            xs += tracks(center: cx, halfSpan: symbolWidth / 2 - Metrics.symbolClearance, spacing: spacing)
            xs += gapTracks(from: cx - symbolWidth / 2, towards: left, spacing: spacing)
            xs += gapTracks(from: cx + symbolWidth / 2, towards: left + columnWidth, spacing: spacing)
        }
        return unique(xs.sorted())
    }

    @inline(__always) func node(_ xi: Int, _ yi: Int) -> Int { yi * xs.count + xi }
    @inline(__always) func xIndex(_ node: Int) -> Int { node % xs.count }
    @inline(__always) func yIndex(_ node: Int) -> Int { node / xs.count }
    func point(_ node: Int) -> Point { Point(x: xs[xIndex(node)], y: ys[yIndex(node)]) }
    func isBlocked(_ node: Int) -> Bool { blocked[node] }

    /// Index of the first track greater than `value`, or nil.
    static func first(in tracks: [Double], after value: Double) -> Int? {
        var lo = 0, hi = tracks.count
        while lo < hi { let mid = (lo + hi) / 2; if tracks[mid] > value + 1e-9 { hi = mid } else { lo = mid + 1 } }
        return lo < tracks.count ? lo : nil
    }

    /// Index of the last track less than `value`, or nil.
    static func last(in tracks: [Double], before value: Double) -> Int? {
        var lo = 0, hi = tracks.count
        while lo < hi { let mid = (lo + hi) / 2; if tracks[mid] < value - 1e-9 { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? lo - 1 : nil
    }

    /// Indices of the tracks within `lower...upper`.
    static func indices(in tracks: [Double], _ lower: Double, _ upper: Double) -> Range<Int> {
        let a = first(in: tracks, after: lower - 1e-6) ?? tracks.count
        let b = first(in: tracks, after: upper + 1e-6) ?? tracks.count
        return a..<max(a, b)
    }

    /// Marks a straight piece of line (a joint between the symbols of one step) as used.
    mutating func occupy(_ segment: Segment) {
        if segment.isHorizontal, let yi = ys.firstIndex(where: { abs($0 - segment.a.y) < 1e-6 }) {
            for xi in Self.indices(in: xs, min(segment.a.x, segment.b.x), max(segment.a.x, segment.b.x)) {
                usage[node(xi, yi)] |= Self.horizontal
            }
        }
    }

    /// Nodes this close around a symbol are blocked too: no arrow grazes an outline.
    static let margin = 0.4

    private mutating func block(_ rect: Rect) {
        let r = rect.inset(by: -Self.margin)
        for yi in Self.indices(in: ys, r.minY, r.maxY) {
            for xi in Self.indices(in: xs, r.minX, r.maxX) { blocked[node(xi, yi)] = true }
        }
    }

    /// Tracks at `center`, `center ± spacing`, ... within `halfSpan`.
    private static func tracks(center: Double, halfSpan: Double, spacing: Double) -> [Double] {
        guard halfSpan >= 0 else { return [center] }
        let k = Int((halfSpan + 1e-9) / spacing)
        return (-k...k).map { center + Double($0) * spacing }
    }

    /// Tracks from just outside a symbol edge at `edge` towards the rule at `rule`, at most four,
    /// none closer than the clearances to either.
    private static func gapTracks(from edge: Double, towards rule: Double, spacing: Double) -> [Double] {
        let direction = rule > edge ? 1.0 : -1.0
        var out: [Double] = []
        var t = edge + direction * Metrics.symbolClearance
        while out.count < 4, (rule - t) * direction >= Metrics.borderClearance - 1e-9 {
            out.append(t)
            t += direction * spacing
        }
        return out
    }

    private static func unique(_ sorted: [Double]) -> [Double] {
        var out: [Double] = []
        for v in sorted where out.last.map({ v - $0 > 0.3 }) ?? true { out.append(v) }
        return out
    }
}
