import Foundation
import Testing
import TestSupport
@testable import SOPDSL

/// Every diagnostic code has a fixture whose full rendered text is pinned.
@Suite struct DiagnosticGoldenTests {
    static let fixtures = TestPaths.files(in: TestPaths.diagnosticFixtures, ending: ".yaml")

    static func render(_ name: String) throws -> (String, LoadResult) {
        let url = TestPaths.diagnosticFixtures.appendingPathComponent(name)
        let bytes = [UInt8](try Data(contentsOf: url))
        let result = SOPLoader.load(bytes: bytes, path: "diagnostics/\(name)")
        return (DiagnosticRenderer(sources: [result.source]).render(result.diagnostics), result)
    }

    @Test(arguments: fixtures)
    func renderedTextIsPinned(_ name: String) throws {
        let (text, result) = try Self.render(name)
        let expectedCode = String(name.prefix(6))
        #expect(result.diagnostics.contains { $0.code.rawValue == expectedCode }, "\(name) must produce \(expectedCode)")
        let golden = TestPaths.diagnosticFixtures.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".expected"))
        if let difference = Golden.compare(text, with: golden) { Issue.record("\(name): \(difference)") }
    }

    @Test func everyCodeHasAFixture() {
        // SOP001 and SOP005 need a missing or huge file; RobustnessTests covers them.
        let covered = Set(Self.fixtures.map { String($0.prefix(6)) } + ["SOP001", "SOP005"])
        // SOP6xx (calendar) and SOP7xx (roster) are other file kinds, tested with their loaders.
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { $0 < "SOP600" && !covered.contains($0) }
        #expect(missing.isEmpty, "codes without a fixture: \(missing)")
    }

    @Test func validFixtureHasNoFindings() throws {
        let url = TestPaths.fixtures.appendingPathComponent("valid-minimal.yaml")
        let result = SOPLoader.load(path: url.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.sop?.steps.count == 3)
    }
}
