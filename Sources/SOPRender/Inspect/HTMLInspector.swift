/// Reads a document written by `HTMLRenderer` back into a `RenderedDocument`, using libxml2's
/// HTML parser and XPath: the structural tests check the drawing through this, never through the
/// renderer's internals.
public enum HTMLInspector {
    public static func parse(_ html: String) -> RenderedDocument? {
        guard let document = HTMLDocument(html: html) else { return nil }
        let body = document.nodes("//body").first
        var identity: [String: String] = [:]
        let idPage = "//section[contains(@class,'identitas-sop')]"
        for cell in document.nodes(idPage + "//td[@data-isian]") {
            identity[cell["data-isian"] ?? ""] = cell.text
        }
        let sections = document.nodes("//section[contains(concat(' ',@class,' '),' alur ')]")
        let pages = sections.indices.map { page(document, index: $0 + 1, number: Int(sections[$0]["data-halaman"] ?? "") ?? 0) }
        var result = RenderedDocument(
            declaredPageCount: Int(body?["data-jumlah-halaman"] ?? "") ?? 0,
            footers: document.nodes("//section/div[@class='kaki']").map(\.text),
            identity: identity,
            flowPages: pages)
        for label in document.nodes(idPage + "//*[@data-judul]") {
            result.identityLabels[label["data-judul"] ?? ""] = label.text
        }
        let lists = document.nodes(idPage + "//td[@data-isian]")
        for (cell, items) in zip(lists, document.nodes(idPage + "//td[@data-isian]", each: ".//li")) where !items.isEmpty {
            result.identityItems[cell["data-isian"] ?? ""] = items.map(\.text)
        }
        let signer = idPage + "//td[@data-isian='disahkan_oleh']/div"
        let parts = Dictionary(document.nodes(signer).map { ($0.classes.first ?? "", $0.text) }, uniquingKeysWith: { a, _ in a })
        result.approver = (parts["jabatan"] ?? "", parts["nama"] ?? "", parts["nip"].map { $0.hasPrefix("NIP. ") ? String($0.dropFirst(5)) : $0 })
        result.letterhead = document.nodes(idPage + "//*[contains(concat(' ',@class,' '),' kop-baris ')]").map(\.text)
        return result
    }

    private static func page(_ document: HTMLDocument, index: Int, number: Int) -> RenderedPage {
        let root = "(//section[contains(concat(' ',@class,' '),' alur ')])[\(index)]"
        func all(_ path: String) -> [HTMLNode] { document.nodes(root + path) }
        let svg = all("//*[local-name()='svg']").first
        let box = (svg?["viewbox"] ?? svg?["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        var page = RenderedPage(
            number: number,
            headerActors: all("//thead//th[contains(@class,'aktor')]").map { $0["data-pelaksana"] ?? "" },
            tableRows: all("//tbody/tr").map { $0["data-langkah"] ?? "" },
            headerCells: all("//thead//th").map(\.text),
            columns: all("//*[local-name()='g' and @class='lajur']").map {
                RenderedColumn(actorID: $0["data-pelaksana"] ?? "", x0: value($0, "data-x0"), x1: value($0, "data-x1"))
            },
            rows: all("//*[local-name()='g' and @class='baris']").map {
                RenderedRow(stepID: $0["data-langkah"], y0: value($0, "data-y0"), y1: value($0, "data-y1"))
            },
            symbols: all("//*[contains(concat(' ',@class,' '),' simbol ')]").map {
                RenderedSymbol(shape: $0.classes.subtracting(["simbol"]).first ?? "", stepID: $0["data-langkah"] ?? "",
                               rowID: $0["data-baris"] ?? "", actorID: $0["data-pelaksana"] ?? "", text: $0["data-teks"] ?? "",
                               rect: rect($0))
            },
            connectors: all("//*[contains(concat(' ',@class,' '),' konektor ')]").map {
                RenderedConnector(label: $0["data-label"] ?? "", isOutgoing: $0.classes.contains("konektor-keluar"),
                                  targetStepID: $0["data-langkah"] ?? "", rect: rect($0))
            },
            arrows: arrows(document, root),
            labels: all("//*[contains(@class,'label-cabang')]").map {
                RenderedLabel(from: $0["data-dari"] ?? "", to: $0["data-ke"] ?? "", text: $0.text)
            },
            joints: all("//*[local-name()='path' and @class='gabung']").compactMap { node in
                let p = path(node["d"] ?? "")
                return p.count == 2 ? Segment(p[0], p[1]) : nil
            },
            width: box.count == 4 ? box[2] : 0,
            height: box.count == 4 ? box[3] : 0)
        for cell in all("//thead//th[@data-kolom]") { page.headings[cell["data-kolom"] ?? ""] = cell.text }
        page.qualityOrder = all("//thead/tr[contains(@class,'kepala-2')]/th[@data-kolom]").map { $0["data-kolom"] ?? "" }
        page.headerActorLabels = all("//thead//th[contains(@class,'aktor')]").map(\.text)
        page.hasHeader = !all("//thead").isEmpty
        page.numberedColumns = !all("//thead/tr[contains(@class,'nomor-kolom')]").isEmpty
        let rows = all("//tbody/tr[contains(@class,'langkah')]")
        let requirementDivs = document.nodes(root + "//tbody/tr[contains(@class,'langkah')]", each: "td[contains(@class,'kelengkapan')]/div")
        let times = document.nodes(root + "//tbody/tr[contains(@class,'langkah')]", each: "td[contains(@class,'waktu')]")
        let cellsOf = document.nodes(root + "//tbody/tr[contains(@class,'langkah')]", each: "td")
        for (k, row) in rows.enumerated() {
            func cell(_ name: String) -> String { cellsOf[k].first { $0.classes.contains(name) }?.text ?? "" }
            page.cells.append(RenderedCells(rowID: row["data-langkah"] ?? "", number: cell("no"), activity: cell("kegiatan"),
                                            requirements: requirementDivs[k].map(\.text), time: times[k].first?.text,
                                            output: cell("output"), note: cell("keterangan")))
        }
        page.lines = document.nodes(root + "//*[contains(concat(' ',@class,' '),' garis ')]").map {
            RenderedArrow(from: $0["data-dari"] ?? "", to: $0["data-ke"] ?? "", label: nil, points: [], isConflict: false)
        }
        return page
    }

    private static func arrows(_ document: HTMLDocument, _ root: String) -> [RenderedArrow] {
        let groups = root + "//*[contains(concat(' ',@class,' '),' panah ')]"
        let heads = document.nodes(groups, each: "*[local-name()='path']")
        return zip(document.nodes(groups), heads).map { group, paths in
            RenderedArrow(from: group["data-dari"] ?? "", to: group["data-ke"] ?? "", label: group["data-label"],
                          points: path(paths.first?["d"] ?? ""), isConflict: group.classes.contains("bertabrakan"))
        }
    }

    private static func value(_ node: HTMLNode, _ attribute: String) -> Double { Double(node[attribute] ?? "") ?? .nan }

    private static func rect(_ node: HTMLNode) -> Rect {
        Rect(x: value(node, "data-x"), y: value(node, "data-y"), width: value(node, "data-w"), height: value(node, "data-h"))
    }

    /// Points of an SVG path made of absolute M and L commands, as the renderer writes them.
    static func path(_ d: String) -> [Point] {
        let numbers = d.split(whereSeparator: { $0 == " " || $0 == "M" || $0 == "L" || $0 == "," }).compactMap { Double($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { Point(x: numbers[$0], y: numbers[$0 + 1]) }
    }
}
