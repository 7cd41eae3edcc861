import SOPDSL

/// One flowchart sheet: the heading, the table with its two-row merged header, and the drawing
/// laid over the actor columns.
struct FlowPageHTML {
    var layout: DocumentLayout
    var sop: SOP
    var pageIndex: Int
    var pageNumber: Int
    var totalPages: Int

    private var page: Paginator.Page { layout.pages[pageIndex] }
    private var headings: ColumnHeadings { sop.layout.headings }
    private var showsHeader: Bool { pageIndex == 0 || sop.layout.repeatHeader }
    private var columns: ColumnLayout { layout.columns }

    func write(to html: inout HTMLWriter) {
        html.open("section", [("class", "lembar alur"), ("data-halaman", "\(pageNumber)")])
        html.element("div", [("class", "judul-alur")], text: DocumentLayout.title(sop))
        html.open("div", [("class", "bidang")])
        html.open("table", [("class", "alur")])
        html.open("colgroup")
        for w in columns.all { html.void("col", [("style", "width: \(Format.mm(w))")]) }
        html.close("colgroup")
        // A document that prints its header once (`ulangi_judul: tidak`) has none on later pages.
        if showsHeader { header(&html) }
        html.open("tbody")
        if page.hasTopStrip { strip(&html, "atas") }
        for r in page.rows { row(&html, r) }
        if page.hasBottomStrip { strip(&html, "bawah") }
        html.close("tbody")
        html.close("table")
        DiagramSVG(diagram: layout.diagrams[pageIndex], model: layout.model, sop: sop, left: columns.actorsLeft,
                   top: showsHeader ? Metrics.firstHeaderRow + layout.headerHeight + layout.numberRowHeight : 0).write(to: &html)
        html.close("div")
        html.element("div", [("class", "kaki")], text: "Halaman \(pageNumber) dari \(totalPages)")
        html.close("section")
    }

    /// The two-row header in the document's own words (`tampilan.judul_kolom`), its Mutu Baku
    /// columns in its order, and the "(1) ... (n)" row when it prints one.
    private func header(_ html: inout HTMLWriter) {
        html.open("thead")
        html.open("tr", [("class", "kepala-1"), ("style", "height: \(Format.mm(Metrics.firstHeaderRow))")])
        headerCell(&html, headings.number, width: columns.number, [("rowspan", "2"), ("data-kolom", "no")])
        headerCell(&html, headings.activity, width: columns.activity, [("rowspan", "2"), ("data-kolom", "kegiatan")])
        if let actors = headings.actors {
            html.element("th", [("colspan", "\(columns.actorCount)"), ("data-kolom", "pelaksana")], text: actors)
        } else {
            for column in layout.model.columns {
                headerCell(&html, column.label, width: columns.actor, [("rowspan", "2"), ("class", "aktor"), ("data-pelaksana", column.actorID)])
            }
        }
        if !columns.quality.isEmpty {
            html.element("th", [("colspan", "\(columns.quality.count)"), ("data-kolom", "mutu_baku")], text: headings.qualityStandard)
        }
        headerCell(&html, headings.note, width: columns.note, [("rowspan", "2"), ("data-kolom", "keterangan")])
        html.close("tr")
        html.open("tr", [("class", "kepala-2"), ("style", "height: \(Format.mm(layout.headerHeight))")])
        if headings.actors != nil {
            for column in layout.model.columns {
                headerCell(&html, column.label, width: columns.actor, [("class", "aktor"), ("data-pelaksana", column.actorID)])
            }
        }
        for column in columns.quality {
            headerCell(&html, headings.heading(of: column), width: columns.width(of: column), [("data-kolom", column.rawValue)])
        }
        html.close("tr")
        if sop.layout.numberedColumns {
            html.open("tr", [("class", "nomor-kolom"), ("style", "height: \(Format.mm(layout.numberRowHeight))")])
            let count = columns.all.count - (sop.layout.numberNoteColumn ? 0 : 1)
            for i in 0..<columns.all.count { html.element("th", [], text: i < count ? "(\(i + 1))" : "") }
            html.close("tr")
        }
        html.close("thead")
    }

    /// A header cell, in smaller type when its longest word would not fit the column.
    private func headerCell(_ html: inout HTMLWriter, _ text: String, width: Double, _ attributes: [(String, String)]) {
        var attributes = attributes
        let font = RowHeights.headerFont(text, width: ColumnLayout.textWidth(width))
        if font < Metrics.headerFont { attributes.append(("style", "font-size: \(Format.number(font))pt")) }
        html.element("th", attributes, text: text)
    }

    private func strip(_ html: inout HTMLWriter, _ position: String) {
        html.open("tr", [("class", "sambungan"), ("data-posisi", position), ("style", "height: \(Format.mm(RowHeights.stripHeight))")])
        for _ in 0..<(columns.all.count) { html.empty("td", [("class", "kosong")]) }
        html.close("tr")
    }

    private func row(_ html: inout HTMLWriter, _ r: Int) {
        let printed = layout.rows[r]
        html.open("tr", [("class", "langkah"), ("data-langkah", sop.rows[r].id), ("data-no", "\(sop.rows[r].number)"), ("style", "height: \(Format.mm(layout.heights[r]))")])
        html.element("td", [("class", "no")], text: printed.number)
        html.open("td", [("class", "kegiatan")], newline: false)
        html.text(printed.activity)
        if let question = printed.question { html.element("div", [("class", "pertanyaan")], text: question, newline: false) }
        html.close("td")
        for _ in 0..<columns.actorCount { html.empty("td", [("class", "lajur")]) }
        for column in columns.quality {
            switch column {
            case .requirements:
                html.open("td", [("class", "kelengkapan")], newline: false)
                for line in printed.requirementLines { html.element("div", [], text: line) }
                html.close("td")
            case .time: timeCell(&html, r)
            case .output: html.element("td", [("class", "output")], text: printed.output)
            }
        }
        html.element("td", [("class", "keterangan")], text: printed.note)
        html.close("tr")
    }

    /// The Waktu cell: merged over the rows a `waktu_sampai` covers, cut at the page's edges and
    /// repeated on each page so every sheet reads on its own.
    private func timeCell(_ html: inout HTMLWriter, _ r: Int) {
        if let s = layout.spanOfRow[r] {
            let span = layout.spans[s]
            let first = max(span.first, page.rows.lowerBound)
            guard r == first else { return }
            let last = min(span.last, page.rows.upperBound - 1)
            html.element("td", timeAttributes(span.text) + [("rowspan", "\(last - first + 1)")], text: span.text)
        } else {
            html.element("td", timeAttributes(layout.rows[r].time ?? ""), text: layout.rows[r].time ?? "")
        }
    }

    /// Smaller type when a word of the Waktu text would not fit the column whole.
    private func timeAttributes(_ text: String) -> [(String, String)] {
        let size = RowHeights.timeFont(text, width: ColumnLayout.textWidth(columns.time))
        return size < Metrics.bodyFont ? [("class", "waktu"), ("style", "font-size: \(Format.number(size))pt")] : [("class", "waktu")]
    }
}
