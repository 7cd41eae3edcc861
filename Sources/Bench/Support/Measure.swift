import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing and memory figures. Every figure the suite prints is a median [min-max] over repeated
/// runs, because the shared 2-core machine drifts by up to 2x between runs.
enum Measure {
    /// Monotonic seconds (not wall-clock time of day, which NTP may step).
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let t0 = now()
        try body()
        return now() - t0
    }

    /// The process's peak resident set so far, in MB (kernel's rusage; Linux reports KB).
    static func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The process's current resident set in MB (from /proc; 0 where unavailable).
    static func currentRSSMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// min / median / max of repeated measurements.
struct Spread: Sendable, Equatable {
    var min: Double
    var median: Double
    var max: Double

    init(_ values: [Double]) {
        precondition(!values.isEmpty, "no measurements")
        let sorted = values.sorted()
        min = sorted.first!
        max = sorted.last!
        let mid = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// "12,345 [11,000-13,100]".
    func text(_ digits: Int = 0) -> String { "\(Self.fmt(median, digits)) [\(Self.fmt(min, digits))-\(Self.fmt(max, digits))]" }

    static func fmt(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
}

/// The machine-readable line ../shared/bench/rep.py collects: `RESULT {json}`, numbers only
/// where rep.py should aggregate them.
enum ResultLine {
    static func print(_ fields: [String: Any]) {
        let object = fields.mapValues { value -> Any in
            if let d = value as? Double { return d.isFinite ? (d * 1000).rounded() / 1000 : 0 }
            return value
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        Swift.print("RESULT " + String(decoding: data, as: UTF8.self))
    }
}
