import ArgumentParser
import Foundation
import SOPDSL

/// Target 2 (and the in-process half of 5): load and check one SOP file (YAML -> model -> lint),
/// repeated; throughput in MB/s (1 MB = 10^6 bytes, as limits/libyaml_scan counts) and peak
/// memory against the file's size.
struct MuatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "muat", abstract: "Target 2: muat dan periksa satu berkas SOP.")

    @Argument(help: "Berkas SOP.") var file: String
    @Option(help: "Berapa kali dimuat dalam satu proses.") var ulang = 5

    func run() throws {
        let r = try Self.measure(path: file, reps: ulang)
        let spread = Spread(r.seconds)
        print("muat \(file): \(r.bytes) B, \(r.steps) langkah, \(r.findings) temuan; x\(ulang): \(spread.text(4)) s -> "
              + "\(String(format: "%.1f", r.megabytesPerSecond)) MB/s median; RSS puncak \(String(format: "%.1f", r.peakRSS)) MB "
              + "(awal \(String(format: "%.1f", r.baseRSS)) MB)")
        ResultLine.print(["bytes": r.bytes, "steps": r.steps, "findings": r.findings, "reps": ulang,
                          "seconds_median": spread.median, "seconds_min": spread.min, "mb_s": r.megabytesPerSecond,
                          "peak_rss_mb": r.peakRSS, "base_rss_mb": r.baseRSS,
                          "peak_over_file": (r.peakRSS - r.baseRSS) / (Double(r.bytes) / 1_048_576)])
    }

    struct Result {
        var bytes: Int; var steps: Int; var findings: Int; var seconds: [Double]; var peakRSS: Double; var baseRSS: Double
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / Spread(seconds).median }
    }

    static func measure(path: String, reps: Int) throws -> Result {
        guard let bytes = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { throw BenchError("\(path): tidak dapat dibaca") }
        let base = Measure.currentRSSMB()
        var seconds: [Double] = []
        var steps = 0, findings = 0
        for _ in 0..<max(1, reps) {
            var result: LoadResult?
            seconds.append(Measure.seconds { result = SOPLoader.load(path: path) })
            guard let sop = result?.sop else { throw BenchError("\(path): SOP bergalat: \(result?.diagnostics.prefix(3) ?? [])") }
            steps = sop.steps.count
            findings = result!.diagnostics.count
        }
        return Result(bytes: bytes, steps: steps, findings: findings, seconds: seconds, peakRSS: Measure.peakRSSMB(), baseRSS: base)
    }
}
