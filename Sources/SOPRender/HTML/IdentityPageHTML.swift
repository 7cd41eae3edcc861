import SOPDSL

/// The identity page (Bagian Identitas) in the arrangement of PermenPAN-RB 35/2012 practice:
/// agency block on the left spanning the rows on the right, then three pairs of numbered lists.
struct IdentityPageHTML {
    var identity: Identity
    var layout: IdentityLayout
    var pageLabel: String
    /// The document's own wording (`tampilan.judul_identitas`).
    var wording: Layout = Layout()
    /// The logo as a data URI, when the SOP names one.
    var logo: String? = nil

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
        pair(&html, "dasar_hukum", identity.legalBasis.map(\.value), "kualifikasi_pelaksana", identity.qualifications.map(\.value))
        pair(&html, "keterkaitan", identity.relatedSOPs.map(\.title.value), "peralatan", identity.equipment.map(\.value))
        pair(&html, "peringatan", identity.warnings.map(\.value), "pencatatan", identity.records.map(\.value))
        html.close("tbody")
        html.close("table")
        html.element("div", [("class", "kaki")], text: pageLabel)
        html.close("section")
    }

    /// The label this document prints for an identity key.
    private func label(_ key: String) -> String {
        let fallback = key == "tanggal_efektif" ? identity.effectiveLabel.printed
            : Layout.identityDefaults.first { $0.key == key }?.label ?? key
        return wording.identityHeading(key, default: fallback)
    }

    private func header(_ html: inout HTMLWriter) {
        let rows: [(String, String?)] = [
            ("nomor", identity.number.value),
            ("tanggal_pembuatan", identity.createdOn?.printed),
            ("tanggal_revisi", identity.revisedOn?.printed),
            ("tanggal_efektif", identity.effectiveOn?.printed),
        ]
        for (i, row) in rows.enumerated() {
            html.open("tr")
            if i == 0 { agencyCell(&html) }
            html.element("th", [("data-judul", row.0)], text: label(row.0))
            html.element("td", [("data-isian", row.0)], text: row.1 ?? "")
            html.close("tr")
        }
        html.open("tr")
        html.element("th", [("data-judul", "disahkan_oleh")], text: label("disahkan_oleh"))
        html.open("td", [("class", "pengesah"), ("data-isian", "disahkan_oleh")])
        let approver = identity.approvedBy
        html.element("div", [("class", "jabatan")], text: approver?.position.value ?? "")
        html.empty("div", [("class", "ttd")])
        html.element("div", [("class", "nama")], text: approver?.name?.value ?? "")
        if let nip = approver?.nip?.value { html.element("div", [("class", "nip")], text: "NIP. " + nip) }
        html.close("td")
        html.close("tr")
        html.open("tr")
        html.element("th", [("data-judul", "nama")], text: label("nama"))
        // Printed as written: a document that prints its title in capitals writes it so.
        html.element("td", [("class", "nama-sop"), ("data-isian", "nama")], text: identity.name.value)
        html.close("tr")
    }

    /// The letterhead: the logo, then `kop` line by line (default: the agency and the unit).
    private func agencyCell(_ html: inout HTMLWriter) {
        html.open("td", [("class", "kop"), ("rowspan", "6")])
        if let logo {
            html.void("img", [("class", "logo"), ("src", logo), ("alt", "Logo")])
        } else {
            html.empty("div", [("class", "logo"), ("title", "Tempat logo instansi")])
        }
        if identity.letterhead.isEmpty {
            html.element("div", [("class", "instansi kop-baris")], text: identity.agency.value.uppercased())
            if let unit = identity.unit { html.element("div", [("class", "unit kop-baris")], text: unit.value.uppercased()) }
        } else {
            for (i, line) in identity.letterhead.enumerated() {
                html.element("div", [("class", i == 0 ? "instansi kop-baris" : "unit kop-baris")], text: line.value)
            }
        }
        html.close("td")
    }

    private func pair(_ html: inout HTMLWriter, _ leftTitle: String, _ left: [String], _ rightTitle: String, _ right: [String]) {
        html.open("tr", [("class", "bagian")])
        section(&html, leftTitle, left, colspan: 1)
        section(&html, rightTitle, right, colspan: 2)
        html.close("tr")
    }

    private func section(_ html: inout HTMLWriter, _ key: String, _ items: [String], colspan: Int) {
        var attributes = [("data-isian", key)]
        if colspan > 1 { attributes.append(("colspan", "\(colspan)")) }
        html.open("td", attributes)
        // The label as the document words it; the colon after it unless the label has its own.
        let title = label(key)
        html.open("div", [("class", "judul-bagian")], newline: false)
        html.element("span", [("data-judul", key)], text: title, newline: false)
        if !title.hasSuffix(":") { html.text(":") }
        html.close("div")
        if items.isEmpty {
            html.element("div", [("class", "kosong")], text: "-")
        } else {
            html.open("ol", [("class", "butir")])
            for item in items { html.element("li", [], text: item) }
            html.close("ol")
        }
        html.close("td")
    }

}
