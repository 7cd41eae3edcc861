import Foundation
import SOPDSL
import SOPEngine

/// Generates a recorded case load: `count` helpdesk cases run through the real engine (manual
/// clock, cases spread over a year of office days) and written in bulk. What target 4
/// (reports over a million cases) and target 6 (steps on a big store) start from.
enum CaseLoad {
    /// 1 April 2024, 09:00 WIB: the first day of the spread.
    static let start = Date(timeIntervalSince1970: 1_711_936_800)
    static let spreadDays = 365

    struct Summary { var cases: Int; var events: Int; var seconds: Double; var firstNumber: Int }

    /// Appends `count` cases to the store at `path` (created if new), continuing its case ids.
    static func generate(path: String, count: Int, inputs: Inputs, escalateEvery: Int = 3, batch: Int = 2_000,
                         progress: ((Int) -> Void)? = nil) throws -> Summary {
        let writer = try BulkWriter(path: path)
        let prefix = CaseID.prefix(forSOPPath: inputs.sop.path)
        let first = try writer.allocated(prefix: prefix) + 1
        let capture = CaptureStore(firstNumber: first)
        let clock = ManualClock(start)
        let engine = CaseEngine(store: capture, clock: clock, roster: inputs.roster)
        try writer.save(SOPVersion(sop: inputs.sop, source: inputs.source))
        var finished: [CaseState] = []
        var events = 0
        let seconds = try Measure.seconds {
            for n in first..<(first + count) {
                let day = (n - 1) % spreadDays
                let caseStart = start.addingTimeInterval(Double(day) * 86_400 + Double((n / spreadDays) % 300) * 60)
                let moves = HelpdeskScript.moves(case: n, escalateEvery: escalateEvery)
                let state = try HelpdeskScript.run(case: n, engine: engine, sop: inputs.sop, source: inputs.source,
                                                   escalateEvery: escalateEvery, beforeStep: { index in
                    // Opening at the case's start, then 4-19 minutes a step (2 hours for the national helpdesk).
                    if index == 0 { clock.set(caseStart); return }
                    clock.advance(by: moves[index - 1].step == "jawab_kpu" ? 7_200 : Double(4 + (n + index) % 16) * 60)
                })
                finished.append(state)
                if finished.count == batch || n == first + count - 1 {
                    let drained = capture.drain(finished: finished.map(\.id))
                    events += drained.count
                    try writer.write(events: drained, finished: finished, prefix: prefix, counter: capture.lastNumber)
                    finished.removeAll(keepingCapacity: true)
                    progress?(n - first + 1)
                }
            }
        }
        return Summary(cases: count, events: events, seconds: seconds, firstNumber: first)
    }
}
