import SOPDSL

/// The drawing of one page as inline SVG, in millimetres, laid over the actor columns.
/// Every symbol, arrow and connector carries data attributes naming what it stands for, so tests
/// (and anyone reading the file) can check the drawing against the SOP.
struct DiagramSVG {
    var diagram: DiagramPage
    var model: FlowModel
    var sop: SOP
    /// Offset of the drawing from the table's top left corner.
    var left: Double
    var top: Double

    private static let arrowLength = 1.8
    private static let arrowHalfWidth = 0.6

    func write(to html: inout HTMLWriter) {
        let n = Format.number
        html.open("svg", [
            ("class", "diagram"), ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(n(diagram.width)) \(n(diagram.height))"),
            ("width", Format.mm(diagram.width)), ("height", Format.mm(diagram.height)),
            ("style", "left: \(Format.mm(left)); top: \(Format.mm(top))"),
        ])
        layoutMarkers(&html)
        html.open("g", [("class", "panah-panah"), ("fill", "none"), ("stroke", "#000"), ("stroke-width", n(Metrics.stroke))])
        for joint in diagram.joints {
            html.empty("path", [("class", "gabung"), ("d", Self.path([joint.a, joint.b]))])
        }
        for arrow in diagram.arrows { self.arrow(&html, arrow) }
        html.close("g")
        html.open("g", [("class", "simbol-simbol"), ("fill", "#fff"), ("stroke", "#000"), ("stroke-width", n(Metrics.stroke))])
        for symbol in diagram.symbols { self.symbol(&html, symbol) }
        html.close("g")
        labels(&html)
        html.close("svg")
    }

    /// Invisible groups recording where each column and row lies in the drawing.
    private func layoutMarkers(_ html: inout HTMLWriter) {
        let n = Format.number
        for (c, column) in model.columns.enumerated() {
            let x0 = Double(c) * diagram.columnWidth
            html.empty("g", [("class", "lajur"), ("data-pelaksana", column.actorID), ("data-kolom", "\(c + 1)"),
                             ("data-x0", n(x0)), ("data-x1", n(x0 + diagram.columnWidth))])
        }
        for band in diagram.bands {
            var attributes: [(String, String)] = [("class", "baris")]
            switch band.kind {
            case .step(let r): attributes += [("data-langkah", sop.rows[r].id), ("data-no", "\(sop.rows[r].number)")]
            case .topStrip: attributes += [("data-sambungan", "atas")]
            case .bottomStrip: attributes += [("data-sambungan", "bawah")]
            }
            attributes += [("data-y0", n(band.top)), ("data-y1", n(band.top + band.height))]
            html.empty("g", attributes)
        }
    }

    private func arrow(_ html: inout HTMLWriter, _ arrow: DiagramPage.Arrow) {
        let kind = arrow.isLine ? "garis" : "panah"
        var attributes: [(String, String)] = [("class", arrow.route.conflict ? "\(kind) bertabrakan" : kind),
                                              ("data-dari", end(arrow.from)), ("data-ke", end(arrow.to))]
        if let label = arrow.label { attributes.append(("data-label", label)) }
        html.open("g", attributes, newline: false)
        let points = arrow.route.points
        html.empty("path", [("d", Self.path(points))])
        if points.count >= 2, !arrow.isLine {
            html.empty("polygon", [("class", "ujung"), ("fill", "#000"), ("stroke", "none"),
                                   ("points", Self.points(Self.head(from: points[points.count - 2], to: points[points.count - 1])))])
        }
        html.close("g")
    }

    private func end(_ end: DiagramPage.Arrow.End) -> String {
        switch end {
        case .step(let s): model.symbols[s].nodeID
        case .connector(let label): "konektor:" + label
        }
    }

    private func symbol(_ html: inout HTMLWriter, _ symbol: DiagramSymbol) {
        let n = Format.number, r = symbol.rect
        var attributes: [(String, String)] = [("class", "simbol \(symbol.kind.rawValue)")]
        let node = model.symbols[symbol.node]
        if symbol.kind.isConnector {
            attributes = [("class", "konektor \(symbol.kind.rawValue)"), ("data-label", symbol.label ?? ""),
                          ("data-langkah", node.nodeID)]
        } else {
            attributes += [("data-langkah", node.nodeID), ("data-baris", sop.rows[symbol.row].id),
                           ("data-no", "\(sop.rows[symbol.row].number)"),
                           ("data-pelaksana", symbol.lanes.map { model.columns[$0].actorID }.joined(separator: "+")),
                           ("data-teks", node.text ?? "")]
        }
        attributes += [("data-x", n(r.x)), ("data-y", n(r.y)), ("data-w", n(r.width)), ("data-h", n(r.height))]
        html.open("g", attributes, newline: false)
        switch symbol.kind {
        case .process:
            html.empty("rect", [("x", n(r.x)), ("y", n(r.y)), ("width", n(r.width)), ("height", n(r.height))])
        case .terminator:
            html.empty("rect", [("x", n(r.x)), ("y", n(r.y)), ("width", n(r.width)), ("height", n(r.height)),
                                ("rx", n(r.height / 2)), ("ry", n(r.height / 2))])
        case .decision, .connectorIn, .connectorOut, .pentagon:
            html.empty("polygon", [("points", Self.points(symbol.outline))])
        case .circle:
            html.empty("ellipse", [("cx", n(r.center.x)), ("cy", n(r.center.y)), ("rx", n(r.width / 2)), ("ry", n(r.height / 2))])
        }
        if !symbol.kind.isConnector, let text = node.text, !text.isEmpty { inside(&html, text, symbol) }
        if symbol.kind.isConnector, let label = symbol.label, sop.layout.offPageLabels == .letters {
            let size = min(3.0, r.width * 0.55)
            html.element("text", [("x", n(r.center.x)), ("y", n(r.minY + r.height * 0.42 + size * 0.36)),
                                  ("font-size", n(size)), ("text-anchor", "middle"), ("fill", "#000"), ("stroke", "none"),
                                  ("font-family", "Arial, Liberation Sans, sans-serif"), ("font-weight", "bold")], text: label)
        }
        html.close("g")
    }

    /// The author's text inside a symbol ("Langsung ke Kantor", "R/T", a connector's letter),
    /// wrapped to the symbol and shrunk (down to 4 pt) until it fits.
    private func inside(_ html: inout HTMLWriter, _ text: String, _ symbol: DiagramSymbol) {
        let n = Format.number, r = symbol.rect
        let room = symbol.kind == .decision ? r.width * 0.62 : r.width - 1.2
        var size = 7.0
        var lines = SymbolText.lines(text, width: room, fontSize: size)
        while size > 4, Double(lines.count) * Metrics.lineHeightMM(size) > r.height * (symbol.kind == .decision ? 0.6 : 0.9) {
            size -= 0.5
            lines = SymbolText.lines(text, width: room, fontSize: size)
        }
        let line = Metrics.lineHeightMM(size)
        let first = r.center.y - line * Double(lines.count - 1) / 2 + size * 0.3528 * 0.35
        html.open("text", [("class", "teks-simbol"), ("x", n(r.center.x)), ("y", n(first)), ("font-size", n(size * 0.3528)),
                           ("text-anchor", "middle"), ("fill", "#000"), ("stroke", "none"),
                           ("font-family", "Arial, Liberation Sans, sans-serif")], newline: false)
        for (i, part) in lines.enumerated() {
            html.element("tspan", [("x", n(r.center.x)), ("dy", i == 0 ? "0" : n(line))], text: part, newline: false)
        }
        html.close("text")
    }

    /// Exit labels next to where each labelled arrow leaves its diamond, over a white halo.
    private func labels(_ html: inout HTMLWriter) {
        var placer = LabelPlacer(diagram: diagram)
        let placements = placer.placeAll()
        guard !placements.isEmpty else { return }
        let n = Format.number
        html.open("g", [("class", "label-label"), ("font-size", n(LabelPlacer.fontSize)), ("font-family", "Arial, Liberation Sans, sans-serif"),
                        ("fill", "#000"), ("stroke", "#fff"), ("stroke-width", "0.6"), ("paint-order", "stroke")])
        for (i, arrow) in diagram.arrows.enumerated() {
            guard let p = placements[i] else { continue }
            html.element("text", [("class", "label-cabang"), ("data-dari", end(arrow.from)), ("data-ke", end(arrow.to)),
                                  ("x", n(p.x)), ("y", n(p.y)), ("text-anchor", p.anchorsAtStart ? "start" : "end")], text: arrow.label ?? "")
        }
        html.close("g")
    }

    static func path(_ points: [Point]) -> String {
        points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(Format.number(p.x)) \(Format.number(p.y))" }.joined(separator: " ")
    }

    static func points(_ points: [Point]) -> String {
        points.map { "\(Format.number($0.x)),\(Format.number($0.y))" }.joined(separator: " ")
    }

    /// The arrowhead: a small triangle with its tip on the target's outline.
    static func head(from a: Point, to b: Point) -> [Point] {
        let dx = b.x - a.x, dy = b.y - a.y, length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
        let ux = dx / length, uy = dy / length
        let back = Point(x: b.x - ux * arrowLength, y: b.y - uy * arrowLength)
        return [b, Point(x: back.x - uy * arrowHalfWidth, y: back.y + ux * arrowHalfWidth),
                Point(x: back.x + uy * arrowHalfWidth, y: back.y - ux * arrowHalfWidth)]
    }
}
