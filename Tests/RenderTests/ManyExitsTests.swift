import Testing
import SOPDSL
@testable import SOPRender

/// A decision with many exits (benchmark target 8) is drawn as a person draws it: one trunk
/// leaving the diamond, a short branch to each target, and one connector pair per page the trunk
/// goes on to; the end the boxes lead to collects them the same way. Few exits draw as before.
@Suite struct ManyExitsTests {
    static func load(exits: Int, boxLane: String = "b") throws -> SOP {
        let result = SOPLoader.load(bytes: Array(ManyExitsFactory.yaml(exits: exits, boxLane: boxLane).utf8), path: "cabang-\(exits).yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.prefix(3).map(\.message))")
        return try #require(result.sop)
    }

    @Test func everyExitOfTwoHundredReachesItsTargetWithItsLabel() throws {
        let sop = try Self.load(exits: 200)
        let report = HTMLRenderer.renderReport(sop)
        #expect(report.warnings.filter { $0.hasPrefix("panah") }.isEmpty, "\(report.warnings.prefix(5))")
        let document = try #require(HTMLInspector.parse(report.html))
        #expect(document.flowPages.count > 5, "the exits run over many pages")
        let check = FanInvariants(document: document)
        let exits = check.reach(from: "pilih", to: (0..<200).map { ("p\($0)", "J\($0)") })
        #expect(exits.isEmpty, "\(exits.prefix(10).joined(separator: "\n"))")
        var ends: [String] = []
        for k in 0..<200 { ends += check.reach(from: "p\(k)", to: [("akhir", nil)]) }
        #expect(ends.isEmpty, "\(ends.prefix(10).joined(separator: "\n"))")
        let drawing = check.drawing()
        #expect(drawing.isEmpty, "\(drawing.prefix(10).joined(separator: "\n"))")
    }

    /// Boxes right under the decision in its own lane, and the end under them: the trunks leave
    /// and enter by a side (or step aside out of a pentagon) and run in the lane beside.
    @Test func aTrunkStepsAsideWhenASymbolIsRightUnderTheAnchor() throws {
        let sop = try Self.load(exits: 60, boxLane: "a")
        let report = HTMLRenderer.renderReport(sop)
        #expect(report.warnings.filter { $0.hasPrefix("panah") }.isEmpty, "\(report.warnings.prefix(5))")
        let document = try #require(HTMLInspector.parse(report.html))
        let check = FanInvariants(document: document)
        let exits = check.reach(from: "pilih", to: (0..<60).map { ("p\($0)", "J\($0)") })
        #expect(exits.isEmpty, "\(exits.prefix(10).joined(separator: "\n"))")
        var ends: [String] = []
        for k in 0..<60 { ends += check.reach(from: "p\(k)", to: [("akhir", nil)]) }
        #expect(ends.isEmpty, "\(ends.prefix(10).joined(separator: "\n"))")
        let drawing = check.drawing()
        #expect(drawing.isEmpty, "\(drawing.prefix(10).joined(separator: "\n"))")
    }

    /// Each page holds two connector pairs at most (the trunk out of the decision and the one
    /// into the end), not one per exit: the strips stay readable however many exits there are.
    @Test func connectorsPerPageDoNotGrowWithExits() throws {
        let document = try #require(HTMLInspector.parse(HTMLRenderer.render(try Self.load(exits: 120))))
        for page in document.flowPages {
            #expect(page.connectors.filter(\.isOutgoing).count <= 2, "page \(page.number)")
            #expect(page.connectors.filter { !$0.isOutgoing }.count <= 2, "page \(page.number)")
        }
    }

    /// A fan's branch carries its label beside the junction, not piled up at the diamond.
    @Test func labelsOfABranchSitBesideItsOwnLeg() throws {
        let sop = try Self.load(exits: 12)
        let layout = DocumentLayout(sop: sop, options: RenderOptions())
        let diagram = layout.diagrams[0]
        var placer = LabelPlacer(diagram: diagram)
        let placements = placer.placeAll()
        let ys = placements.values.map(\.y)
        #expect(Set(ys.map { Int(($0 * 10).rounded()) }).count == ys.count, "every label at its own height: \(ys.sorted())")
        for (i, p) in placements {
            let route = diagram.arrows[i].route.points
            let junction = route[min(diagram.arrows[i].labelAt, route.count - 1)]
            #expect(abs(p.y - junction.y) < 4, "label \(diagram.arrows[i].label ?? "") near its junction")
        }
    }

    /// Fans start at eight arrows: ordinary decisions and joins are routed one by one as before.
    @Test func fansFormOnlyFromEightArrows() throws {
        #expect(Fan.fans(of: FlowModel(try Self.load(exits: 7))).isEmpty)
        let fans = Fan.fans(of: FlowModel(try Self.load(exits: 8)))
        #expect(fans.map(\.isOut) == [true, false], "the decision's exits, then the end's arrivals")
        #expect(fans.map(\.edges.count) == [8, 8])
    }

    /// The drawing of a two-exit decision, exactly as printed before fans existed.
    @Test func aTwoExitDecisionDrawsAsBefore() throws {
        let html = HTMLRenderer.render(try Self.load(exits: 2))
        let expected = [
            #"data-dari="mulai" data-ke="pilih"><path d="M14 11.1 L14 19.3""#,
            #"data-dari="pilih" data-ke="p0" data-label="J0"><path d="M22 24.3 L42 24.3 L42 37.5""#,
            #"data-dari="p1" data-ke="akhir"><path d="M42 61.7 L42 67.1 L14 67.1 L14 69.9""#,
            #"data-dari="pilih" data-ke="p1" data-label="J1"><path d="M14 29.3 L14 50.9 L42 50.9 L42 53.7""#,
            #"data-dari="p0" data-ke="akhir"><path d="M42 45.5 L42 48.3 L12.4 48.3 L12.4 69.9""#,
            #"data-dari="pilih" data-ke="p0" x="22.8" y="23.7" text-anchor="start">J0<"#,
            #"data-dari="pilih" data-ke="p1" x="14.7" y="31.62" text-anchor="start">J1<"#,
        ]
        var from = html.startIndex
        for piece in expected {
            let found = html.range(of: piece, range: from..<html.endIndex)
            #expect(found != nil, "missing or out of order: \(piece)")
            if let found { from = found.upperBound }
        }
        #expect(!html.contains("konektor"), "one page, no connectors")
    }
}
