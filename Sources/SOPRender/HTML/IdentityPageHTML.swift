import SOPDSL

/// The identity page (Bagian Identitas) in the arrangement of PermenPAN-RB 35/2012 practice:
/// agency block on the left spanning the rows on the right, then three pairs of numbered lists.
struct IdentityPageHTML {
    var identity: Identity
    var layout: IdentityLayout
    var pageLabel: String

    func write(to html: inout HTMLWriter) {
        // Too long even in 7 pt: the section grows over two sheets instead of spilling out of one.
        html.open("section", [("class", layout.overflows ? "lembar identitas-sop panjang" : "lembar identitas-sop"), ("data-halaman", "1"),
                              ("style", "font-size: \(Format.number(layout.fontSize))pt")])
        html.open("table", [("class", "identitas")])
        html.open("colgroup")
        for w in [layout.leftWidth, layout.labelWidth, layout.valueWidth] { html.void("col", [("style", "width: \(Format.mm(w))")]) }
        html.close("colgroup")
        html.open("tbody")
        header(&html)
        pair(&html, "Dasar Hukum", identity.legalBasis.map(\.value), "Kualifikasi Pelaksana", identity.qualifications.map(\.value))
        pair(&html, "Keterkaitan", identity.relatedSOPs.map(\.title.value), "Peralatan/Perlengkapan", identity.equipment.map(\.value))
        pair(&html, "Peringatan", identity.warnings.map(\.value), "Pencatatan dan Pendataan", identity.records.map(\.value))
        html.close("tbody")
        html.close("table")
        html.element("div", [("class", "kaki")], text: pageLabel)
        html.close("section")
    }

    private func header(_ html: inout HTMLWriter) {
        let rows: [(String, String?)] = [
            ("Nomor SOP", identity.number.value),
            ("Tanggal Pembuatan", identity.createdOn?.printed),
            ("Tanggal Revisi", identity.revisedOn?.printed),
            (identity.effectiveLabel.printed, identity.effectiveOn?.printed),
        ]
        for (i, row) in rows.enumerated() {
            html.open("tr")
            if i == 0 { agencyCell(&html) }
            html.element("th", [], text: row.0)
            html.element("td", [("data-isian", Self.key(row.0))], text: row.1 ?? "")
            html.close("tr")
        }
        html.open("tr")
        html.element("th", [], text: "Disahkan oleh")
        html.open("td", [("class", "pengesah"), ("data-isian", "disahkan-oleh")])
        let approver = identity.approvedBy
        html.element("div", [("class", "jabatan")], text: approver?.position.value ?? "")
        html.empty("div", [("class", "ttd")])
        html.element("div", [("class", "nama")], text: approver?.name?.value ?? "")
        if let nip = approver?.nip?.value { html.element("div", [("class", "nip")], text: "NIP. " + nip) }
        html.close("td")
        html.close("tr")
        html.open("tr")
        html.element("th", [], text: "Nama SOP")
        html.element("td", [("class", "nama-sop"), ("data-isian", "nama-sop")], text: identity.name.value.uppercased())
        html.close("tr")
    }

    private func agencyCell(_ html: inout HTMLWriter) {
        html.open("td", [("class", "kop"), ("rowspan", "6")])
        html.empty("div", [("class", "logo"), ("title", "Tempat logo instansi")])
        html.element("div", [("class", "instansi")], text: identity.agency.value.uppercased())
        if let unit = identity.unit { html.element("div", [("class", "unit")], text: unit.value.uppercased()) }
        html.close("td")
    }

    private func pair(_ html: inout HTMLWriter, _ leftTitle: String, _ left: [String], _ rightTitle: String, _ right: [String]) {
        html.open("tr", [("class", "bagian")])
        section(&html, leftTitle, left, colspan: 1)
        section(&html, rightTitle, right, colspan: 2)
        html.close("tr")
    }

    private func section(_ html: inout HTMLWriter, _ title: String, _ items: [String], colspan: Int) {
        var attributes = [("data-isian", Self.key(title))]
        if colspan > 1 { attributes.append(("colspan", "\(colspan)")) }
        html.open("td", attributes)
        html.element("div", [("class", "judul-bagian")], text: title + ":")
        if items.isEmpty {
            html.element("div", [("class", "kosong")], text: "-")
        } else {
            html.open("ol", [("class", "butir")])
            for item in items { html.element("li", [], text: item) }
            html.close("ol")
        }
        html.close("td")
    }

    /// A stable attribute value for a field label: "Tanggal Pembuatan" -> "tanggal-pembuatan".
    static func key(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }
}
