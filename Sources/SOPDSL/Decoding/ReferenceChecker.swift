/// Checks that every id an SOP names (actors, symbols, merged time cells, lines) is declared and
/// lies where it may: arrows stay in their table, lines in their row, lanes among the table's.
enum ReferenceChecker {
    static func check(_ sop: SOP, context: DecodingContext) {
        let actorIDs = sop.actors.map(\.id)
        var index: [String: Int] = [:]
        for (i, step) in sop.steps.enumerated() where index[step.id] == nil { index[step.id] = i }
        let stepIDs = sop.steps.map(\.id)
        func checkColumn(_ ref: Reference) {
            guard let actor = sop.actor(ref.id), !actor.hasColumn else { return }
            context.emit(.actorWithoutColumn, "pelaksana '\(ref.id)' tidak memiliki kolom (kolom: tidak) tetapi melakukan langkah", at: ref.location,
                         notes: ["setiap pelaksana langkah dicetak sebagai kolom; hapus 'kolom: tidak' dari pelaksana ini"])
        }
        func checkActor(_ ref: Reference) {
            guard !actorIDs.contains(ref.id) else { return }
            context.emit(.unknownActor, "pelaksana '\(ref.id)' tidak dideklarasikan", at: ref.location,
                         notes: EditDistance.didYouMean(ref.id, among: actorIDs) + ["deklarasikan di bagian 'pelaksana'"])
        }
        func checkTarget(_ ref: Reference, from step: Step) {
            guard let target = index[ref.id] else {
                var notes = EditDistance.didYouMean(ref.id, among: stepIDs)
                if notes.isEmpty { notes = ["id yang ada: \(stepIDs.joined(separator: ", "))"] }
                context.emit(.unknownStep, "langkah atau simbol '\(ref.id)' tidak ada", at: ref.location, notes: notes)
                return
            }
            if sop.procedure(of: sop.steps[target]) != sop.procedure(of: step) {
                context.emit(.unknownStep, "'\(ref.id)' ada di prosedur lain; panah hanya menuju simbol di tabel yang sama", at: ref.location,
                             notes: ["hubungkan prosedur lewat 'keterkaitan', bukan dengan panah"])
            }
        }
        for procedure in sop.procedures {
            procedure.lanesReferences.forEach(checkActor)
        }
        for step in sop.steps {
            step.actors.forEach(checkActor)
            step.actors.forEach(checkColumn)
            if let procedure = sop.procedure(of: step), !procedure.id.isEmpty {
                for ref in step.actors where actorIDs.contains(ref.id) && !procedure.lanes.contains(ref.id) {
                    context.emit(.laneOutsideProcedure, "pelaksana '\(ref.id)' bukan lajur prosedur '\(procedure.id)'", at: ref.location,
                                 notes: ["lajur prosedur ini: \(procedure.lanes.joined(separator: ", ")); tambahkan '\(ref.id)' ke 'pelaksana' prosedurnya"])
                }
            }
            switch step.flow {
            case .next(let refs): refs.forEach { checkTarget($0, from: step) }
            case .decision(let d): d.exits.forEach { $0.targets.forEach { checkTarget($0, from: step) } }
            case .end: break
            }
            let row = sop.rows.indices.contains(step.rowIndex) ? sop.rows[step.rowIndex] : nil
            for line in step.lines {
                guard index[line.id] != nil else { checkTarget(line, from: step); continue }
                if row?.symbols.contains(line.id) != true || line.id == step.id {
                    context.emit(.lineOutsideRow, "'garis' dari '\(step.id)' menuju '\(line.id)', yang bukan simbol lain di baris yang sama",
                                 at: line.location, notes: ["garis tanpa panah menghubungkan simbol satu baris yang dikerjakan bersama; antarbaris pakai 'ke'"]
                                    + (row.map { row in
                                        let others = row.symbols.filter { $0 != step.id }
                                        return [others.isEmpty ? "baris ini hanya memuat simbol '\(step.id)'"
                                                               : "simbol lain di baris ini: \(others.joined(separator: ", "))"]
                                    } ?? []))
                }
            }
        }
        for (i, row) in sop.rows.enumerated() {
            if let end = row.timeSpanEnd { checkTimeSpan(end, from: i, sop: sop, context: context) }
        }
        for duty in sop.recurringDuties { duty.actors.forEach(checkActor) }
    }

    /// `waktu_sampai` must name a later row of the same table (or a symbol in it), with no time
    /// standard of its own in between.
    private static func checkTimeSpan(_ end: Reference, from index: Int, sop: SOP, context: DecodingContext) {
        let endIndex = sop.rowIndex(end.id) ?? sop.step(end.id)?.rowIndex
        guard let endIndex else {
            let ids = sop.rows.map(\.id)
            var notes = EditDistance.didYouMean(end.id, among: ids)
            if notes.isEmpty { notes = ["id langkah yang ada: \(ids.joined(separator: ", "))"] }
            context.emit(.unknownStep, "langkah '\(end.id)' tidak ada", at: end.location, notes: notes)
            return
        }
        guard endIndex > index, sop.rows[endIndex].procedure == sop.rows[index].procedure else {
            context.emit(.badTimeSpan, "'waktu_sampai' harus menunjuk langkah sesudah langkah ini", at: end.location)
            return
        }
        if sop.rows[index].time == nil {
            context.emit(.badTimeSpan, "'waktu_sampai' memerlukan 'waktu' pada langkah yang sama", at: end.location)
        }
        for inner in sop.rows[(index + 1)...endIndex] where inner.time != nil || inner.timeSpanEnd != nil {
            context.emit(.badTimeSpan, "langkah '\(inner.id)' berada dalam rentang 'waktu_sampai' tetapi memiliki 'waktu' atau 'waktu_sampai' sendiri",
                         at: inner.time?.location ?? inner.location, notes: ["hapus 'waktu'/'waktu_sampai' dari langkah itu atau perpendek rentangnya"])
        }
    }
}
