import Foundation
import SOPDSL

/// Locations in the source tree, found from this file so tests run from any directory.
enum RenderPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let golden = testsDirectory.appendingPathComponent("Golden")
    static let schema = packageRoot.appendingPathComponent("schema/sop.xsd")
    static let sops = packageRoot.appendingPathComponent("sops")
    static let fixture = packageRoot.appendingPathComponent("Tests/DSLTests/Fixtures/valid-minimal.yaml")

    /// Every shipped SOP (`sops/*.yaml`) and the minimal fixture, as "name" -> file.
    static var shipped: [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: sops.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        return names + ["valid-minimal"]
    }

    static func url(of name: String) -> URL {
        name == "valid-minimal" ? fixture : sops.appendingPathComponent(name + ".yaml")
    }

    /// Loads a shipped SOP; its path is made relative so output never depends on the checkout.
    static func load(_ name: String) throws -> SOP {
        let result = SOPLoader.load(path: url(of: name).path)
        guard var sop = result.sop else {
            throw TestFailure("\(name) does not load: \(result.diagnostics.map { "\($0.code.rawValue) \($0.message)" })")
        }
        sop.path = name == "valid-minimal" ? "Tests/DSLTests/Fixtures/valid-minimal.yaml" : "sops/\(name).yaml"
        return sop
    }

    /// The `sop` binary built next to the test bundle.
    static var sopBinary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("sop")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/sop")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Compares text with a golden file; `SOP_RECORD=1` rewrites the golden file instead.
enum RenderGolden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SOP_RECORD"] == "1" }

    /// nil when equal (or just recorded), else where the first difference is.
    static func compare(_ actual: String, with name: String) -> String? {
        let url = RenderPaths.golden.appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: RenderPaths.golden, withIntermediateDirectories: true)
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

/// Runs a command and captures its output.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
