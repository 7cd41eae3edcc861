import Foundation
import SOPDSL
import Testing
import TestSupport
@testable import SOPEngine

/// One or more cases through each corpus SOP (`contoh/korpus/`), as its `.cases.json` says,
/// taking every decision exit at least once: every symbol performed by a person of the
/// corpus roster who holds its lane, each case ending closed.
@Suite struct CorpusCaseTests {
    struct Cases: Decodable {
        struct Case: Decodable {
            var mulai: String?
            var prosedur: String?
            var langkah: [Step]
        }

        struct Step: Decodable {
            var simbol: String
            var oleh: String
            var pilih: String?
        }

        var petugas: String
        var kasus: [Case]
    }

    static let folder = PackagePaths.url("Tests/RenderTests/Corpus")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".cases.json") }.map { String($0.dropLast(".cases.json".count)) }.sorted()

    @Test func everyCorpusSOPHasCases() { #expect(Self.names.count == 5, "\(Self.names)") }

    @Test(arguments: names)
    func casesTakeEveryExit(_ name: String) throws {
        let cases = try JSONDecoder().decode(Cases.self, from: Data(contentsOf: Self.folder.appendingPathComponent(name + ".cases.json")))
        let path = PackagePaths.url("contoh/korpus/\(name).yaml").path
        let sop = try #require(SOPLoader.load(path: path).sop)
        let source = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
        let f = EngineFixture(roster: EngineFixture.roster(cases.petugas))
        var taken = Set<String>()
        for (n, plan) in cases.kasus.enumerated() {
            let opened = try f.engine.open(sop: sop, source: source, start: plan.mulai, procedure: plan.prosedur)
            var state = opened
            for step in plan.langkah {
                #expect(state.isActive(step.simbol), "\(name) case \(n + 1): \(step.simbol) not active; active: \(state.active.map(\.step))")
                f.clock.advance(by: 300)
                let outcome = try f.engine.perform(StepRequest(caseID: opened.id, step: step.simbol, actingAs: step.oleh, choice: step.pilih))
                state = outcome.state
                if let exit = sop.step(step.simbol)?.decision?.exits.first(where: { $0.name == step.pilih || $0.id == step.pilih }) {
                    taken.insert("\(step.simbol)/\(exit.id)")
                }
            }
            #expect(state.status == .closed, "\(name) case \(n + 1) still waits on \(state.active.map(\.step)) \(state.waiting)")
        }
        let exits = sop.steps.flatMap { step in (step.decision?.exits ?? []).map { "\(step.id)/\($0.id)" } }
        #expect(Set(exits).subtracting(taken).isEmpty, "\(name): exits never taken: \(Set(exits).subtracting(taken).sorted())")
        // Every symbol a person performs was performed at least once.
        let performed = Set(cases.kasus.flatMap { $0.langkah.map(\.simbol) })
        let activities = Set(sop.steps.filter(\.isActivity).map(\.id))
        #expect(activities.subtracting(performed).isEmpty, "\(name): never performed: \(activities.subtracting(performed).sorted())")
    }

    /// A sign-off out of order is refused: the next symbol of a chain is not active yet.
    @Test func aSymbolOutOfOrderIsRefused() throws {
        let name = "bps-083_diseminasi-spak"
        let path = PackagePaths.url("contoh/korpus/\(name).yaml").path
        let sop = try #require(SOPLoader.load(path: path).sop)
        let f = EngineFixture(roster: EngineFixture.roster("contoh/korpus/petugas.yaml"))
        let opened = try f.engine.open(sop: sop, source: String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self))
        // The start terminator beside its box is passed through: the first box waits.
        #expect(opened.active.map(\.step) == ["susun_hansos"])
        let later = try #require(sop.steps.last { $0.isActivity })
        #expect(throws: EngineError.self) {
            try f.engine.perform(StepRequest(caseID: opened.id, step: later.id, actingAs: "x"))
        }
    }

    /// A fork without a decision runs both branches; where they meet, the first to arrive waits
    /// for the other, and the join is done once.
    @Test func forkAndJoin() throws {
        let path = PackagePaths.url("contoh/korpus/bps-083_diseminasi-spak.yaml").path
        let sop = try #require(SOPLoader.load(path: path).sop)
        let f = EngineFixture(roster: EngineFixture.roster("contoh/korpus/petugas.yaml"))
        let id = try f.engine.open(sop: sop, source: String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)).id
        func act(_ step: String, _ who: String) throws -> CaseState {
            f.clock.advance(by: 60)
            return try f.engine.perform(StepRequest(caseID: id, step: step, actingAs: who)).state
        }
        var state = try act("susun_hansos", "Eko Wahyudi")
        #expect(Set(state.active.map(\.step)) == ["susun_kabkota", "periksa_hansos"])
        state = try act("periksa_hansos", "Eko Wahyudi")
        // The Hansos branch reached the join first: it waits there, not yet active.
        #expect(state.active.map(\.step) == ["susun_kabkota"])
        #expect(state.waiting == ["sampaikan_hansos"])
        #expect(throws: EngineError.self) { try f.engine.perform(StepRequest(caseID: id, step: "sampaikan_hansos", actingAs: "Eko Wahyudi")) }
        state = try act("susun_kabkota", "Mega Puspitasari")
        state = try act("periksa_kabkota", "Mega Puspitasari")
        state = try act("sampaikan_kabkota", "Mega Puspitasari")
        #expect(state.active.map(\.step) == ["sampaikan_hansos"])
        #expect(state.waiting.isEmpty)
        state = try act("sampaikan_hansos", "Eko Wahyudi")
        state = try act("sampaikan_ketua", "Nurul Aini")
        #expect(state.status == .closed)
        // The stored history folds to the same state.
        #expect(try f.engine.state(of: id).status == .closed)
    }
}

/// A row's Waktu is one standard for the row: the nodes of a chain or of both branches of a
/// fork inside it are measured together, from entering the row to leaving it.
@Suite struct RowTimeTests {
    @Test func aRowIsMeasuredAsOne() throws {
        let path = PackagePaths.url("contoh/korpus/bps-083_diseminasi-spak.yaml").path
        let sop = try #require(SOPLoader.load(path: path).sop)
        let f = EngineFixture(roster: EngineFixture.roster("contoh/korpus/petugas.yaml"))
        let id = try f.engine.open(sop: sop, source: String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)).id
        for (step, who) in [("susun_hansos", "Eko Wahyudi"), ("periksa_hansos", "Eko Wahyudi"), ("susun_kabkota", "Mega Puspitasari"),
                            ("periksa_kabkota", "Mega Puspitasari"), ("sampaikan_kabkota", "Mega Puspitasari"),
                            ("sampaikan_hansos", "Eko Wahyudi"), ("sampaikan_ketua", "Nurul Aini")] {
            f.clock.advance(by: 3_600)
            _ = try f.engine.perform(StepRequest(caseID: id, step: step, actingAs: who))
        }
        let spans = CaseTimeline.spans(of: try f.engine.state(of: id), sop: sop)
        let timed = spans.filter { $0.standard != nil }
        // Three rows, three standards ("5 Minggu", "2 Minggu", "1 Minggu"), each from entering the row.
        #expect(timed.map(\.step) == ["susun_hansos", "periksa_hansos", "sampaikan_kabkota"])
        #expect(timed.map { $0.standard?.written } == ["5 Minggu", "2 Minggu", "1 Minggu"])
        // Row 1 ends when both of its boxes are done (the second one at hour 3).
        let row1 = try #require(timed.first)
        #expect(row1.measuredUntil == spans.first { $0.step == "susun_kabkota" }?.completedAt)
        let row3 = try #require(timed.last)
        #expect(row3.measuredUntil == spans.first { $0.step == "sampaikan_ketua" }?.completedAt)
    }
}
