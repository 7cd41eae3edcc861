import Foundation

/// Runs a command to the end and captures its exit status and output, as a user would see them.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// `environment` is all the child gets of the program's own settings: every `SOP_*` variable
    /// of the developer's shell (`inheriting`) is dropped, so a test runs the same on any machine.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           in directory: URL? = nil,
                           inheriting parent: [String: String] = ProcessInfo.processInfo.environment) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = hermetic(parent, adding: environment)
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once: reading one to its end first would leave a child that
        // fills the other (64 KB) blocked forever.
        let outData = PipeReader(out), errData = PipeReader(err)
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData.wait(), as: UTF8.self),
                             stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    /// The parent's environment without its `SOP_*` variables, plus what the test passes.
    public static func hermetic(_ parent: [String: String] = ProcessInfo.processInfo.environment,
                                adding explicit: [String: String] = [:]) -> [String: String] {
        parent.filter { !$0.key.hasPrefix("SOP_") }.merging(explicit) { $1 }
    }

    /// Runs the package's `sop` binary from the package root.
    public static func sop(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try run(PackagePaths.sopBinary, arguments, environment: environment, in: PackagePaths.root)
    }
}

/// Reads one pipe to its end on its own thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
