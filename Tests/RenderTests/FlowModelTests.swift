import Testing
import SOPDSL
@testable import SOPRender

@Suite struct FlowModelTests {
    private let here = SourceLocation.unknown()

    private func step(_ id: String, _ actors: [String], _ flow: Flow) -> Step {
        Step(id: id, number: 0, activity: Text("Memeriksa \(id)", at: here), actors: actors.map { Reference($0, at: here) },
             flow: flow, location: here)
    }

    private func next(_ id: String) -> Flow { .next(Reference(id, at: here)) }

    @Test func terminatorsOnFirstLastAndEveryEnd() {
        let decision = Decision(question: nil, exits: [
            Exit(label: "Ya", target: Reference("c", at: here), condition: nil, location: here),
            Exit(label: "Tidak", target: Reference("d", at: here), condition: nil, location: here),
        ], location: here)
        let sop = SOP(path: "x.yaml", identity: SOPFactory.identity(), actors: SOPFactory.actors(2), steps: [
            step("a", ["a0"], next("b")), step("b", ["a1"], .decision(decision)), step("c", ["a0"], .end),
            step("d", ["a1"], next("e")), step("e", ["a0"], .end),
        ])
        let model = FlowModel(sop)
        #expect(model.rows.map(\.shape) == [.terminator, .decision, .terminator, .process, .terminator])
        #expect(model.edges.map { [$0.from, $0.to] } == [[0, 1], [1, 2], [1, 3], [3, 4]])
        #expect(model.edges.map(\.label) == [nil, "Ya", "Tidak", nil])
    }

    @Test func severalActorsGiveSeveralColumnsInDeclaredOrder() {
        let sop = SOP(path: "x.yaml", identity: SOPFactory.identity(), actors: SOPFactory.actors(3), steps: [
            step("a", ["a2", "a0"], next("b")), step("b", ["a1"], .end),
        ])
        #expect(FlowModel(sop).rows[0].columns == [0, 2])
    }

    /// An actor without a column (`kolom: tidak`) gets none, unless a step has no other actor:
    /// a step never loses its symbol.
    @Test func actorWithoutColumn() {
        var actors = SOPFactory.actors(3)
        actors[1].hasColumn = false
        actors[2].hasColumn = false
        let sop = SOP(path: "x.yaml", identity: SOPFactory.identity(), actors: actors, steps: [
            step("a", ["a0", "a1"], next("b")), step("b", ["a2"], .end),
        ])
        let model = FlowModel(sop)
        #expect(model.columns.map(\.actorID) == ["a0", "a2"])
        #expect(model.rows.map(\.columns) == [[0], [1]])
    }
}
