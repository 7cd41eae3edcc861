import SOPDSL

/// Estimated row heights: the tallest text cell, and never less than the drawing needs
/// (the symbol plus room for the horizontal legs of arrows above and below it).
struct RowHeights: Sendable {
    var columns: ColumnLayout
    var symbols: SymbolGeometry

    private var body: TextMetrics { TextMetrics(fontSize: Metrics.bodyFont) }

    /// Height of the text in a cell of the given column width, padding included.
    func textHeight(_ paragraphs: [String], columnWidth: Double) -> Double {
        let width = ColumnLayout.textWidth(columnWidth)
        let lines = paragraphs.isEmpty ? 1 : paragraphs.reduce(0) { $0 + body.lineCount($1, width: width) }
        return Double(lines) * Metrics.lineHeightMM(Metrics.bodyFont) + 2 * Metrics.cellPaddingY + Metrics.border
    }

    func textHeight(of row: PrintedRow) -> Double {
        var activity = [row.activity]
        if let q = row.question { activity.append(q) }
        return [
            textHeight(activity, columnWidth: columns.activity),
            columns.requirements > 0 ? textHeight(row.requirementLines, columnWidth: columns.requirements) : 0,
            columns.time > 0 ? timeHeight(row.time ?? "") : 0,
            columns.output > 0 ? textHeight([row.output], columnWidth: columns.output) : 0,
            textHeight([row.note], columnWidth: columns.note),
        ].max() ?? 0
    }

    /// Heights of all rows: text against the drawing's minimum, which depends on how many arrows
    /// leave the row downwards and arrive at the next row from above.
    func heights(rows: [PrintedRow], model: FlowModel) -> [Double] {
        let n = rows.count
        var outDown = Array(repeating: 0, count: n)
        var inFromAbove = Array(repeating: 0, count: n)
        for edge in model.edges where edge.to > edge.from && !edge.isLine {
            outDown[edge.from] += 1
            inFromAbove[edge.to] += 1
        }
        // Tracks each side of the rule between row k and k+1.
        func tracksPerSide(below k: Int) -> Int {
            guard k >= 0, k + 1 < n else { return 2 }
            let need = outDown[k] + inFromAbove[k + 1] + 1
            return (min(max(need, 4), 8) + 1) / 2
        }
        return (0..<n).map { k in
            let side = max(tracksPerSide(below: k - 1), tracksPerSide(below: k))
            let row = model.rows[k]
            let stacked = Double(row.stack) * symbols.height(of: row.tallest) + Double(row.stack - 1) * SymbolGeometry.stackGap
            let drawing = stacked + 2 * SymbolGeometry.gap(tracks: side)
            return max(textHeight(of: rows[k]), drawing)
        }
    }

    /// The Waktu cell never breaks a word ("Tentative", "menyesuaikan"): its type shrinks (down to
    /// 5 pt) until the longest word fits the narrow column, and the height is measured at that size.
    func timeHeight(_ text: String) -> Double {
        let size = Self.timeFont(text, width: ColumnLayout.textWidth(columns.time))
        let lines = TextMetrics(fontSize: size).lineCount(text, width: ColumnLayout.textWidth(columns.time))
        return Double(lines) * Metrics.lineHeightMM(size) + 2 * Metrics.cellPaddingY + Metrics.border
    }

    static func timeFont(_ text: String, width: Double) -> Double {
        let body = TextMetrics(fontSize: Metrics.bodyFont)
        let longest = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { body.width($0) }.max() ?? 0
        guard longest > width else { return Metrics.bodyFont }
        let scaled = Metrics.bodyFont * width / longest
        return max((scaled * 4).rounded(.down) / 4, 5)
    }

    /// Height of the strip row holding off-page connectors.
    static var stripHeight: Double { Metrics.connectorSize + 2 * SymbolGeometry.gap(tracks: 2) }

    /// Height of the header's second row (actor names, Kelengkapan, Waktu, Output).
    func headerHeight(actorLabels: [String], headings: ColumnHeadings = ColumnHeadings()) -> Double {
        let width = ColumnLayout.textWidth(columns.actor)
        var height = 0.0
        for (label, w) in columns.quality.map({ (headings.heading(of: $0), columns.width(of: $0)) }) {
            let textWidth = ColumnLayout.textWidth(w)
            height = max(height, Self.headerLines(label, width: textWidth, font: Self.headerFont(label, width: textWidth)))
        }
        for label in actorLabels {
            height = max(height, Self.headerLines(label, width: width, font: Self.headerFont(label, width: width)))
        }
        return max(height + 2 * Metrics.cellPaddingY + Metrics.border, 6)
    }

    private static func headerLines(_ text: String, width: Double, font: Double) -> Double {
        Double(TextMetrics(fontSize: font, bold: true).lineCount(text, width: width)) * Metrics.lineHeightMM(font)
    }

    /// Type size for a column header: the header size, smaller (down to 5.5 pt) when the longest
    /// word would not fit the narrow column and would be broken mid-word.
    static func headerFont(_ label: String, width: Double) -> Double {
        let bold = TextMetrics(fontSize: Metrics.headerFont, bold: true)
        let longest = label.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { bold.width($0) }.max() ?? 0
        guard longest > width else { return Metrics.headerFont }
        let scaled = Metrics.headerFont * width / longest
        return max((scaled * 4).rounded(.down) / 4, 5.5)
    }
}
