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
            out.emit(.lint(.tooManyColumns(count: sop.columnActors.count, limit: maximumColumns)), at: extra.location)
        }
        return out.diagnostics
    }

    /// SOP AP draws a terminator first and last in each table. What the author drew is kept;
    /// a table that starts or a path that ends elsewhere is a warning, not redrawn.
    private static func terminators(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for procedure in sop.procedures {
            if let first = sop.steps.first(where: { procedure.rows.contains($0.rowIndex) }), first.shape != .terminator {
                out.emit(.lint(.firstNotTerminator(step: first.id, shape: first.shape.rawValue, table: procedure.title?.value)),
                         at: first.location)
            }
        }
        for step in sop.steps where step.isEnd && step.shape != .terminator && !step.shape.isConnector {
            out.emit(.lint(.lastNotTerminator(step: step.id, shape: step.shape.rawValue)), at: step.location)
        }
    }

    private static func decisions(_ sop: SOP, _ out: inout DiagnosticCollector) {
        for step in sop.steps {
            guard let decision = step.decision else { continue }
            if decision.exits.count < 2 {
                out.emit(.lint(.tooFewExits(step: step.id, count: decision.exits.count)), at: decision.location)
            }
            var labels: [String: SourceLocation] = [:]
            var ids: [String: SourceLocation] = [:]
            for exit in decision.exits {
                if let first = ids[exit.id] {
                    out.emit(.lint(.duplicateExit(exit.id, step: step.id, firstLine: first.line)), at: exit.location)
                }
                ids[exit.id] = exit.location
                guard let label = exit.label else { continue }
                let key = label.value.lowercased()
                if let first = labels[key] {
                    out.emit(.lint(.duplicateExitLabel(label.value, step: step.id, firstLine: first.line)), at: label.location)
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
                out.emit(.lint(.decisionInGroup(step: decision.id)), at: step.lines.first?.location ?? step.location)
            }
        }
    }

    private static func unusedActors(_ sop: SOP, _ out: inout DiagnosticCollector) {
        let used = Set(sop.steps.flatMap { $0.actors.map(\.id) } + sop.recurringDuties.flatMap { $0.actors.map(\.id) })
        for actor in sop.actors where !used.contains(actor.id) {
            out.emit(.lint(.unusedActor(actor.id)), at: actor.location)
        }
    }
}
