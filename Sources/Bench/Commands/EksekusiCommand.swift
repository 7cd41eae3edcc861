import ArgumentParser
import Foundation
import SOPEngine

/// Target 1: durable case execution. N helpdesk cases end to end through `CaseEngine` on a fresh
/// `SQLiteEventStore` (WAL, synchronous=NORMAL, one transaction per step), wall clock, roster.
struct EksekusiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eksekusi", abstract: "Target 1: kasus helpdesk, tahan lama (SQLite).")

    @Option(help: "Jumlah kasus.") var kasus = 1_000
    @Option(help: "Berkas SQLite (dibuat ulang).") var data = "/tmp/sop-bench/eksekusi.sqlite"
    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try Self.measure(cases: kasus, path: data, inputs: try input.inputs(), escalateEvery: input.escalateEvery)
        print("eksekusi: \(result.cases) kasus, \(result.steps) langkah, \(result.events) peristiwa dalam \(String(format: "%.3f", result.seconds)) s: "
              + "\(Int(result.stepsPerSecond)) langkah/s, \(Int(result.eventsPerSecond)) peristiwa/s")
        ResultLine.print(["cases": result.cases, "steps": result.steps, "events": result.events, "seconds": result.seconds,
                          "tasks_per_s": result.stepsPerSecond, "events_per_s": result.eventsPerSecond,
                          "us_per_step": result.seconds / Double(result.steps) * 1e6, "peak_rss_mb": Measure.peakRSSMB()])
    }

    struct Result { var cases: Int; var steps: Int; var events: Int; var seconds: Double
        var stepsPerSecond: Double { Double(steps) / seconds }
        var eventsPerSecond: Double { Double(events) / seconds }
    }

    static func measure(cases: Int, path: String, inputs: Inputs, escalateEvery: Int) throws -> Result {
        Inputs.removeStore(path)
        let store = try SQLiteEventStore(path: path, synchronous: "NORMAL")
        let engine = CaseEngine(store: store, clock: SystemClock(), roster: inputs.roster)
        var steps = 0
        let seconds = try Measure.seconds {
            for n in 1...cases {
                let state = try HelpdeskScript.run(case: n, engine: engine, sop: inputs.sop, source: inputs.source, escalateEvery: escalateEvery)
                steps += state.lastSequence - 1  // every event after the opening is one step
            }
        }
        return Result(cases: cases, steps: steps, events: steps + cases, seconds: seconds)
    }
}
