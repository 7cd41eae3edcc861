import Foundation
import Testing
import TestSupport
@testable import SOPEngine

/// Every engine refusal code, and every code the command line fails with, is documented in the
/// README's table of command error codes.
@Suite struct ErrorCodeDocsTests {
    let readme: String

    init() throws { readme = try String(contentsOf: PackagePaths.url("README.md"), encoding: .utf8) }

    /// `CODE` itself, or a range `CETAK001`-`CETAK003` around it.
    func isDocumented(_ code: String) -> Bool {
        if readme.contains("`\(code)`") { return true }
        let prefix = code.prefix { $0.isLetter }, number = Int(code.dropFirst(prefix.count)) ?? 0
        return readme.matches(of: /`([A-Z]+)(\d{3})`-`([A-Z]+)(\d{3})`/).contains { m in
            m.1 == prefix && m.3 == prefix && (Int(m.2) ?? 0) <= number && number <= (Int(m.4) ?? 0)
        }
    }

    @Test func everyEngineCodeIsInTheReadme() throws {
        let source = try String(contentsOf: PackagePaths.url("Sources/SOPEngine/Engine/EngineError.swift"), encoding: .utf8)
        let codes = source.matches(of: /"(KASUS\d{3})"/).map { String($0.1) }
        #expect(codes.count >= 26)
        let missing = codes.filter { !isDocumented($0) }
        #expect(missing.isEmpty, "undocumented: \(missing)")
    }

    @Test func everyCommandCodeIsInTheReadme() throws {
        let folder = PackagePaths.url("Sources/Runner")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var codes = Set<String>()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            codes.formUnion(text.matches(of: /CommandFailure\("([A-Z]+\d{3})"/).map { String($0.1) })
        }
        #expect(codes.count >= 25, "\(codes.sorted())")
        let missing = codes.filter { !isDocumented($0) }.sorted()
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
