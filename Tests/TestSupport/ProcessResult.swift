import Foundation

/// Runs a command to the end and captures its exit status and output, as a user would see them.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           in directory: URL? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the package's `sop` binary from the package root.
    public static func sop(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try run(PackagePaths.sopBinary, arguments, environment: environment, in: PackagePaths.root)
    }
}
