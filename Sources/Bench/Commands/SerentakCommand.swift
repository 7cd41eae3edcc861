import ArgumentParser
import Foundation
import SOPEngine

/// A server-like figure beside target 1: N writers at once in one process against one store,
/// each running whole helpdesk cases; steps/s, and its ratio to one writer running the same
/// cases in the same process just before (paired, so the ratio holds while the machine drifts).
struct SerentakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serentak",
                                                    abstract: "Penulis serentak dalam satu proses pada satu toko (seperti server).")

    @Option(help: "Jumlah penulis serentak.") var penulis = 4
    @Option(help: "Jumlah kasus (dibagi rata ke para penulis).") var kasus = 1_000
    @Option(help: "Berkas SQLite (dibuat ulang).") var data = "/tmp/sop-bench/serentak.sqlite"
    @Flag(name: .customLong("koneksi-per-penulis"), help: "Satu toko (koneksi SQLite) dan satu mesin per penulis, bukan satu bersama.")
    var perWriter = false
    @OptionGroup var input: InputOptions

    func run() throws {
        let r = try Self.measure(writers: penulis, cases: kasus, path: data, inputs: try input.inputs(),
                                 escalateEvery: input.escalateEvery, shared: !perWriter)
        print("serentak: \(r.many.writers) penulis, \(r.many.cases) kasus, \(r.many.steps) langkah dalam \(String(format: "%.3f", r.many.seconds)) s: "
              + "\(Int(r.many.stepsPerSecond)) langkah/s; satu penulis: \(Int(r.single.stepsPerSecond)) langkah/s; rasio \(String(format: "%.2f", r.ratio))")
        ResultLine.print(["writers": r.many.writers, "cases": r.many.cases, "steps": r.many.steps, "events": r.many.events,
                          "seconds": r.many.seconds, "tasks_per_s": r.many.stepsPerSecond,
                          "events_per_s": Double(r.many.events) / r.many.seconds,
                          "single_tasks_per_s": r.single.stepsPerSecond, "ratio_vs_single": r.ratio,
                          "shared_store": perWriter ? 0 : 1, "peak_rss_mb": Measure.peakRSSMB()])
    }

    struct Result {
        var single: ConcurrentWriters.Result
        var many: ConcurrentWriters.Result
        var ratio: Double { many.stepsPerSecond / single.stepsPerSecond }
    }

    static func measure(writers: Int, cases: Int, path: String, inputs: Inputs, escalateEvery: Int, shared: Bool) throws -> Result {
        let single = try ConcurrentWriters.run(writers: 1, cases: cases, path: path, inputs: inputs, escalateEvery: escalateEvery, shared: shared)
        let many = try ConcurrentWriters.run(writers: writers, cases: cases, path: path, inputs: inputs, escalateEvery: escalateEvery, shared: shared)
        return Result(single: single, many: many)
    }
}
