import Testing
import SOPDSL
@testable import SOPRender

@Suite struct PaginationTests {
    static let edges = (0..<19).map { FlowModel.Edge(from: $0, to: $0 + 1, label: nil, exitIndex: 0) }

    @Test func rowsFillPagesWithoutSplitting() {
        let paginator = Paginator(available: 100, stripHeight: 10, rowsPerPage: nil)
        let pages = paginator.paginate(heights: Array(repeating: 20, count: 20), edges: Self.edges)
        // First page: 4 rows + bottom strip; later pages: top strip + 4 rows + bottom strip = 100.
        #expect(pages.map(\.rows.count) == [4, 4, 4, 4, 4])
        #expect(pages.map(\.rows.lowerBound) == [0, 4, 8, 12, 16])
        #expect(pages.first?.hasTopStrip == false && pages.last?.hasBottomStrip == false)
        #expect(pages.dropFirst().allSatisfy(\.hasTopStrip) && pages.dropLast().allSatisfy(\.hasBottomStrip))
    }

    @Test func lastPageNeedsNoBottomStrip() {
        let paginator = Paginator(available: 100, stripHeight: 10, rowsPerPage: nil)
        let heights: [Double] = [30, 30, 30, 30]
        let edges = (0..<3).map { FlowModel.Edge(from: $0, to: $0 + 1, label: nil, exitIndex: 0) }
        // Three rows (90) + strip (10) fit; the fourth row starts page 2 with its top strip (40).
        #expect(paginator.paginate(heights: heights, edges: edges).map(\.rows.count) == [3, 1])
        // With no edge crossing, a page needs no strips at all.
        #expect(paginator.paginate(heights: [50, 50], edges: []).map(\.rows.count) == [2])
    }

    @Test func rowTallerThanAPageStandsAlone() {
        let paginator = Paginator(available: 100, stripHeight: 10, rowsPerPage: nil)
        let pages = paginator.paginate(heights: [20, 150, 20], edges: Array(Self.edges.prefix(2)))
        #expect(pages.map(\.rows) == [0..<1, 1..<2, 2..<3])
    }

    @Test func fixedRowsPerPageOverrides() {
        let paginator = Paginator(available: 100, stripHeight: 10, rowsPerPage: 7)
        let pages = paginator.paginate(heights: Array(repeating: 40, count: 20), edges: Self.edges)
        #expect(pages.map(\.rows.count) == [7, 7, 6])
    }

    @Test func backwardEdgeIntoFirstPageGetsAStrip() {
        // A loop from the last row back to row 0: page 0 needs a top strip for the arriving pentagon.
        let paginator = Paginator(available: 100, stripHeight: 10, rowsPerPage: nil)
        let edges = Self.edges + [FlowModel.Edge(from: 19, to: 0, label: "Tidak", exitIndex: 1)]
        let pages = paginator.paginate(heights: Array(repeating: 20, count: 20), edges: edges)
        #expect(pages.first?.hasTopStrip == true)
        #expect(pages.last?.hasBottomStrip == true)
        for page in pages {
            let used = page.rows.count * 20 + (page.hasTopStrip ? 10 : 0) + (page.hasBottomStrip ? 10 : 0)
            #expect(used <= 100)
        }
    }

    @Test func connectorsArePairedAndLettered() {
        let pages = [Paginator.Page(rows: 0..<3, hasTopStrip: false, hasBottomStrip: true),
                     Paginator.Page(rows: 3..<6, hasTopStrip: true, hasBottomStrip: true),
                     Paginator.Page(rows: 6..<8, hasTopStrip: true, hasBottomStrip: false)]
        let edges = [FlowModel.Edge(from: 2, to: 3, label: nil, exitIndex: 0), FlowModel.Edge(from: 1, to: 3, label: "Ya", exitIndex: 0),
                     FlowModel.Edge(from: 1, to: 7, label: "Tidak", exitIndex: 1), FlowModel.Edge(from: 5, to: 6, label: nil, exitIndex: 0)]
        let connectors = OffPageConnectors.assign(pages: pages, edges: edges)
        #expect(connectors.map(\.label) == ["A", "B", "C"])
        #expect(connectors[0].edges == [0, 1], "arrows from one page to one target share a pair")
        #expect(connectors[1].target == 7 && connectors[1].targetPage == 2)
        #expect(Format.connectorLabel(25) == "Z" && Format.connectorLabel(26) == "AA" && Format.connectorLabel(27) == "AB")
    }

    @Test func shippedSOPsFitTheirPages() throws {
        for name in RenderPaths.shipped {
            let sop = try RenderPaths.load(name)
            for paper in Paper.allCases {
                for orientation in Orientation.allCases {
                    let layout = DocumentLayout(sop: sop, options: RenderOptions(paper: paper, orientation: orientation))
                    #expect(layout.warnings.filter { $0.hasPrefix("halaman") }.isEmpty, "\(name) \(paper) \(orientation): \(layout.warnings)")
                    #expect(layout.pages.flatMap { Array($0.rows) } == Array(sop.rows.indices))
                }
            }
        }
    }

    @Test func tooManyFixedRowsIsWarned() throws {
        let sop = SOPFactory.long(steps: 40, actorCount: 3)
        let report = HTMLRenderer.renderReport(sop, options: RenderOptions(rowsPerPage: 40))
        #expect(report.warnings.contains { $0.contains("--baris-per-halaman") })
    }

    @Test func pageSizesAreWrittenAsPageRules() throws {
        let sop = try RenderPaths.load("antrian")
        #expect(HTMLRenderer.render(sop, options: RenderOptions(paper: .f4)).contains("size: 330mm 215mm"))
        #expect(HTMLRenderer.render(sop, options: RenderOptions(paper: .legal, orientation: .portrait)).contains("size: 215.9mm 355.6mm"))
        #expect(HTMLRenderer.render(sop, options: RenderOptions(paper: .letter)).contains("size: 279.4mm 215.9mm"))
    }

    @Test func longFlowPaginatesEveryRow() throws {
        let sop = SOPFactory.long(steps: 300, actorCount: 4)
        let layout = DocumentLayout(sop: sop, options: RenderOptions())
        #expect(layout.pages.flatMap { Array($0.rows) } == Array(0..<300))
        #expect(layout.pages.allSatisfy { (5...14).contains($0.rows.count) || $0.rows.upperBound == 300 })
        #expect(layout.warnings.isEmpty, "\(layout.warnings.prefix(3))")
    }
}
