import Foundation
import SOPDSL
import SOPEngine

/// Every recorded case's step spans from the store's typed rows (`step_span`), one case at a
/// time, without decoding an event body. A case still running is folded from its own events
/// instead (its running steps are known from the events only), after the stream; so are cases
/// without a cache row. False when the store keeps no typed rows (a read-only store written
/// before they existed, or the in-memory store): then `CaseCorpus` is the way.
enum SpanCorpus {
    static func forEach(_ engine: CaseEngine, _ body: (_ caseID: String, _ spans: [StepSpan], _ sop: (String) -> SOP) throws -> Void) throws -> Bool {
        guard let facts = engine.store as? SpanFactStore else { return false }
        let sops = try CaseCorpus.versions(engine)
        // One layout per version for the whole pass.
        var layouts: [String: TimelineLayout] = [:]
        // Nearly every span asks for the version the one before it asked for: no hashing then.
        var last: (hash: String, layout: TimelineLayout)?
        func layout(_ hash: String, else current: String) -> TimelineLayout {
            if let last, last.hash == hash { return last.layout }
            // A version not stored is measured under the one the case runs on now.
            guard let sop = sops[hash] else { return layout(current, else: current) }
            let found = layouts[hash] ?? TimelineLayout(sop)
            layouts[hash] = found
            last = (hash, found)
            return found
        }
        var running: [String] = []
        var caseID = ""
        var current: String?
        var completed: [CaseTimeline.Completion] = []
        func flush() throws {
            defer { completed.removeAll(keepingCapacity: true) }
            guard !completed.isEmpty, let current, let sop = sops[current] else { return }
            let spans = CaseTimeline.spans(caseID: caseID, completed: completed, active: [], sopHash: current) { layout($0, else: current) }
            try body(caseID, spans) { sops[$0] ?? sop }
        }
        let kept = try engine.storeCall {
            try facts.forEachSpanFact { row in
                if row.fact.caseID != caseID {
                    try flush()
                    caseID = row.fact.caseID
                    current = row.caseClosed ? row.caseSOPHash : nil
                    if !row.caseClosed { running.append(caseID) }
                }
                if current != nil { completed.append(CaseTimeline.Completion(fact: row.fact)) }
            }
        }
        guard kept else { return false }
        try flush()
        for id in running {
            let events = try engine.storeCall { try engine.store.events(caseID: id) }
            guard let record = CaseCorpus.record(CaseState(events: events), sops) else { continue }
            try body(id, record.spans) { record.versions[$0] ?? record.sop }
        }
        return true
    }
}
