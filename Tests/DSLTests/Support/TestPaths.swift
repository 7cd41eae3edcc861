import Foundation
import TestSupport

/// Locations in the source tree used by the DSL tests.
enum TestPaths {
    static let packageRoot = PackagePaths.root
    static let testsDirectory = PackagePaths.url("Tests/DSLTests")
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let diagnosticFixtures = fixtures.appendingPathComponent("diagnostics")
    static let shippedSOPs = packageRoot.appendingPathComponent("sops")
    static var sopBinary: URL { PackagePaths.sopBinary }

    static func files(in directory: URL, ending suffix: String) -> [String] {
        PackagePaths.files(in: directory, ending: suffix)
    }
}
