import Foundation
import SOPDSL
import TestSupport

/// Locations in the source tree, found from this file so tests run from any directory.
enum RenderPaths {
    static let packageRoot = PackagePaths.root
    static let golden = PackagePaths.url("Tests/RenderTests/Golden")
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

    static var sopBinary: URL { PackagePaths.sopBinary }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Golden files of the rendered documents, in Tests/RenderTests/Golden.
enum RenderGolden {
    static func compare(_ actual: String, with name: String) -> String? {
        Golden.compare(actual, with: RenderPaths.golden.appendingPathComponent(name))
    }
}

typealias CommandResult = ProcessResult
