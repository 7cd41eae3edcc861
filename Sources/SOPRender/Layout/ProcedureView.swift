import SOPDSL

/// One flowchart table of an SOP with several (`prosedur`), as an SOP of its own: its rows,
/// its symbols and its lanes, numbered from 1. The printer lays out each table like this and
/// prints them one after another behind the one identity page.
enum ProcedureView {
    static func tables(of sop: SOP) -> [SOP] {
        guard sop.procedures.count > 1 else { return [sop] }
        return sop.procedures.map { table($0, of: sop) }
    }

    static func table(_ procedure: Procedure, of sop: SOP) -> SOP {
        let offset = procedure.rows.lowerBound
        let rows = procedure.rows.map { sop.rows[$0] }
        let steps = sop.steps.filter { procedure.rows.contains($0.rowIndex) }.map { step -> Step in
            var copy = step
            copy.rowIndex = step.rowIndex - offset
            return copy
        }
        // Its lanes in its order; actors without a column keep theirs (none).
        let lanes = procedure.lanes.compactMap { sop.actor($0) }
        let others = sop.actors.filter { actor in !procedure.lanes.contains(actor.id) }.map { actor -> Actor in
            var copy = actor
            copy.hasColumn = false
            return copy
        }
        var view = sop
        view.actors = lanes + others
        view.rows = rows
        view.steps = steps
        view.procedures = [Procedure(id: procedure.id, title: procedure.title, lanes: procedure.lanes, rows: 0..<rows.count,
                                     location: procedure.location)]
        return view
    }
}
