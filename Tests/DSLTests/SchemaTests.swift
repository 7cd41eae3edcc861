import Foundation
import Testing
import TestSupport

/// The JSON Schema editors use accepts every shipped SOP and rejects known-bad documents,
/// checked by a real JSON-Schema validator (Python's jsonschema, Draft 2020-12).
@Suite struct SchemaTests {
    func runChecker(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"),
                              ["python3", TestPaths.packageRoot.appendingPathComponent("scripts/check-schema.py").path] + arguments,
                              in: TestPaths.packageRoot)
    }

    @Test func everyShippedSOPValidates() throws {
        let result = try runChecker([])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func invalidDocumentsAreRejected() throws {
        let result = try runChecker(["--self-test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func aMistypedKeyFailsValidation() throws {
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("schema-bad-\(UUID().uuidString).yaml")
        let valid = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("valid-minimal.yaml"), encoding: .utf8)
        try valid.replacingOccurrences(of: "kegiatan: Menjawab", with: "kegiatn: Menjawab").write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let result = try runChecker([bad.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("kegiatn") || result.stderr.contains("kegiatn"))
    }
}
