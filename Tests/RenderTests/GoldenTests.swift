import Foundation
import Testing
import SOPDSL
@testable import SOPRender

/// The rendered HTML and XML of every shipped SOP, pinned as golden files in `Golden/`, so any
/// change to the printed output shows up as a reviewed diff. Re-record with `SOP_RECORD=1`.
@Suite struct GoldenTests {
    @Test(arguments: RenderPaths.shipped)
    func html(_ name: String) throws {
        let html = HTMLRenderer.render(try RenderPaths.load(name))
        if let difference = RenderGolden.compare(html, with: name + ".html") { Issue.record(Comment(rawValue: difference)) }
    }

    @Test(arguments: RenderPaths.shipped)
    func xml(_ name: String) throws {
        let xml = try XMLRenderer.render(try RenderPaths.load(name))
        if let difference = RenderGolden.compare(xml, with: name + ".xml") { Issue.record(Comment(rawValue: difference)) }
    }

    @Test func renderingIsDeterministic() throws {
        let sop = try RenderPaths.load("helpdesk")
        #expect(HTMLRenderer.render(sop) == HTMLRenderer.render(sop))
        let random = SOPFactory.random(steps: 80, actorCount: 5, seed: 42)
        #expect(HTMLRenderer.render(random) == HTMLRenderer.render(random))
    }
}
