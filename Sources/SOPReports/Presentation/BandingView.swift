import Foundation
import SOPDSL
import SOPDiff
import SOPEngine

/// `sop banding` as text for people, JSON (docs/json/banding.schema.json) and the printable
/// revision sheet (Lembar Perubahan SOP).
public struct BandingView: Sendable {
    public let changes: SOPChanges
    /// The two files' texts are identical byte for byte.
    public let sourcesIdentical: Bool
    /// Each version's SHA-256 of its canonical form, as cases pin it (`versi`).
    public let oldVersion: String
    public let newVersion: String

    public init(_ changes: SOPChanges, sourcesIdentical: Bool) {
        self.changes = changes
        self.sourcesIdentical = sourcesIdentical
        oldVersion = SOPVersion.canonicalHash(of: changes.old)
        newVersion = SOPVersion.canonicalHash(of: changes.new)
    }

    /// "Nomor SOP: 4 Tahun 2022; Tanggal Revisi: 10 Maret 2024".
    static func versionLine(_ sop: SOP) -> String {
        let layout = sop.layout
        let revised = sop.identity.revisedOn.map(\.printed).flatMap { $0.isEmpty ? nil : $0 } ?? "-"
        return "\(layout.identityHeading("nomor", default: "Nomor SOP")): \(sop.identity.number.value); "
            + "\(layout.identityHeading("tanggal_revisi", default: "Tanggal Revisi")): \(revised)"
    }

    public var text: String {
        let c = changes
        var lines = ["Perbandingan SOP: \(c.new.identity.name.value)",
                     "  Lama: \(c.old.path) (\(Self.versionLine(c.old)))",
                     "  Baru: \(c.new.path) (\(Self.versionLine(c.new)))", ""]
        guard !c.isEmpty else {
            lines.append(BandingWording.nothing(c, sourcesIdentical: sourcesIdentical))
            return lines.joined(separator: "\n")
        }
        lines.append("Ringkasan: \(BandingWording.summary(c)).")
        if !c.renames.isEmpty {
            lines += ["", "Kemungkinan id diganti"] + c.renames.map { "  - " + BandingWording.rename($0) }
            lines += BandingWording.renameNotes(c.renames).map { "    " + $0 }
        }
        func section(_ title: String, _ list: [Change]) {
            guard !list.isEmpty else { return }
            lines += ["", title] + list.flatMap { Self.changeLines($0, entry: nil, indent: "  ") }
        }
        section("Identitas", c.identity)
        section("Pelaksana", c.actors)
        section("Prosedur", c.procedures)
        let rows = c.rows.filter { $0.status != .shifted }
        if !rows.isEmpty {
            lines += ["", "Baris diagram alir"]
            for entry in rows { lines += rowLines(entry) }
        }
        let shifted = c.rows(.shifted)
        if !shifted.isEmpty {
            lines += ["", "Nomor baris bergeser (karena baris ditambah atau dihapus sebelumnya): "
                + shifted.map { "\(BandingWording.number($0)) (\($0.id))" }.joined(separator: ", ")]
        }
        section("Lain-lain", c.others)
        return lines.joined(separator: "\n")
    }

    func rowLines(_ entry: RowEntry) -> [String] {
        let table = BandingWording.procedureTitle(entry, changes).map { ", \($0)" } ?? ""
        var lines: [String]
        switch entry.status {
        case .added, .removed:
            let number = entry.status == .added ? entry.newNumber : entry.oldNumber
            let what = entry.status == .added ? "baru \(number.map(String.init) ?? "-") ditambahkan" : "lama \(number.map(String.init) ?? "-") dihapus"
            lines = ["  Baris \(what) (\(entry.id)\(table))"]
            for (label, value) in entry.content.map(BandingWording.content) ?? [] {
                lines += Self.block("\(label): ", value, indent: "      ")
            }
        case .changed, .shifted:
            let number = entry.oldNumber != entry.newNumber
                ? "\(entry.oldNumber.map(String.init) ?? "-") → \(entry.newNumber.map(String.init) ?? "-")" : "\(entry.newNumber ?? 0)"
            lines = ["  Baris \(number) (\(entry.id)\(table)): \(Self.short(entry.activity))"]
        }
        for change in entry.contentChanges {
            lines += Self.changeLines(change, entry: entry, indent: "    ")
        }
        return lines
    }

    /// One change: "- Waktu diubah: 1 hari kerja → 3 hari kerja", or, for long values, the title
    /// and "sebelum:"/"sesudah:" lines.
    static func changeLines(_ change: Change, entry: RowEntry?, indent: String) -> [String] {
        let title = "\(indent)- \(BandingWording.title(change, in: entry))"
        guard BandingWording.isLong(change) else { return ["\(title): \(BandingWording.values(change))"] }
        switch change.action {
        case .added, .removed:
            return [title + ":"] + block("", change.after ?? change.before ?? BandingWording.none, indent: indent + "    ")
        default:
            return [title] + block("sebelum: ", change.before ?? BandingWording.none, indent: indent + "    ")
                + block("sesudah: ", change.after ?? BandingWording.none, indent: indent + "    ")
        }
    }

    /// A labelled value on as many lines as it has, continuation lines under its first.
    static func block(_ label: String, _ value: String, indent: String) -> [String] {
        let parts = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let pad = String(repeating: " ", count: label.count)
        return parts.enumerated().map { i, part in indent + (i == 0 ? label : pad) + part }
    }

    /// The first line of a text, shortened for a heading.
    static func short(_ text: String, limit: Int = 70) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
