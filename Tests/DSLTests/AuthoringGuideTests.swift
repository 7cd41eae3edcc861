import Foundation
import Testing
@testable import SOPDSL

/// The authoring guide stays true: its complete example passes, and every code is documented.
@Suite struct AuthoringGuideTests {
    static let guide = TestPaths.packageRoot.appendingPathComponent("docs/panduan-penulisan.md")

    @Test func completeExamplePassesWithoutFindings() {
        let result = SOPLoader.load(path: TestPaths.packageRoot.appendingPathComponent("docs/contoh-sop.yaml").path)
        #expect(result.sop != nil)
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: [result.source]).render(result.diagnostics))")
    }

    @Test func everyDiagnosticCodeIsDocumented() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let missing = DiagnosticCode.allCases.filter { $0.rawValue < "SOP600" && !text.contains("#### \($0.rawValue)") }
        #expect(missing.isEmpty, "undocumented: \(missing.map(\.rawValue))")
    }
}
