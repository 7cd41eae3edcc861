import Testing
import SOPDSL
@testable import Bench

/// `buat-sop --cabang N` (target 8) writes a clean SOP of the promised shape.
@Suite struct ManyExitsSOPTests {
    @Test func oneDecisionWithEveryExitToItsOwnRow() throws {
        let text = ManyExitsSOP.generate(exits: 40)
        #expect(text == ManyExitsSOP.generate(exits: 40), "deterministic")
        let result = SOPLoader.load(bytes: Array(text.utf8), path: "cabang_40.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.prefix(3).map(\.message))")
        let sop = try #require(result.sop)
        #expect(sop.steps.count == 43, "start, the decision, 40 boxes, end")
        #expect(sop.rows.count == 43, "each in its own row")
        let decision = try #require(sop.step("pilih")?.decision)
        #expect(decision.exits.count == 40)
        #expect(Set(decision.exits.flatMap { $0.targets.map(\.id) }).count == 40)
    }
}
