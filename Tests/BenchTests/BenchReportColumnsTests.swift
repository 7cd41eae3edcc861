import Foundation
import Testing
import SOPDSL
import SOPEngine
@testable import SOPReports
@testable import Bench

/// The bulk generator fills the typed span rows like the store's own append, and the compliance
/// report from those rows equals the one folded from the events, field by field.
@Suite(.serialized) struct BenchReportColumnsTests {
    @Test func bulkStoreReportsTheSameFromColumnsAndFromEvents() throws {
        let inputs = try Inputs(root: BenchSmokeTests.root)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sop-bench-columns-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("kasus.sqlite").path
        Inputs.removeStore(path)
        // Enough cases for every escalation path of the script, in two batches.
        _ = try CaseLoad.generate(path: path, count: 24, inputs: inputs, batch: 10)
        let store = try SQLiteEventStore(path: path)
        let verified = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true)
        #expect(verified.isIntact, "\(verified.findings)")
        var rows = 0
        #expect(try store.forEachSpanFact { _ in rows += 1 })
        #expect(rows == HelpdeskScript.stepCount(cases: 24))

        let (calendar, _) = CalendarLoader.load(bytes: Array(EmbeddedCalendar.national.utf8), path: EmbeddedCalendar.path)
        let clock = SLAClock(calculator: DeadlineCalculator(calendar: try #require(calendar)))
        let engine = CaseEngine(store: store)
        let from = CalendarDate(iso: "2024-04-01")!, through = CalendarDate(iso: "2025-04-30")!
        let typed = try ComplianceReport.build(engine, clock: clock, from: from, through: through)
        let reference = try ComplianceReport.build(engine, clock: clock, from: from, through: through, source: .events)
        #expect(typed.sops.count == 1)
        #expect(typed.sops.map(\.cases) == reference.sops.map(\.cases))
        #expect(typed.sops.map(\.steps) == reference.sops.map(\.steps))
        #expect(typed.sops.flatMap(\.steps).contains { $0.late > 0 })
    }
}
