import Foundation
import Testing
import TestSupport
@testable import SOPEngine

/// Every engine refusal code is documented in the README's table of command error codes.
@Suite struct ErrorCodeDocsTests {
    @Test func everyEngineCodeIsInTheReadme() throws {
        let readme = try String(contentsOf: PackagePaths.url("README.md"), encoding: .utf8)
        let source = try String(contentsOf: PackagePaths.url("Sources/SOPEngine/Engine/EngineError.swift"), encoding: .utf8)
        let codes = source.matches(of: /"(KASUS\d{3})"/).map { String($0.1) }
        #expect(codes.count >= 26)
        let missing = codes.filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "undocumented: \(missing)")
    }
}
