import SOPDSL

/// The tables (`prosedur`): added, removed, retitled; their columns when written per table.
enum ProcedureComparer {
    static func name(_ p: Procedure) -> String { p.title?.value ?? (p.id.isEmpty ? "(tabel utama)" : p.id) }

    static func compare(_ map: Correspondence) -> [Change] {
        let old = map.old, new = map.new
        var changes: [Change] = []
        for p in old.procedures where !new.procedures.contains(where: { $0.id == p.id }) {
            changes.append(Change("prosedur", "Prosedur", .removed, item: p.id, before: name(p)))
        }
        for q in new.procedures {
            guard let p = old.procedures.first(where: { $0.id == q.id }) else {
                changes.append(Change("prosedur", "Prosedur", .added, item: q.id, after: name(q)))
                continue
            }
            if let c = Scalar.change("prosedur.judul", "Judul prosedur", p.title?.value, q.title?.value, item: q.id) { changes.append(c) }
            // Default columns (every actor with one) change with the actors, reported there.
            guard !p.lanesReferences.isEmpty || !q.lanesReferences.isEmpty else { continue }
            let label = "Kolom pelaksana \(name(q))"
            for edit in ListDiff.edits(p.lanes.map(map.actor), q.lanes) {
                func header(_ id: String) -> String { new.actor(id)?.label.value ?? old.actor(id)?.label.value ?? id }
                switch edit {
                case .added(let id): changes.append(Change("prosedur.pelaksana", label, .added, item: id, after: header(id)))
                case .removed(let id): changes.append(Change("prosedur.pelaksana", label, .removed, item: id, before: header(id)))
                case .moved(let id): changes.append(Change("prosedur.pelaksana", label, .moved, item: id, before: header(id), after: header(id)))
                case .changed(let x, let y): changes.append(Change("prosedur.pelaksana", label, .changed, item: y, before: header(x), after: header(y)))
                }
            }
        }
        return changes
    }
}
