import Foundation

/// A fresh, empty database on the test cluster (`scripts/postgres.sh`), one per test, so tests
/// never see each other's cases. `$SOP_TEST_POSTGRES` is the cluster's URL; `scripts/test.sh`
/// starts the cluster and sets it, and sets `$SOP_REQUIRE_POSTGRES` so that a run without it
/// fails instead of skipping the PostgreSQL half of the store tests.
public enum PostgresTestDatabase {
    public static var baseURL: String? {
        ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var required: Bool { ProcessInfo.processInfo.environment["SOP_REQUIRE_POSTGRES"] == "1" }

    /// The URL of a new database named after the test, created with the cluster's `createdb`.
    public static func fresh() throws -> String {
        guard let base = baseURL, var url = URLComponents(string: base) else {
            throw Missing()
        }
        let name = "sop_t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try psql(base, "CREATE DATABASE \(name)")
        url.path = "/" + name
        return url.string!
    }

    /// Runs SQL with the cluster's psql, as the test role (an edit by hand, for tamper tests).
    public static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(sql: sql, stderr: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "SOP_TEST_POSTGRES is not set: start the test cluster with scripts/postgres.sh (scripts/test.sh does)" }
    }

    public struct Failed: Error, CustomStringConvertible {
        var sql: String, stderr: String
        public var description: String { "psql failed on \(sql): \(stderr)" }
    }
}
