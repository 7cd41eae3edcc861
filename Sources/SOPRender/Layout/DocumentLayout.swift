import SOPDSL

/// Everything measured and decided before any HTML is written: columns, row heights, pages,
/// connectors and the drawing of each page. The HTML writer only prints what this says.
struct DocumentLayout: Sendable {
    var sheet: SheetGeometry
    var columns: ColumnLayout
    var symbols: SymbolGeometry
    var model: FlowModel
    var rows: [PrintedRow]
    var spans: [TimeSpanCell]
    /// For each row, the index of the merged Waktu cell it lies in.
    var spanOfRow: [Int?]
    var heights: [Double]
    var titleHeight: Double
    var headerHeight: Double
    /// The "(1) (2) ... (n)" row under the header (`tampilan.nomor_kolom`), else 0.
    var numberRowHeight: Double
    var pages: [Paginator.Page]
    var connectors: [OffPageConnector]
    var fans: [Fan]
    var diagrams: [DiagramPage]
    var identity: IdentityLayout
    var warnings: [String]

    init(sop: SOP, options: RenderOptions) {
        sheet = SheetGeometry(options: options)
        model = FlowModel(sop)
        // The table's outer rules stick out by half their width on each side.
        columns = ColumnLayout(contentWidth: sheet.contentWidth - Metrics.border, actorCount: model.columns.count,
                               quality: sop.layout.qualityColumns)
        symbols = SymbolGeometry(columnWidth: columns.actor)
        spans = TimeSpanCell.spans(of: sop)
        rows = PrintedRow.rows(of: sop, spans: spans)
        spanOfRow = Array(repeating: nil, count: sop.rows.count)
        for (s, span) in spans.enumerated() { for r in span.first...span.last { spanOfRow[r] = s } }
        let estimate = RowHeights(columns: columns, symbols: symbols)
        heights = estimate.heights(rows: rows, model: model)
        headerHeight = estimate.headerHeight(actorLabels: model.columns.map(\.label), headings: sop.layout.headings)
        numberRowHeight = sop.layout.numberedColumns ? Metrics.numberRowHeight : 0
        titleHeight = Self.titleHeight(Self.title(sop), width: sheet.contentWidth)
        identity = IdentityLayout(identity: sop.identity, sheet: sheet)

        let available = sheet.usableHeight - titleHeight - Metrics.firstHeaderRow - headerHeight - numberRowHeight - Metrics.footerHeight
        let author = model.authorBreaks
        let breaks = Set(sop.rows.indices.filter { sop.rows[$0].pageBreakBefore && $0 > 0 })
            .union(author.after.map { $0 + 1 }.filter { $0 < sop.rows.count }).union(author.before.filter { $0 > 0 })
        let paginator = Paginator(available: available, stripHeight: RowHeights.stripHeight, rowsPerPage: options.rowsPerPage,
                                  breaks: breaks, topStripRows: author.before, bottomStripRows: author.after)
        fans = Fan.fans(of: model)
        pages = paginator.paginate(heights: heights, edges: model.edges, fans: fans)
        connectors = OffPageConnectors.assign(pages: pages, edges: model.edges, fans: fans)
        diagrams = []
        warnings = []
        diagrams = buildDiagrams()
        warnings = checks(available: available, sop: sop)
    }

    /// The heading printed above the flowchart on every page; a sub-procedure's table adds its title.
    static func title(_ sop: SOP) -> String {
        let name = sop.identity.name.value.uppercased()
        guard sop.procedures.count == 1, let title = sop.procedures[0].title?.value else { return name }
        return name + " — " + title
    }

    static func titleHeight(_ title: String, width: Double) -> Double {
        let lines = TextMetrics(fontSize: Metrics.titleFont, bold: true).lineCount(title, width: width)
        return Double(lines) * Metrics.lineHeightMM(Metrics.titleFont) + Metrics.titleGap
    }

    /// Total pages: the identity page(s) first, then the flowchart pages.
    var pageCount: Int { identity.pages + pages.count }

    private func buildDiagrams() -> [DiagramPage] {
        var pageOf: [Int] = []
        for (p, page) in pages.enumerated() { pageOf.append(contentsOf: Array(repeating: p, count: page.rows.count)) }
        var local = Array(repeating: [Int](), count: pages.count)
        for (i, edge) in model.edges.enumerated() where pageOf[edge.from] == pageOf[edge.to] { local[pageOf[edge.from]].append(i) }
        var incoming = Array(repeating: [OffPageConnector](), count: pages.count)
        var outgoing = Array(repeating: [OffPageConnector](), count: pages.count)
        for connector in connectors {
            incoming[connector.targetPage].append(connector)
            outgoing[connector.sourcePage].append(connector)
        }
        let builder = DiagramBuilder(model: model, heights: heights, columnWidth: columns.actor, symbolSize: symbols,
                                     stripHeight: RowHeights.stripHeight, fans: FanSet(fans))
        return pages.indices.map { p in
            builder.build(page: pages[p], edges: local[p], incoming: incoming[p], outgoing: outgoing[p])
        }
    }

    /// What the printed result may get wrong, in words for the user.
    private func checks(available: Double, sop: SOP) -> [String] {
        var out: [String] = []
        for (p, page) in pages.enumerated() {
            let used = page.rows.reduce(0) { $0 + heights[$1] }
                + (page.hasTopStrip ? RowHeights.stripHeight : 0) + (page.hasBottomStrip ? RowHeights.stripHeight : 0)
            if used > available + 0.01 {
                let why = page.rows.count == 1 ? "baris \(page.rows.lowerBound + 1) lebih tinggi dari satu halaman"
                    : "terlalu banyak baris (kurangi --baris-per-halaman)"
                out.append("halaman \(identity.pages + p + 1) diperkirakan melebihi tinggi kertas: \(why)")
            }
        }
        for diagram in diagrams {
            for arrow in diagram.conflicts {
                out.append("panah \(name(arrow.from, sop)) -> \(name(arrow.to, sop)) tidak dapat digambar tanpa bersinggungan dengan panah lain")
            }
        }
        if identity.overflows {
            out.append("halaman identitas diperkirakan tidak muat dalam satu halaman; isinya berlanjut ke halaman berikutnya")
        }
        return out
    }

    private func name(_ end: DiagramPage.Arrow.End, _ sop: SOP) -> String {
        switch end {
        case .step(let s): "'\(model.symbols[s].nodeID)'"
        case .connector(let label): "konektor \(label)"
        }
    }
}
