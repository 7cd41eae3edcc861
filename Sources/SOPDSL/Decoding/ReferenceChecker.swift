/// Checks that every id an SOP names (actors, symbols, merged time cells, lines) is declared and
/// lies where it may: arrows stay in their table, lines in their row, lanes among the table's.
enum ReferenceChecker {
    static func check(_ sop: SOP, context: DecodingContext) {
        // Every look-up below goes through a table built once: per-reference searches of the
        // actors, the procedures and the steps made this pass a large share of a big SOP's load.
        let actorIDs = sop.actors.map(\.id)
        let declaredActors = Set(actorIDs)
        var hasColumn: [String: Bool] = [:]
        for actor in sop.actors where hasColumn[actor.id] == nil { hasColumn[actor.id] = actor.hasColumn }
        let procedureOfRow = procedureIndexByRow(sop)
        func procedureIndex(_ step: Step) -> Int? {
            procedureOfRow.indices.contains(step.rowIndex) ? procedureOfRow[step.rowIndex] : nil
        }
        func checkColumn(_ ref: Reference) {
            guard hasColumn[ref.id] == false else { return }
            context.emit(.reference(.actorWithoutColumn(ref.id)), at: ref.location)
        }
        func checkActor(_ ref: Reference) {
            guard !declaredActors.contains(ref.id) else { return }
            context.emit(.reference(.undeclaredActor(ref.id, actors: actorIDs)), at: ref.location)
        }
        func checkTarget(_ ref: Reference, from step: Step) {
            guard let target = sop.stepIndex(ref.id) else {
                context.emit(.reference(.unknownTarget(ref.id, steps: sop.steps.map(\.id))), at: ref.location)
                return
            }
            if procedureIndex(sop.steps[target]) != procedureIndex(step) {
                context.emit(.reference(.targetInOtherProcedure(ref.id)), at: ref.location)
            }
        }
        for procedure in sop.procedures {
            procedure.lanesReferences.forEach(checkActor)
        }
        for step in sop.steps {
            step.actors.forEach(checkActor)
            step.actors.forEach(checkColumn)
            if let p = procedureIndex(step), case let procedure = sop.procedures[p], !procedure.id.isEmpty {
                for ref in step.actors where actorIDs.contains(ref.id) && !procedure.lanes.contains(ref.id) {
                    context.emit(.reference(.laneOutsideProcedure(actor: ref.id, procedure: procedure.id, lanes: procedure.lanes)),
                                 at: ref.location)
                }
            }
            switch step.flow {
            case .next(let refs): refs.forEach { checkTarget($0, from: step) }
            case .decision(let d): d.exits.forEach { $0.targets.forEach { checkTarget($0, from: step) } }
            case .end: break
            }
            let row = sop.rows.indices.contains(step.rowIndex) ? sop.rows[step.rowIndex] : nil
            for line in step.lines {
                guard sop.stepIndex(line.id) != nil else { checkTarget(line, from: step); continue }
                if row?.symbols.contains(line.id) != true || line.id == step.id {
                    context.emit(.reference(.lineOutsideRow(from: step.id, to: line.id, rowSymbols: row?.symbols)), at: line.location)
                }
            }
        }
        for (i, row) in sop.rows.enumerated() {
            if let end = row.timeSpanEnd { checkTimeSpan(end, from: i, sop: sop, context: context) }
        }
        for duty in sop.recurringDuties { duty.actors.forEach(checkActor) }
    }

    /// Row index -> the first procedure whose rows hold it (what `SOP.procedure(of:)` finds).
    private static func procedureIndexByRow(_ sop: SOP) -> [Int?] {
        var result = [Int?](repeating: nil, count: sop.rows.count)
        for (p, procedure) in sop.procedures.enumerated() {
            for row in procedure.rows where result.indices.contains(row) && result[row] == nil { result[row] = p }
        }
        return result
    }

    /// `waktu_sampai` must name a later row of the same table (or a symbol in it), with no time
    /// standard of its own in between.
    private static func checkTimeSpan(_ end: Reference, from index: Int, sop: SOP, context: DecodingContext) {
        let endIndex = sop.rowIndex(end.id) ?? sop.step(end.id)?.rowIndex
        guard let endIndex else {
            context.emit(.reference(.unknownSpanEnd(end.id, rows: sop.rows.map(\.id))), at: end.location)
            return
        }
        guard endIndex > index, sop.rows[endIndex].procedure == sop.rows[index].procedure else {
            context.emit(.reference(.spanEndNotLater), at: end.location)
            return
        }
        if sop.rows[index].time == nil {
            context.emit(.reference(.spanWithoutTime), at: end.location)
        }
        for inner in sop.rows[(index + 1)...endIndex] where inner.time != nil || inner.timeSpanEnd != nil {
            context.emit(.reference(.timeInsideSpan(step: inner.id)), at: inner.time?.location ?? inner.location)
        }
    }
}
