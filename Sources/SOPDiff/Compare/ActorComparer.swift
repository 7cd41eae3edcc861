import SOPDSL

/// The actors (pelaksana): columns added, removed, renamed (their printed header), moved; their
/// level, duties, and ids that were most likely renamed.
enum ActorComparer {
    /// Old actor id -> new actor id for ids that most likely were renamed.
    static func renames(_ old: SOP, _ new: SOP) -> [ProbableRename] {
        let oldIDs = Set(old.actors.map(\.id)), newIDs = Set(new.actors.map(\.id))
        let removed = old.actors.filter { !newIDs.contains($0.id) }
        var added = new.actors.filter { !oldIDs.contains($0.id) }
        var found: [ProbableRename] = []
        for actor in removed {
            let scored = added.map { ($0, Similarity.ratio(actor.label.value, $0.label.value)) }
                .filter { $0.0.level == actor.level && $0.1 >= 0.85 }
            guard let best = scored.max(by: { $0.1 < $1.1 }) else { continue }
            let percent = Similarity.percent(best.1)
            found.append(ProbableRename(kind: .actor, oldID: actor.id, newID: best.0.id, similarity: percent,
                                        reason: percent == 100 ? "nama kolom sama" : "nama kolom \(percent)% mirip"))
            added.removeAll { $0.id == best.0.id }
        }
        return found
    }

    static func describe(_ actor: Actor) -> String {
        actor.label.value + (actor.level.map { " (\($0.printed))" } ?? "") + (actor.hasColumn ? "" : ", tanpa kolom")
    }

    static func compare(_ old: SOP, _ new: SOP, renames: [ProbableRename]) -> [Change] {
        let renamedTo = Dictionary(renames.map { ($0.oldID, $0.newID) }, uniquingKeysWith: { a, _ in a })
        let renamedFrom = Set(renamedTo.values)
        var changes: [Change] = []
        let label = "Pelaksana"
        for actor in old.actors where new.actor(actor.id) == nil && renamedTo[actor.id] == nil {
            changes.append(Change("pelaksana", label, .removed, item: actor.id, before: describe(actor)))
        }
        for b in new.actors {
            let oldID = old.actor(b.id) != nil ? b.id : renamedTo.first { $0.value == b.id }?.key
            guard let oldID, let a = old.actor(oldID) else {
                if !renamedFrom.contains(b.id) { changes.append(Change("pelaksana", label, .added, item: b.id, after: describe(b))) }
                continue
            }
            if oldID != b.id {
                changes.append(Change("pelaksana.id", "Id pelaksana", .probableRename, item: b.id, before: oldID, after: b.id))
            }
            if let c = Scalar.change("pelaksana.nama", "Nama kolom pelaksana", a.label.value, b.label.value, item: b.id) { changes.append(c) }
            if let c = Scalar.change("pelaksana.tingkat", "Tingkat \(b.label.value)", a.level?.printed, b.level?.printed, item: b.id) { changes.append(c) }
            if a.hasColumn != b.hasColumn {
                changes.append(Change("pelaksana.kolom", "Kolom \(b.label.value) pada diagram alir", .changed, item: b.id,
                                      before: Printed.yesNo(a.hasColumn), after: Printed.yesNo(b.hasColumn)))
            }
            changes += ListDiff.changes("pelaksana.tugas", "Tugas \(b.label.value)", a.duties.map(\.value), b.duties.map(\.value))
        }
        // The order of the columns both versions print.
        let oldColumns = old.columnActors.map { renamedTo[$0.id] ?? $0.id }
        let newColumns = new.columnActors.map(\.id)
        let kept = Set(oldColumns).intersection(newColumns)
        let oldOrder = oldColumns.filter(kept.contains), newOrder = newColumns.filter(kept.contains)
        if oldOrder != newOrder {
            changes.append(Change("pelaksana.urutan", "Urutan kolom pelaksana", .moved,
                                  before: oldOrder.compactMap { new.actor($0)?.label.value }.joined(separator: ", "),
                                  after: newOrder.compactMap { new.actor($0)?.label.value }.joined(separator: ", ")))
        }
        return changes
    }
}
