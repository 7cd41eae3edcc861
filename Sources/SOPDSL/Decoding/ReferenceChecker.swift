/// Checks that every id an SOP names (actors, steps, merged time cells) is declared.
enum ReferenceChecker {
    static func check(_ sop: SOP, context: DecodingContext) {
        let actorIDs = sop.actors.map(\.id)
        var seenSteps = Set<String>()
        let stepIDs = sop.steps.map(\.id).filter { seenSteps.insert($0).inserted }
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
        func checkStep(_ ref: Reference) {
            guard !stepIDs.contains(ref.id) else { return }
            var notes = EditDistance.didYouMean(ref.id, among: stepIDs)
            if notes.isEmpty { notes = ["id langkah yang ada: \(stepIDs.joined(separator: ", "))"] }
            context.emit(.unknownStep, "langkah '\(ref.id)' tidak ada", at: ref.location, notes: notes)
        }
        for (index, step) in sop.steps.enumerated() {
            step.actors.forEach(checkActor)
            step.actors.forEach(checkColumn)
            switch step.flow {
            case .next(let ref): checkStep(ref)
            case .decision(let d): d.exits.forEach { checkStep($0.target) }
            case .end: break
            }
            if let end = step.timeSpanEnd { checkTimeSpan(end, from: index, sop: sop, context: context, check: checkStep) }
        }
        for duty in sop.recurringDuties { duty.actors.forEach(checkActor) }
    }

    /// `waktu_sampai` must name a later step, with no time standard of its own in between.
    private static func checkTimeSpan(
        _ end: Reference, from index: Int, sop: SOP, context: DecodingContext, check: (Reference) -> Void
    ) {
        guard let endIndex = sop.stepIndex(end.id) else { return check(end) }
        guard endIndex > index else {
            context.emit(.badTimeSpan, "'waktu_sampai' harus menunjuk langkah sesudah langkah ini", at: end.location)
            return
        }
        if sop.steps[index].time == nil {
            context.emit(.badTimeSpan, "'waktu_sampai' memerlukan 'waktu' pada langkah yang sama", at: end.location)
        }
        for inner in sop.steps[(index + 1)...endIndex] where inner.time != nil || inner.timeSpanEnd != nil {
            context.emit(.badTimeSpan, "langkah '\(inner.id)' berada dalam rentang 'waktu_sampai' tetapi memiliki 'waktu' atau 'waktu_sampai' sendiri",
                         at: inner.time?.location ?? inner.location, notes: ["hapus 'waktu'/'waktu_sampai' dari langkah itu atau perpendek rentangnya"])
        }
    }
}
