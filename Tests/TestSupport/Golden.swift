import Foundation

/// Compares text with a golden file; `SOP_RECORD=1` rewrites the golden file instead, so a change
/// to the output is a reviewed diff.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["SOP_RECORD"] == "1" }

    /// nil when equal (or just recorded), else where the first difference is.
    public static func compare(_ actual: String, with url: URL) -> String? {
        let name = url.lastPathComponent
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(name) missing; run with SOP_RECORD=1 to record it"
        }
        if expected == actual { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) where (i < a.count ? a[i] : nil) != (i < e.count ? e[i] : nil) {
            return "\(name) line \(i + 1) differs (re-record with SOP_RECORD=1 if intended):\n expected: \(i < e.count ? String(e[i]) : "<none>")\n   actual: \(i < a.count ? String(a[i]) : "<none>")"
        }
        return "\(name) differs"
    }
}
