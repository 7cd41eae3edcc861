import Foundation
import Testing
import SOPServer
import TestSupport

/// The OpenAPI document in schema/ is the one the server serves, and names exactly the API's routes.
@Suite struct OpenAPITests {
    static let file = PackagePaths.url("schema/openapi.yaml")

    @Test func embeddedDocumentIsTheFile() throws {
        #expect(try String(contentsOf: Self.file, encoding: .utf8) == OpenAPIDocument.text,
                "run: python3 scripts/embed-openapi.py")
    }

    @Test func everyRouteIsDocumented() throws {
        let documented = Set(OpenAPIDocument.text.split(separator: "\n").filter { $0.hasPrefix("  /api/") }
            .map { $0.dropFirst(2).dropLast().replacingOccurrences(of: "{id}", with: ":id").replacingOccurrences(of: "{kantor}", with: ":kantor") })
        let source = try String(contentsOf: PackagePaths.url("Sources/SOPServer/Routes/APIRoutes.swift"), encoding: .utf8)
        let routes = Set(source.matches(of: /router\.(?:get|post|delete)\("([^"]+)"\)/).map { String($0.1) })
        #expect(documented == routes)
    }
}
