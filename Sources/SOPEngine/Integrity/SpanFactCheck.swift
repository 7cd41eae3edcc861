import Foundation

/// The typed span rows (`step_span`) re-derived from the event bodies and compared: reports
/// count from those rows, so a row edited by hand must not pass as evidence.
enum SpanFactCheck {
    static func findings(_ store: EventStore) throws -> [ChainVerifier.Finding] {
        guard let facts = store as? SpanFactStore else { return [] }
        var findings: [ChainVerifier.Finding] = []
        var replay: SpanReplay?
        var caseID = ""
        var flagged = false
        _ = try facts.forEachEventWithSpanFact { row, stored in
            if row.caseID != caseID { caseID = row.caseID; replay = nil; flagged = false }
            // An unreadable body is named by the chain check itself.
            guard !flagged, let event = try? EventHasher.decodeBody(row.body, hash: row.hash) else { return }
            var derived: SpanFact?
            if event.sequence == 1 { replay = SpanReplay(opening: event) } else { derived = replay?.apply(event) }
            guard derived != stored else { return }
            flagged = true
            let reason = stored == nil ? "baris ringkasan langkah (step_span) untuk peristiwa ini hilang"
                : derived == nil ? "baris ringkasan langkah (step_span) ada untuk peristiwa yang bukan penyelesaian langkah (ditambahkan di luar aplikasi)"
                : "baris ringkasan langkah (step_span) tidak sesuai dengan isi peristiwanya (diubah di luar aplikasi)"
            findings.append(ChainVerifier.Finding(caseID: row.caseID, sequence: row.sequence, reason: reason))
        }
        for (id, sequence) in try facts.orphanSpanFacts() {
            findings.append(ChainVerifier.Finding(caseID: id, sequence: sequence,
                                                  reason: "baris ringkasan langkah (step_span) tanpa peristiwa (ditambahkan di luar aplikasi)"))
        }
        return findings
    }
}
