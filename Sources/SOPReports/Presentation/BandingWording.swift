import Foundation
import SOPDSL
import SOPDiff

/// Wording shared by the three forms of `sop banding`: how a change, a row and a version are named.
enum BandingWording {
    static let none = "(tidak ada)"

    /// "Waktu diubah", "Simbol jawab_pengadu ditambahkan", "Pelaksana diubah (simbol tindak_lanjut)"
    /// (the symbol named where the row has several).
    static func title(_ change: Change, in entry: RowEntry? = nil) -> String {
        if change.action == .probableRename { return "Kemungkinan id diganti" }
        if change.aspect == "simbol", let symbol = change.symbol { return "Simbol \(symbol) \(change.action.printed)" }
        let symbol = (entry?.hasSeveralSymbols ?? false) ? change.symbol.map { " (simbol \($0))" } ?? "" : ""
        return "\(change.label) \(change.action.printed)\(symbol)"
    }

    /// What the change says in one line, after its title.
    static func values(_ change: Change) -> String {
        switch change.action {
        case .added: change.after ?? none
        case .removed: change.before ?? none
        case .probableRename: "lama '\(change.before ?? "")' → baru '\(change.after ?? "")'"
        case .changed, .moved, .shifted: "\(change.before ?? none) → \(change.after ?? none)"
        }
    }

    /// Values too long or on several lines for one line of text.
    static func isLong(_ change: Change) -> Bool {
        let parts = [change.before, change.after].compactMap { $0 }
        return parts.contains { $0.contains("\n") } || parts.reduce(0) { $0 + $1.count } > 90
    }

    /// "3", "5 → 4", "7 (baru)", "4 (lama)".
    static func number(_ entry: RowEntry) -> String {
        switch (entry.oldNumber, entry.newNumber) {
        case let (a?, b?): a == b ? "\(b)" : "\(a) → \(b)"
        case (nil, let b?): "\(b) (baru)"
        case (let a?, nil): "\(a) (lama)"
        case (nil, nil): "-"
        }
    }

    static func procedureTitle(_ entry: RowEntry, _ changes: SOPChanges) -> String? {
        let sop = entry.status == .removed ? changes.old : changes.new
        guard sop.procedures.count > 1 || changes.old.procedures.count > 1,
              let p = sop.procedures.first(where: { $0.id == entry.procedure }) else { return nil }
        return p.title?.value ?? p.id
    }

    /// The printed content of an added or removed row, label and value.
    static func content(_ c: RowContent) -> [(String, String)] {
        var lines: [(String, String)] = [("Kegiatan", c.activity)]
        lines += c.symbols.map { s in
            ("Simbol \(s.id)", s.shape.replacingOccurrences(of: "_", with: " ") + (s.text.map { " \"\($0)\"" } ?? "") + " di kolom " + s.actors.joined(separator: ", "))
        }
        if !c.requirements.isEmpty { lines.append(("Kelengkapan", c.requirements.joined(separator: "; "))) }
        if let t = c.time { lines.append(("Waktu", t)) }
        if let o = c.output { lines.append(("Output", o)) }
        if let n = c.note { lines.append(("Keterangan", n)) }
        return lines
    }

    static func summary(_ changes: SOPChanges) -> String {
        var parts: [String] = []
        func add(_ n: Int, _ what: String) { if n > 0 { parts.append("\(n) \(what)") } }
        add(changes.identity.count, "perubahan identitas")
        add(changes.actors.count, "perubahan pelaksana")
        add(changes.procedures.count, "perubahan prosedur")
        add(changes.rows(.added).count, "baris ditambahkan")
        add(changes.rows(.removed).count, "baris dihapus")
        add(changes.rows(.changed).count, "baris diubah")
        add(changes.rows(.shifted).count, "baris bergeser nomor")
        add(changes.renames.count, "kemungkinan id diganti")
        add(changes.others.count, "perubahan lain")
        return parts.joined(separator: ", ")
    }

    static func rename(_ r: ProbableRename) -> String {
        "\(r.kind == .symbol ? "simbol" : "pelaksana"): lama '\(r.oldID)' → baru '\(r.newID)' (\(r.reason))"
    }

    /// Why a probable rename matters, for the kinds present.
    static func renameNotes(_ renames: [ProbableRename]) -> [String] {
        var notes: [String] = []
        if renames.contains(where: { $0.kind == .symbol }) {
            notes.append("Menurut id, simbol lama dihapus dan simbol baru ditambahkan: perintah 'sop kasus lakukan' dan laporan per langkah memakai id, "
                + "sehingga riwayat langkah ini terpisah di bawah dua id. Bila id memang diganti, sesuaikan skrip dan catatan yang memakai id lama.")
        }
        if renames.contains(where: { $0.kind == .actor }) {
            notes.append("Menurut id, pelaksana lama dihapus dan pelaksana baru ditambahkan: peran petugas di daftar petugas yang memakai id lama "
                + "tidak berlaku untuk pelaksana baru; sesuaikan daftar petugas.")
        }
        return notes
    }

    /// The verdict when nothing is listed.
    static func nothing(_ changes: SOPChanges, sourcesIdentical: Bool) -> String {
        if changes.hasUnexplainedDifference {
            return "Isi kedua versi berbeda, tetapi perbedaannya tidak dapat dirinci; bandingkan kedua berkas secara langsung."
        }
        return sourcesIdentical ? "Tidak ada perubahan." : "Tidak ada perubahan (kedua berkas hanya berbeda pada komentar atau penulisan, isinya sama)."
    }
}
