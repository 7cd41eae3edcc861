import Foundation
import SOPDSL

/// A printable report page: one self-contained HTML file (inline CSS, no scripts), in Bahasa
/// Indonesia, A4 (landscape for wide tables).
public struct ReportPage: Sendable {
    public var title: String
    public var subtitle: String
    public var landscape: Bool
    private var body = ""

    public init(title: String, subtitle: String, landscape: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.landscape = landscape
    }

    public mutating func heading(_ text: String) { body += "<h2>\(Self.escape(text))</h2>\n" }

    public mutating func paragraph(_ text: String) { body += "<p>\(Self.escape(text))</p>\n" }

    /// A table; cells are escaped text.
    public mutating func table(_ header: [String], _ rows: [[String]], widths: [Int]? = nil) {
        body += "<table>\n<thead><tr>"
        for (i, h) in header.enumerated() {
            let width = widths.map { " style=\"width:\($0[i])%\"" } ?? ""
            body += "<th\(width)>\(Self.escape(h))</th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        if rows.isEmpty { body += "<tr><td colspan=\"\(header.count)\" class=\"empty\">Tidak ada data.</td></tr>\n" }
        for row in rows { body += "<tr>" + row.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n" }
        body += "</tbody>\n</table>\n"
    }

    /// Signature blocks ("Paraf Penilai", "Mengetahui").
    public mutating func signatures(_ roles: [String]) {
        signatures(roles.map { Signature(role: $0) })
    }

    /// One signature block: the role ("Disahkan oleh"), the signer's position and, when known,
    /// name and NIP; a dotted line for the name to be written by hand otherwise.
    public struct Signature: Sendable {
        public var role: String
        public var position: String?
        public var name: String?
        public var nip: String?

        public init(role: String, position: String? = nil, name: String? = nil, nip: String? = nil) {
            self.role = role; self.position = position; self.name = name; self.nip = nip
        }
    }

    public mutating func signatures(_ blocks: [Signature]) {
        // A line one block has and another lacks is kept empty there, so the blocks stay level.
        let positions = blocks.contains { $0.position != nil }, nips = blocks.contains { $0.nip != nil }
        body += "<div class=\"signatures\">" + blocks.map { b in
            "<div class=\"signature\"><div>\(Self.escape(b.role))</div>"
                + (b.position.map { "<div>\(Self.escape($0))</div>" } ?? (positions ? "<div>&nbsp;</div>" : ""))
                + "<div class=\"space\"></div>"
                + (b.name.map { "<div class=\"name\">\(Self.escape($0))</div>" } ?? "<div>(............................................)</div>")
                + (b.nip.map { "<div>NIP. \(Self.escape($0))</div>" } ?? (nips ? "<div>NIP. ............................</div>" : ""))
                + "</div>"
        }.joined() + "</div>\n"
    }

    /// A group of table lines whose leading cells (No, Kegiatan) span all of them.
    public struct TableGroup: Sendable {
        public var lead: [String]
        public var lines: [[String]]
        public init(lead: [String], lines: [[String]]) { self.lead = lead; self.lines = lines }
    }

    /// A table of groups: each group's `lead` cells are printed once, beside all its lines; cells
    /// are escaped text; `empty` is said when there are no groups.
    public mutating func table(_ header: [String], groups: [TableGroup], widths: [Int]? = nil, empty: String = "Tidak ada data.") {
        body += "<table>\n<thead><tr>"
        for (i, h) in header.enumerated() {
            let width = widths.map { " style=\"width:\($0[i])%\"" } ?? ""
            body += "<th\(width)>\(Self.escape(h))</th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        if groups.isEmpty { body += "<tr><td colspan=\"\(header.count)\" class=\"empty\">\(Self.escape(empty))</td></tr>\n" }
        for group in groups {
            let span = max(group.lines.count, 1)
            for (n, line) in (group.lines.isEmpty ? [[]] : group.lines).enumerated() {
                body += "<tr>"
                if n == 0 {
                    body += group.lead.map { "<td\(span > 1 ? " rowspan=\"\(span)\"" : "")>\(Self.escape($0))</td>" }.joined()
                }
                body += line.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n"
            }
        }
        body += "</tbody>\n</table>\n"
    }

    /// CSS added after the shared rules, for a page of its own kind.
    public var style = ""

    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escape(title))</title>
        <style>
        @page { size: A4 \(landscape ? "landscape" : "portrait"); margin: 15mm; }
        body { font-family: "Times New Roman", serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: \(landscape ? "270mm" : "185mm"); }
        h1 { font-size: 14pt; text-align: center; margin: 0 0 2mm; text-transform: uppercase; }
        .subtitle { text-align: center; margin: 0 0 6mm; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; page-break-inside: auto; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { background: #e6e6e6; text-align: center; }
        td.empty { text-align: center; font-style: italic; }
        .signatures { display: flex; justify-content: flex-end; gap: 20mm; margin-top: 10mm; page-break-inside: avoid; }
        .signature { text-align: center; min-width: 60mm; }
        .signature .space { height: 22mm; }
        \(style.isEmpty ? "" : style + "\n")</style>
        </head>
        <body>
        <h1>\(Self.escape(title))</h1>
        <p class="subtitle">\(Self.escape(subtitle))</p>
        \(body)</body>
        </html>

        """
    }

    public static func escape(_ s: String) -> String { HTMLEscape.text(s) }
}
