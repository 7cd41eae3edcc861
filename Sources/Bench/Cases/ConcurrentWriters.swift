import Foundation
import SOPEngine

/// N writers in one process, each running its own share of the helpdesk cases end to end, as
/// desks behind one server would. `shared`: one `SQLiteEventStore` and one `CaseEngine` for all
/// (what a server holds: SQLite admits one writer at a time, and the store's queue hands the
/// connection over without sleeping); otherwise a store and an engine per writer, each its own
/// connection, which wait for SQLite's write lock through its busy timeout.
enum ConcurrentWriters {
    struct Result {
        var writers: Int
        var cases: Int
        var steps: Int
        var seconds: Double
        /// The ids of the cases each writer ran, in order.
        var caseIDs: [[String]]
        var stepsPerSecond: Double { Double(steps) / seconds }
        var events: Int { steps + cases }
    }

    static func run(writers: Int, cases: Int, path: String, inputs: Inputs, escalateEvery: Int, shared: Bool) throws -> Result {
        precondition(writers > 0 && cases > 0, "at least one writer and one case")
        Inputs.removeStore(path)
        let engines: [CaseEngine]
        if shared {
            let engine = CaseEngine(store: try SQLiteEventStore(path: path, synchronous: "NORMAL"), clock: SystemClock(), roster: inputs.roster)
            engines = Array(repeating: engine, count: writers)
        } else {
            engines = try (0..<writers).map { _ in
                CaseEngine(store: try SQLiteEventStore(path: path, synchronous: "NORMAL"), clock: SystemClock(), roster: inputs.roster)
            }
        }
        let outcomes = Outcomes(writers: writers)
        let group = DispatchGroup()
        let sop = inputs.sop, source = inputs.source
        let seconds = Measure.seconds {
            // Threads of their own, not concurrentPerform: that runs no more iterations at once than there are cores.
            for writer in 0..<writers {
                group.enter()
                let engine = engines[writer]
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        // Writer w runs cases w+1, w+1+N, ...: the same cases, and so the same steps, as one writer.
                        for n in stride(from: writer + 1, through: cases, by: writers) {
                            let state = try HelpdeskScript.run(case: n, engine: engine, sop: sop, source: source, escalateEvery: escalateEvery)
                            outcomes.record(writer: writer, caseID: state.id, steps: state.lastSequence - 1)
                        }
                    } catch {
                        outcomes.fail(writer: writer, error)
                    }
                }
            }
            group.wait()
        }
        if let failure = outcomes.failure { throw failure }
        return Result(writers: writers, cases: cases, steps: outcomes.steps, seconds: seconds, caseIDs: outcomes.caseIDs)
    }

    /// What the writers report, under a lock.
    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [[String]]
        private var stepCount = 0
        private var firstFailure: Error?

        init(writers: Int) { ids = Array(repeating: [], count: writers) }

        func record(writer: Int, caseID: String, steps: Int) {
            lock.withLock { ids[writer].append(caseID); stepCount += steps }
        }

        func fail(writer: Int, _ error: Error) {
            lock.withLock { if firstFailure == nil { firstFailure = BenchError("penulis \(writer + 1): \(error)") } }
        }

        var caseIDs: [[String]] { lock.withLock { ids } }
        var steps: Int { lock.withLock { stepCount } }
        var failure: Error? { lock.withLock { firstFailure } }
    }
}
