import ArgumentParser
import Foundation
import GRDB
import SOPEngine

/// Target 6: the cost of one step on a store that already holds many cases. Runs M more
/// helpdesk cases through the engine on the given store (durable, as target 1), times each
/// step, then deletes what it added, so the store keeps its size for the next run.
struct SkalaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "skala", abstract: "Target 6: biaya per langkah pada toko besar.")

    @Option(help: "Berkas SQLite yang sudah berisi kasus (buat-kasus).") var data: String
    @Option(help: "Kasus yang dijalankan di atasnya.") var kasus = 300
    @OptionGroup var input: InputOptions

    func run() throws {
        let r = try Self.measure(path: data, cases: kasus, inputs: try input.inputs(), escalateEvery: input.escalateEvery)
        let spread = Spread(r.stepSeconds.map { $0 * 1e6 })
        let p90 = r.stepSeconds.sorted()[Int(Double(r.stepSeconds.count - 1) * 0.9)] * 1e6
        print("skala: toko \(r.storedCases) kasus / \(r.storedEvents) peristiwa; \(r.stepSeconds.count) langkah: "
              + "\(spread.text(0)) us/langkah, P90 \(Int(p90)) us")
        ResultLine.print(["stored_cases": r.storedCases, "stored_events": r.storedEvents, "steps": r.stepSeconds.count,
                          "us_per_step_median": spread.median, "us_per_step_p90": p90,
                          "us_per_step_mean": r.stepSeconds.reduce(0, +) / Double(r.stepSeconds.count) * 1e6])
    }

    struct Result { var storedCases: Int; var storedEvents: Int; var stepSeconds: [Double] }

    static func measure(path: String, cases: Int, inputs: Inputs, escalateEvery: Int) throws -> Result {
        guard FileManager.default.fileExists(atPath: path) else { throw BenchError("\(path): tidak ada (buat dengan buat-kasus)") }
        let prefix = CaseID.prefix(forSOPPath: inputs.sop.path)
        let db = try DatabaseQueue(path: path)
        let (storedCases, storedEvents, lastRow, counter) = try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM case_state") ?? 0,
             try Int.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0,
             try Int.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0,
             try Int.fetchOne(db, sql: "SELECT value FROM counter WHERE name = ?", arguments: [prefix]) ?? 0)
        }
        let store = try SQLiteEventStore(path: path, synchronous: "NORMAL")
        let engine = CaseEngine(store: store, clock: SystemClock(), roster: inputs.roster)
        var timings: [Double] = []
        timings.reserveCapacity(cases * 13)
        var added: [String] = []
        defer {
            // Leave the store as it was: the next run measures the same size.
            try? db.write { db in
                try db.execute(sql: "DELETE FROM event WHERE id > ?", arguments: [lastRow])
                for id in added { try db.execute(sql: "DELETE FROM case_state WHERE case_id = ?", arguments: [id]) }
                try db.execute(sql: "UPDATE counter SET value = ? WHERE name = ?", arguments: [counter, prefix])
            }
        }
        for n in 1...cases {
            let state = try HelpdeskScript.run(case: counter + n, engine: engine, sop: inputs.sop, source: inputs.source,
                                               escalateEvery: escalateEvery, timed: { timings.append($0) })
            added.append(state.id)
        }
        return Result(storedCases: storedCases, storedEvents: storedEvents, stepSeconds: timings)
    }
}
