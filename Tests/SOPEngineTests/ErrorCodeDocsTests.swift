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

    @Test func everyGuidedModeCodeIsInTheReadme() throws {
        let readme = try String(contentsOf: PackagePaths.url("README.md"), encoding: .utf8)
        let directory = PackagePaths.url("Sources/Runner")
        var codes = Set<String>()
        for name in FileManager.default.enumerator(atPath: directory.path)?.compactMap({ $0 as? String }) ?? [] where name.hasSuffix(".swift") {
            let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            codes.formUnion(source.matches(of: /"(TANYA\d{3})"/).map { String($0.1) })
        }
        #expect(codes.count == 5)
        let missing = codes.sorted().filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "undocumented: \(missing)")
    }
}
