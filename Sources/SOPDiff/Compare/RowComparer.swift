import SOPDSL

/// The flowchart tables row by row, as printed: No, Kegiatan, the symbols in their columns,
/// Mutu Baku (kelengkapan, waktu, output) and Keterangan.
enum RowComparer {
    static func entries(_ map: Correspondence) -> [RowEntry] {
        let old = map.old, new = map.new
        let ordered = RowMatcher.inOrder(map)
        // Each removed row is listed after the new row that its nearest matched predecessor became.
        var removedAfter: [Int: [Int]] = [:]   // new row index (-1: before the first) -> old rows
        var lastMatched = -1
        for i in old.rows.indices {
            if let j = map.rows[i] { lastMatched = j; continue }
            removedAfter[lastMatched, default: []].append(i)
        }
        var entries: [RowEntry] = []
        entries += (removedAfter[-1] ?? []).map { removed($0, map) }
        for j in new.rows.indices {
            if let i = map.rowsBack[j] {
                if let entry = matched(i, j, map, moved: !ordered.contains(i)) { entries.append(entry) }
            } else {
                entries.append(added(j, map))
            }
            entries += (removedAfter[j] ?? []).map { removed($0, map) }
        }
        return entries
    }

    static func procedureID(_ row: TableRow, in sop: SOP) -> String {
        sop.procedures.indices.contains(row.procedure) ? sop.procedures[row.procedure].id : ""
    }

    static func content(_ row: TableRow, in sop: SOP, _ map: Correspondence) -> RowContent {
        RowContent(
            activity: row.activity.value,
            symbols: row.symbols.compactMap { sop.step($0) }.map {
                .init(id: $0.id, shape: $0.shape.rawValue, actors: $0.actors.map { sop.actor($0.id)?.label.value ?? $0.id }, text: $0.text?.value)
            },
            requirements: row.requirements.map(Printed.requirement), time: Printed.time(row.time), output: row.output?.value, note: row.note?.value)
    }

    static func removed(_ i: Int, _ map: Correspondence) -> RowEntry {
        let row = map.old.rows[i]
        // Its symbols that live on elsewhere.
        let moved = row.symbols.compactMap { s in map.steps[s].flatMap { t in map.newRowOf[t].map { (s, t, $0) } } }.map { s, t, j in
            Change("simbol", "Simbol", .moved, symbol: t, before: map.rowName(i, in: map.old), after: map.rowName(j, in: map.new))
        }
        return RowEntry(status: .removed, procedure: procedureID(row, in: map.old), oldNumber: row.number, newNumber: nil, id: row.id,
                        activity: row.activity.value, hasSeveralSymbols: row.symbols.count > 1,
                        content: content(row, in: map.old, map), changes: moved)
    }

    static func added(_ j: Int, _ map: Correspondence) -> RowEntry {
        let row = map.new.rows[j]
        // Symbols that come from another row keep their history: where from, and what changed.
        var changes: [Change] = []
        for s in row.symbols {
            guard let o = map.stepsBack[s], let a = map.old.step(o), let b = map.new.step(s) else { continue }
            changes.append(Change("simbol", "Simbol", .moved, symbol: s, before: map.rowName(a.rowIndex, in: map.old), after: map.rowName(j, in: map.new)))
            if o != s { changes.append(Change("id", "Id simbol", .probableRename, symbol: s, before: o, after: s)) }
            changes += StepComparer.compare(a, b, map)
        }
        return RowEntry(status: .added, procedure: procedureID(row, in: map.new), oldNumber: nil, newNumber: row.number, id: row.id,
                        activity: row.activity.value, hasSeveralSymbols: row.symbols.count > 1,
                        content: content(row, in: map.new, map), changes: changes)
    }

    static func matched(_ i: Int, _ j: Int, _ map: Correspondence, moved: Bool) -> RowEntry? {
        let old = map.old, new = map.new
        let a = old.rows[i], b = new.rows[j]
        let headings = new.layout.headings
        var changes: [Change] = []
        func scalar(_ aspect: String, _ label: String, _ x: String?, _ y: String?) {
            if let c = Scalar.change(aspect, label, x, y) { changes.append(c) }
        }
        let oldProcedure = procedureID(a, in: old), newProcedure = procedureID(b, in: new)
        if oldProcedure != newProcedure {
            changes.append(Change("prosedur", "Tabel (prosedur)", .moved, before: oldProcedure, after: newProcedure))
        }
        if moved {
            changes.append(Change("nomor_baris", headings.number, .moved, before: "\(a.number)", after: "\(b.number)"))
        } else if a.number != b.number {
            changes.append(Change("nomor_baris", headings.number, .shifted, before: "\(a.number)", after: "\(b.number)"))
        }
        // A row id written by the author (not its first symbol's) that changed.
        if a.id != b.id, !a.symbols.contains(a.id) || !b.symbols.contains(b.id) {
            changes.append(Change("id_baris", "Id baris", .changed, before: a.id, after: b.id))
        }
        scalar("kegiatan", headings.activity, a.activity.value, b.activity.value)
        changes += symbols(i, j, map)
        changes += ListDiff.changes("kelengkapan", headings.requirements, a.requirements.map(Printed.requirement), b.requirements.map(Printed.requirement))
        if let c = Scalar.change("waktu", headings.time, a.time?.written, b.time?.written) {
            changes.append(c)
        } else if let x = a.time, let y = b.time, x.rule != y.rule {
            changes.append(Change("waktu", headings.time, .changed, before: "\(x.written) (\(Printed.rule(x.rule)))", after: "\(y.written) (\(Printed.rule(y.rule)))"))
        }
        scalar("waktu_sampai", "\(headings.time) (sampai baris)", a.timeSpanEnd?.id, b.timeSpanEnd?.id)
        scalar("output", headings.output, a.output?.value, b.output?.value)
        scalar("keterangan", headings.note, a.note?.value, b.note?.value)
        if a.together != b.together, a.symbols.count > 1 || b.symbols.count > 1 {
            changes.append(Change("bersama", "Bersama (garis)", .changed, before: a.together.rawValue, after: b.together.rawValue))
        }
        if a.pageBreakBefore != b.pageBreakBefore {
            changes.append(Change("halaman_baru", "Halaman baru sebelum baris", .changed,
                                  before: Printed.yesNo(a.pageBreakBefore), after: Printed.yesNo(b.pageBreakBefore)))
        }
        guard !changes.isEmpty else { return nil }
        let status: RowEntry.Status = changes.allSatisfy { $0.action == .shifted } ? .shifted : .changed
        return RowEntry(status: status, procedure: newProcedure, oldNumber: a.number, newNumber: b.number, id: b.id,
                        activity: b.activity.value, hasSeveralSymbols: a.symbols.count > 1 || b.symbols.count > 1, changes: changes)
    }

    /// The symbols of a matched row: added, removed, moved in or out, renamed, and each one's own changes.
    static func symbols(_ i: Int, _ j: Int, _ map: Correspondence) -> [Change] {
        let old = map.old, new = map.new
        let a = old.rows[i], b = new.rows[j]
        var changes: [Change] = []
        for s in b.symbols {
            guard let step = new.step(s) else { continue }
            guard let o = map.stepsBack[s], let previous = old.step(o) else {
                changes.append(Change("simbol", "Simbol", .added, symbol: s, after: map.describe(step, in: new)))
                continue
            }
            if previous.rowIndex != i {
                changes.append(Change("simbol", "Simbol", .moved, symbol: s, before: map.rowName(previous.rowIndex, in: old), after: map.rowName(j, in: new)))
            }
            if o != s { changes.append(Change("id", "Id simbol", .probableRename, symbol: s, before: o, after: s)) }
            changes += StepComparer.compare(previous, step, map)
        }
        for o in a.symbols {
            guard let step = old.step(o) else { continue }
            if let t = map.steps[o], let k = map.newRowOf[t] {
                if k != j { changes.append(Change("simbol", "Simbol", .moved, symbol: t, before: map.rowName(i, in: old), after: map.rowName(k, in: new))) }
            } else {
                changes.append(Change("simbol", "Simbol", .removed, symbol: o, before: map.describe(step, in: old)))
            }
        }
        // The order of the symbols that stay in the row.
        let staying = a.symbols.compactMap { map.steps[$0] }.filter { map.newRowOf[$0] == j }
        let now = b.symbols.filter { Set(staying).contains($0) }
        if staying != now {
            changes.append(Change("simbol.urutan", "Urutan simbol", .moved, before: staying.joined(separator: ", "), after: now.joined(separator: ", ")))
        }
        return changes
    }
}
