import Foundation
import Testing
@testable import SOPServer
import TestSupport

/// Every code the server answers with is in docs/server.md, with its HTTP status.
@Suite struct ServerDocsTests {
    @Test func everyServerCodeIsDocumented() throws {
        let doc = try String(contentsOf: PackagePaths.url("docs/server.md"), encoding: .utf8)
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| SERVER") }
        let missing = ServerError.codes.filter { code in !rows.contains { $0.hasPrefix("| \(code) |") } }
        #expect(missing.isEmpty, "undocumented: \(missing)")
        #expect(rows.count == ServerError.codes.count, "docs/server.md lists codes the server no longer has")
    }
}
