/// The SOP AP rules of PermenPAN-RB 35/2012 that a well-formed model can still break.
/// Runs on a model without errors; each rule is a small function over the SOP.
public enum Linter {
    /// More actor columns than this stop fitting on A4 landscape.
    public static let maximumColumns = 6

    public static func lint(_ sop: SOP) -> [Diagnostic] {
        var out = DiagnosticCollector()
        terminators(sop, &out)
        decisions(sop, &out)
        together(sop, &out)
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

    /// SOP AP draws a terminator first and last in each table. What the author drew is kept;
    /// a table that starts or a path that ends elsewhere is a warning, not redrawn.
    private static func terminators(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for procedure in sop.procedures {
            let members = sop.steps.filter { procedure.rows.contains($0.rowIndex) }
            let table = procedure.title.map { " tabel '\($0.value)'" } ?? ""
            if let first = members.first, first.shape != .terminator {
                out.emit(.firstStepNotTerminator,
                         "simbol pertama\(table) '\(first.id)' berbentuk \(first.shape.rawValue), bukan terminator (mulai)",
                         at: first.location, notes: ["SOP AP membuka bagan dengan terminator; bila dokumen yang ditandatangani memang begini, tulis 'abaikan: [{kode: SOP501, alasan: ...}]'"])
            }
        }
        for step in sop.steps where step.isEnd && step.shape != .terminator && !step.shape.isConnector {
            out.emit(.lastStepNotTerminator, "alur berakhir di '\(step.id)' yang berbentuk \(step.shape.rawValue), bukan terminator (selesai)",
                     at: step.location, notes: ["tambahkan simbol terminator sesudahnya, atau tulis 'bentuk: terminator'"])
        }
    }

    private static func decisions(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for step in sop.steps {
            guard let decision = step.decision else { continue }
            if decision.exits.count < 2 {
                out.emit(.tooFewExits, "keputusan '\(step.id)' memiliki \(decision.exits.count) cabang; paling sedikit 2",
                         at: decision.location, notes: ["keputusan tanpa pilihan adalah simbol proses; pakai 'ke'"])
            }
            var labels: [String: SourceLocation] = [:]
            var ids: [String: SourceLocation] = [:]
            for exit in decision.exits {
                if let first = ids[exit.id] {
                    out.emit(.duplicateExitLabel, "cabang '\(exit.id)' dipakai dua kali di keputusan '\(step.id)'",
                             at: exit.location, notes: ["cabang pertama di baris \(first.line); beri 'id' yang berbeda"])
                }
                ids[exit.id] = exit.location
                guard let label = exit.label else { continue }
                let key = label.value.lowercased()
                if let first = labels[key] {
                    out.emit(.duplicateExitLabel, "label cabang '\(label.value)' dipakai dua kali di keputusan '\(step.id)'",
                             at: label.location, notes: ["label pertama di baris \(first.line)"])
                }
                labels[key] = label.location
            }
        }
    }

    /// Symbols joined by a plain line are done together; a diamond cannot be half of that.
    private static func together(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for step in sop.steps where !step.lines.isEmpty {
            let joined = [step] + step.lines.compactMap { sop.step($0.id) }
            if let decision = joined.first(where: \.isDecision) {
                out.emit(.togetherWithDecision, "keputusan '\(decision.id)' dihubungkan dengan garis 'bersama'; keputusan diambil satu pihak",
                         at: step.lines.first?.location ?? step.location,
                         notes: ["hubungkan kotak proses dengan garis, lalu arahkan panah ke keputusan"])
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
