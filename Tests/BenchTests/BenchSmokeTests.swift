import Foundation
import Testing
import SOPDSL
import SOPEngine
@testable import Bench

/// Runs every benchmark code path at a tiny size so the suite cannot rot in CI. Counts are
/// checked; timings never are (the machine is shared and noisy).
@Suite(.serialized) struct BenchSmokeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func scratch(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sop-bench-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test func syntheticSOPLoadsCleanAtTheReferenceSize() throws {
        let text = SyntheticSOP.generate(steps: 200)
        #expect(text == SyntheticSOP.generate(steps: 200), "deterministic")
        let perStep = Double(text.utf8.count) / 200
        #expect(perStep > 450 && perStep < 600, "about 525 B a step like gen_sop.py, got \(perStep)")
        let path = scratch("sop_200.yaml")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try MuatCommand.measure(path: path, reps: 2)
        #expect(loaded.steps == 200)
        #expect(loaded.seconds.count == 2)
        let result = SOPLoader.load(path: path)
        #expect(!result.hasErrors, "\(result.diagnostics.prefix(3))")
    }

    @Test func renderPathRuns() throws {
        let path = scratch("sop_30.yaml")
        try Data(SyntheticSOP.generate(steps: 30).utf8).write(to: URL(fileURLWithPath: path))
        let r = try CetakCommand.measure(path: path, reps: 1)
        #expect(r.steps == 30)
        #expect(r.htmlBytes > 1_000)
    }

    @Test func durableExecutionRunsEveryStep() throws {
        let inputs = try Inputs(root: Self.root)
        let r = try EksekusiCommand.measure(cases: 6, path: scratch("eksekusi.sqlite"), inputs: inputs, escalateEvery: 3)
        #expect(r.steps == HelpdeskScript.stepCount(cases: 6))
        #expect(r.steps == 4 * HelpdeskScript.resolved.count + 2 * HelpdeskScript.escalated.count)
        #expect(r.events == r.steps + 6)
    }

    @Test(arguments: [true, false])
    func concurrentWritersPerformEveryStepExactlyOnce(_ shared: Bool) throws {
        let inputs = try Inputs(root: Self.root)
        let path = scratch("serentak-\(shared).sqlite")
        let r = try SerentakCommand.measure(writers: 3, cases: 8, path: path, inputs: inputs, escalateEvery: 3, shared: shared)
        #expect(r.single.steps == HelpdeskScript.stepCount(cases: 8))
        #expect(r.many.steps == HelpdeskScript.stepCount(cases: 8))
        #expect(r.many.caseIDs.map(\.count) == [3, 3, 2])

        // The store of the concurrent run: every case once, each with one of the two scripts'
        // steps in order, each step once, no refusal; the chains and the cache verify.
        let store = try SQLiteEventStore(path: path, readOnly: true)
        let verified = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true)
        #expect(verified.isIntact, "\(verified.findings)")
        #expect(verified.cases == 8)
        #expect(verified.events == r.many.events)
        var steps: [String: [String]] = [:]
        var kinds = Set<String>()
        try store.forEachEvent { row in
            kinds.insert(row.kind)
            let event = try EventHasher.decodeBody(row.body, hash: row.hash)
            if case .stepCompleted(let done) = event.payload { steps[row.caseID, default: []].append(done.step) }
        }
        #expect(kinds == ["dibuka", "langkah_selesai"])
        #expect(Set(steps.keys) == Set(r.many.caseIDs.flatMap { $0 }))
        #expect(r.many.caseIDs.flatMap { $0 }.count == 8)
        let resolved = HelpdeskScript.resolved.map(\.step), escalated = HelpdeskScript.escalated.map(\.step)
        #expect(steps.values.allSatisfy { $0 == resolved || $0 == escalated })
        #expect(steps.values.filter { $0 == escalated }.count == 2)
    }

    @Test func bulkLoadIsAValidStoreForReportsVerificationAndMoreSteps() throws {
        let inputs = try Inputs(root: Self.root)
        let path = scratch("kasus.sqlite")
        Inputs.removeStore(path)
        let first = try CaseLoad.generate(path: path, count: 7, inputs: inputs, batch: 4)
        let second = try CaseLoad.generate(path: path, count: 2, inputs: inputs)
        #expect(second.firstNumber == 8)
        #expect(first.events + second.events == HelpdeskScript.stepCount(cases: 9) + 9)

        // The hash chain written in bulk verifies like one written step by step.
        let store = try SQLiteEventStore(path: path)
        let verified = try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds())
        #expect(verified.isIntact, "\(verified.findings)")
        #expect(verified.cases == 9)
        #expect(try store.caseSummaries().count == 9)

        let report = try LaporanCommand.measure(path: path, from: "2024-04-01", through: "2025-04-30")
        #expect(report.cases == 9)
        #expect(report.stepsCounted == HelpdeskScript.stepCount(cases: 9))

        // Steps on top of the store, then the store is put back as it was.
        let scale = try SkalaCommand.measure(path: path, cases: 3, inputs: inputs, escalateEvery: 3)
        #expect(scale.storedCases == 9)
        #expect(scale.stepSeconds.count == HelpdeskScript.stepCount(cases: 3))
        #expect(try SQLiteEventStore(path: path).caseSummaries().count == 9)
    }

    @Test func spreadIsMedianMinMax() {
        let s = Spread([3, 1, 2, 10])
        #expect(s.min == 1 && s.max == 10 && s.median == 2.5)
    }
}
