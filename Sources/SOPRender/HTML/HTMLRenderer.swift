import SOPDSL

/// The printed SOP as one self-contained HTML file: inline CSS and SVG, no scripts, no network.
/// Opens in any browser and prints as the signed document does: the identity page, then the
/// flowchart pages with their header repeated, "Halaman X dari Y" on each sheet.
public enum HTMLRenderer {
    /// The HTML of `sop` laid out for `options`.
    public static func render(_ sop: SOP, options: RenderOptions = RenderOptions()) -> String {
        renderReport(sop, options: options).html
    }

    /// The HTML and the warnings about it (a row taller than a page, a page over-full because of
    /// a fixed row count, an arrow that could not keep clear of the others), in Bahasa Indonesia.
    public static func renderReport(_ sop: SOP, options: RenderOptions = RenderOptions()) -> RenderReport {
        // One table per sub-procedure, each laid out on its own, behind one identity page.
        let tables = ProcedureView.tables(of: sop)
        let layouts = tables.map { DocumentLayout(sop: $0, options: options) }
        let layout = layouts[0]
        let total = layout.identity.pages + layouts.reduce(0) { $0 + $1.pages.count }
        var html = HTMLWriter()
        html.line("<!DOCTYPE html>")
        html.open("html", [("lang", "id")])
        html.open("head")
        html.line("<meta charset=\"utf-8\">")
        html.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.line("<meta name=\"generator\" content=\"sop cetak\">")
        html.element("title", [], text: "SOP \(sop.identity.number.value) - \(sop.identity.name.value)")
        html.open("style")
        html.line(Stylesheet.css(layout))
        html.close("style")
        html.close("head")
        html.open("body", [("data-kertas", options.paper.rawValue), ("data-orientasi", options.orientation.rawValue),
                           ("data-jumlah-halaman", "\(total)")])
        IdentityPageHTML(identity: sop.identity, layout: layout.identity,
                         pageLabel: "Halaman \(layout.identity.pages > 1 ? "1-\(layout.identity.pages)" : "1") dari \(total)",
                         wording: sop.layout, logo: LogoFile.dataURI(sop)).write(to: &html)
        var number = layout.identity.pages
        for (table, tableLayout) in zip(tables, layouts) {
            for p in tableLayout.pages.indices {
                number += 1
                FlowPageHTML(layout: tableLayout, sop: table, pageIndex: p, pageNumber: number, totalPages: total).write(to: &html)
            }
        }
        html.close("body")
        html.close("html")
        return RenderReport(html: html.output, warnings: layouts.flatMap(\.warnings))
    }
}

/// A rendered document and what the renderer warns about it.
public struct RenderReport: Sendable {
    public var html: String
    /// Messages in Bahasa Indonesia; empty when the layout kept every rule.
    public var warnings: [String]
}
