import SOPDSL

/// The text cells of one flowchart row exactly as printed; the estimate and the HTML both read
/// this, so what is measured is what is written.
struct PrintedRow: Sendable, Hashable {
    var number: String
    var activity: String
    /// The decision's question, printed under the activity.
    var question: String?
    var requirements: [String]
    /// The Waktu cell; nil on rows inside another row's merged cell.
    var time: String?
    var output: String
    var note: String

    /// Kelengkapan items as printed: numbered when there are several.
    var requirementLines: [String] {
        requirements.count > 1 ? requirements.enumerated().map { "\($0 + 1). \($1)" } : requirements
    }

    static func rows(of sop: SOP, spans: [TimeSpanCell]) -> [PrintedRow] {
        var covered = Set<Int>()
        for span in spans { covered.formUnion((span.first + 1)...span.last) }
        return sop.rows.enumerated().map { i, row in
            // A one-symbol row's decision question is printed under its activity.
            let steps = sop.steps(ofRow: i)
            let question = steps.count == 1 ? steps[0].decision?.question?.value : nil
            return PrintedRow(
                number: "\(row.number)",
                activity: row.activity.value,
                question: question,
                requirements: row.requirements.map(\.name.value),
                time: covered.contains(i) ? nil : (row.time?.written ?? ""),
                output: row.output?.value ?? "",
                note: row.note?.value ?? "")
        }
    }
}

/// A Waktu cell merged over rows `first...last` (a step with `waktu_sampai`).
struct TimeSpanCell: Sendable, Hashable {
    var first: Int
    var last: Int
    var text: String

    static func spans(of sop: SOP) -> [TimeSpanCell] {
        // `waktu_sampai` names a row, or a symbol of it.
        var index: [String: Int] = [:]
        for (i, row) in sop.rows.enumerated() where index[row.id] == nil { index[row.id] = i }
        for step in sop.steps where index[step.id] == nil { index[step.id] = step.rowIndex }
        var spans: [TimeSpanCell] = []
        var reach = -1
        for (i, row) in sop.rows.enumerated() where i > reach {
            guard let end = row.timeSpanEnd, let last = index[end.id], last > i else { continue }
            spans.append(TimeSpanCell(first: i, last: last, text: row.time?.written ?? ""))
            reach = last   // spans never nest or overlap in print
        }
        return spans
    }
}
