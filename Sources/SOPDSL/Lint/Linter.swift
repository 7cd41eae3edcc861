/// The SOP AP rules of PermenPAN-RB 35/2012 that a well-formed model can still break.
/// Runs on a model without errors; each rule is a small function over the SOP.
public enum Linter {
    /// More actor columns than this stop fitting on A4 landscape.
    public static let maximumColumns = 6

    public static func lint(_ sop: SOP) -> [Diagnostic] {
        var out = DiagnosticCollector()
        terminators(sop, &out)
        decisions(sop, &out)
        FlowGraph(sop).check(&out)
        unusedActors(sop, &out)
        SubjectHeuristic.check(sop, &out)
        if sop.columnActors.count > maximumColumns, let extra = sop.columnActors.dropFirst(maximumColumns).first {
            out.emit(.tooManyActorColumns,
                     "\(sop.columnActors.count) kolom pelaksana tidak muat pada kertas A4 mendatar (paling banyak \(maximumColumns))",
                     at: extra.location, notes: ["gabungkan pelaksana, pakai kertas F4/Legal, atau pecah SOP ini"])
        }
        return out.diagnostics
    }

    /// The first and last rows carry the terminator (capsule) shape.
    private static func terminators(_ sop: SOP, _ out: inout DiagnosticCollector) {
        if let first = sop.steps.first, first.isDecision {
            out.emit(.firstStepNotTerminator, "langkah pertama '\(first.id)' dicetak sebagai terminator (mulai), jadi tidak boleh berupa keputusan",
                     at: first.location, notes: ["tambahkan langkah pembuka sebelum keputusan ini"])
        }
        if let last = sop.steps.last, !last.isEnd {
            out.emit(.lastStepNotTerminator, "langkah terakhir '\(last.id)' harus berupa terminator (selesai)",
                     at: last.location, notes: ["tambahkan 'selesai: ya', atau pindahkan langkah ini ke atas langkah selesai"])
        }
    }

    private static func decisions(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for step in sop.steps {
            guard let decision = step.decision else { continue }
            if decision.exits.count < 2 {
                out.emit(.tooFewExits, "keputusan di langkah '\(step.id)' memiliki \(decision.exits.count) cabang; paling sedikit 2",
                         at: decision.location, notes: ["keputusan tanpa pilihan adalah langkah biasa; pakai 'lanjut'"])
            }
            var labels: [String: SourceLocation] = [:]
            for exit in decision.exits {
                let key = exit.label.value.lowercased()
                if let first = labels[key] {
                    out.emit(.duplicateExitLabel, "label cabang '\(exit.label.value)' dipakai dua kali di langkah '\(step.id)'",
                             at: exit.label.location, notes: ["label pertama di baris \(first.line)"])
                }
                labels[key] = exit.label.location
            }
        }
    }

    private static func unusedActors(_ sop: SOP, _ out: inout DiagnosticCollector) {
        let used = Set(sop.steps.flatMap { $0.actors.map(\.id) } + sop.recurringDuties.flatMap { $0.actors.map(\.id) })
        for actor in sop.actors where !used.contains(actor.id) {
            out.emit(.unusedActor, "pelaksana '\(actor.id)' dideklarasikan tetapi tidak melakukan langkah apa pun",
                     at: actor.location, notes: ["hapus pelaksana ini atau tetapkan sebagai pelaksana sebuah langkah"])
        }
    }
}
