/// Splits the flowchart rows into pages. A row is never split; each page holds as many rows as
/// fit under its header, keeping room for the strips of off-page connectors. Deterministic: the
/// same heights and edges always give the same pages.
struct Paginator: Sendable {
    /// One sheet of the flowchart: rows `rows`, and whether the connector strips are drawn.
    struct Page: Sendable, Hashable {
        var rows: Range<Int>
        var hasTopStrip: Bool
        var hasBottomStrip: Bool
    }

    /// Height available for body rows (and strips) on one sheet.
    var available: Double
    var stripHeight: Double
    var rowsPerPage: Int?
    /// Rows the author starts a new page with (`halaman_baru`, a page connector).
    var breaks: Set<Int> = []
    /// Rows whose page needs a top / bottom strip for the author's page connectors.
    var topStripRows: Set<Int> = []
    var bottomStripRows: Set<Int> = []

    /// Pages for rows of the given heights. Strips are reserved where the flow crosses a break;
    /// since breaks move when strips are reserved, the reservation is refined until it is stable
    /// (it only ever grows, so this ends), then strips are kept only where connectors exist.
    func paginate(heights: [Double], edges: [FlowModel.Edge], fans: [Fan] = []) -> [Page] {
        guard !heights.isEmpty else { return [Page(rows: 0..<0, hasTopStrip: false, hasBottomStrip: false)] }
        var forcedTop = Set<Int>([]), forcedBottom = Set<Int>()
        var ranges = split(heights, forcedTop: forcedTop, forcedBottom: forcedBottom)
        for _ in 0..<6 {
            let needs = Self.strips(ranges, edges: edges, fans: fans)
            var missing = false
            for (p, need) in needs.enumerated() {
                if need.top, !reservesTop(p, forcedTop), !forcedTop.contains(p) { forcedTop.insert(p); missing = true }
                if need.bottom, !reservesBottom(p, ranges[p], heights.count, forcedBottom) { forcedBottom.insert(p); missing = true }
            }
            if !missing { break }
            ranges = split(heights, forcedTop: forcedTop, forcedBottom: forcedBottom)
        }
        let needs = Self.strips(ranges, edges: edges, fans: fans)
        return zip(ranges, needs).map { range, need in
            Page(rows: range, hasTopStrip: need.top || range.contains { topStripRows.contains($0) },
                 hasBottomStrip: need.bottom || range.contains { bottomStripRows.contains($0) })
        }
    }

    private func reservesTop(_ page: Int, _ forced: Set<Int>) -> Bool { page > 0 || forced.contains(page) }

    private func reservesBottom(_ page: Int, _ rows: Range<Int>, _ count: Int, _ forced: Set<Int>) -> Bool {
        rows.upperBound < count || forced.contains(page)
    }

    private func split(_ heights: [Double], forcedTop: Set<Int>, forcedBottom: Set<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < heights.count {
            let page = ranges.count
            var end = start
            if let fixed = rowsPerPage, fixed > 0 {
                end = min(start + fixed, heights.count)
                if let cut = breaks.filter({ $0 > start && $0 < end }).min() { end = cut }
            } else {
                var used = reservesTop(page, forcedTop) || topStripRows.contains(start) ? stripHeight : 0
                while end < heights.count {
                    if end > start, breaks.contains(end) { break }
                    let isLast = end + 1 == heights.count
                    let bottom = (!isLast || forcedBottom.contains(page) || bottomStripRows.contains(end)) ? stripHeight : 0
                    if end > start, used + heights[end] + bottom > available { break }
                    used += heights[end]
                    end += 1
                }
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// Which strips each page needs: a top strip where an arrow arrives from another page, a
    /// bottom strip where one leaves for another page.
    static func strips(_ ranges: [Range<Int>], edges: [FlowModel.Edge], fans: [Fan] = []) -> [(top: Bool, bottom: Bool)] {
        var pageOf: [Int] = []
        for (p, r) in ranges.enumerated() { pageOf.append(contentsOf: Array(repeating: p, count: r.count)) }
        var needs = Array(repeating: (top: false, bottom: false), count: ranges.count)
        for edge in edges where pageOf[edge.from] != pageOf[edge.to] {
            needs[pageOf[edge.from]].bottom = true
            needs[pageOf[edge.to]].top = true
        }
        // A fan's trunk goes from page to page through every page holding its far ends.
        for fan in fans {
            let pages = Set(fan.edges.flatMap { [pageOf[edges[$0].from], pageOf[edges[$0].to]] }).sorted()
            for p in pages.dropLast() { needs[p].bottom = true }
            for p in pages.dropFirst() { needs[p].top = true }
        }
        return needs
    }
}
