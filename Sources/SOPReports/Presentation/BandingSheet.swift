import Foundation
import SOPDSL
import SOPDiff

/// The revision sheet (Lembar Perubahan SOP): one printable A4 page to accompany the revised SOP
/// for signature: both versions' identity, the changes by row, signature blocks.
extension BandingView {
    public var html: String {
        let c = changes
        let old = c.old.identity, new = c.new.identity
        var page = ReportPage(title: "Lembar Perubahan SOP", subtitle: "\(new.name.value), Nomor \(new.number.value)", landscape: true)
        page.style = "td { white-space: pre-line; }\n.signature .name { font-weight: bold; text-decoration: underline; }"

        page.heading("Identitas Versi")
        let labels = c.new.layout
        func date(_ d: IdentityDate?) -> String { d.map(\.printed).flatMap { $0.isEmpty ? nil : $0 } ?? "-" }
        func signer(_ a: Approver?) -> String {
            guard let a else { return "-" }
            return ([a.position.value] + [a.name?.value, a.nip.map { "NIP. \($0.value)" }].compactMap { $0 }).joined(separator: "\n")
        }
        page.table(["Unsur", "Versi lama", "Versi baru"], [
            ["Berkas", c.old.path, c.new.path],
            [labels.identityHeading("nomor", default: "Nomor SOP"), old.number.value, new.number.value],
            [labels.identityHeading("nama", default: "Nama SOP"), old.name.value, new.name.value],
            [labels.identityHeading("tanggal_pembuatan", default: "Tanggal Pembuatan"), date(old.createdOn), date(new.createdOn)],
            [labels.identityHeading("tanggal_revisi", default: "Tanggal Revisi"), date(old.revisedOn), date(new.revisedOn)],
            [labels.identityHeading("tanggal_efektif", default: new.effectiveLabel.printed), date(old.effectiveOn), date(new.effectiveOn)],
            [labels.identityHeading("disahkan_oleh", default: "Disahkan oleh"), signer(old.approvedBy), signer(new.approvedBy)],
            ["Versi isi (SHA-256)", oldVersion, newVersion],
        ], widths: [20, 40, 40])

        if c.isEmpty {
            page.paragraph(BandingWording.nothing(c, sourcesIdentical: sourcesIdentical))
        } else {
            page.paragraph("Ringkasan: \(BandingWording.summary(c)).")
        }
        if !c.renames.isEmpty {
            page.heading("Kemungkinan Id Diganti")
            page.table(["Jenis", "Id lama", "Id baru", "Alasan"],
                       c.renames.map { [$0.kind == .symbol ? "simbol" : "pelaksana", $0.oldID, $0.newID, $0.reason] }, widths: [12, 22, 22, 44])
            for note in BandingWording.renameNotes(c.renames) { page.paragraph(note) }
        }
        func section(_ title: String, _ list: [Change]) {
            guard !list.isEmpty else { return }
            page.heading(title)
            page.table(["Perubahan", "Sebelum", "Sesudah"], list.map { Self.cells($0, entry: nil) }, widths: [24, 38, 38])
        }
        section("Perubahan Identitas", c.identity)
        section("Perubahan Pelaksana", c.actors)
        section("Perubahan Prosedur", c.procedures)

        let headings = c.new.layout.headings
        page.heading("Perubahan Diagram Alir per Baris")
        page.table([headings.number, headings.activity, "Perubahan", "Sebelum", "Sesudah"],
                   groups: c.rows.filter { $0.status != .shifted }.map(group), widths: [6, 26, 18, 25, 25],
                   empty: "Tidak ada perubahan pada baris diagram alir.")
        let shifted = c.rows(.shifted)
        if !shifted.isEmpty {
            page.paragraph("Nomor baris bergeser karena baris ditambah atau dihapus sebelumnya, isinya tetap: "
                + shifted.map { "\(BandingWording.number($0)) (\(Self.short($0.activity, limit: 40)))" }.joined(separator: "; ") + ".")
        }
        section("Perubahan Lain", c.others)

        page.signatures([
            ReportPage.Signature(role: "Disusun oleh"),
            ReportPage.Signature(role: c.new.layout.identityHeading("disahkan_oleh", default: "Disahkan oleh"),
                                 position: new.approvedBy?.position.value, name: new.approvedBy?.name?.value, nip: new.approvedBy?.nip?.value),
        ])
        return page.html
    }

    /// A row of the table: its No and Kegiatan once, one line per change.
    func group(_ entry: RowEntry) -> ReportPage.TableGroup {
        let table = BandingWording.procedureTitle(entry, changes).map { "\n(\($0))" } ?? ""
        var lines: [[String]] = []
        if let content = entry.content {
            // The Kegiatan is in its own column.
            let printed = BandingWording.content(content).dropFirst().map { "\($0): \($1)" }.joined(separator: "\n")
            lines.append(entry.status == .added ? ["Baris ditambahkan", "", printed] : ["Baris dihapus", printed, ""])
        }
        lines += entry.contentChanges.map { Self.cells($0, entry: entry) }
        return ReportPage.TableGroup(lead: [BandingWording.number(entry) + table, entry.activity], lines: lines)
    }

    static func cells(_ change: Change, entry: RowEntry?) -> [String] {
        let title = BandingWording.title(change, in: entry)
        switch change.action {
        case .added: return [title, "", change.after ?? ""]
        case .removed: return [title, change.before ?? "", ""]
        default: return [title, change.before ?? BandingWording.none, change.after ?? BandingWording.none]
        }
    }
}
