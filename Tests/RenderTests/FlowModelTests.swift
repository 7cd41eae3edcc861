import Foundation
import Testing
import SOPDSL
@testable import SOPRender

@Suite struct FlowModelTests {
    private let here = SourceLocation.unknown()

    private func step(_ id: String, _ actors: [String], _ flow: Flow) -> Step {
        Step(id: id, number: 0, activity: Text("Memeriksa \(id)", at: here), actors: actors.map { Reference($0, at: here) },
             flow: flow, location: here)
    }

    private func next(_ id: String) -> Flow { .next([Reference(id, at: here)]) }

    /// A model built in code with one symbol per row keeps format 1's shapes.
    @Test func codeBuiltModelsGetFormatOneShapes() {
        let decision = Decision(question: nil, exits: [
            Exit(id: "ya", label: "Ya", targets: [Reference("c", at: here)], condition: nil, location: here),
            Exit(id: "tidak", label: "Tidak", targets: [Reference("d", at: here)], condition: nil, location: here),
        ], location: here)
        let sop = SOP(path: "x.yaml", identity: SOPFactory.identity(), actors: SOPFactory.actors(2), steps: [
            step("a", ["a0"], next("b")), step("b", ["a1"], .decision(decision)), step("c", ["a0"], .end),
            step("d", ["a1"], next("e")), step("e", ["a0"], .end),
        ])
        let model = FlowModel(sop)
        #expect(model.symbols.map(\.shape) == [.terminator, .decision, .terminator, .process, .terminator])
        #expect(model.edges.map { [$0.from, $0.to] } == [[0, 1], [1, 2], [1, 3], [3, 4]])
        #expect(model.edges.map(\.label) == [nil, "Ya", "Tidak", nil])
    }

    @Test func severalActorsGiveOneSymbolOverTheirLanes() {
        let sop = SOP(path: "x.yaml", identity: SOPFactory.identity(), actors: SOPFactory.actors(3), steps: [
            step("a", ["a2", "a0"], next("b")), step("b", ["a1"], .end),
        ])
        #expect(FlowModel(sop).symbols[0].columns == [0, 2])
        #expect(DiagramBuilder.runs([0, 2]) == [[0], [2]])
        #expect(DiagramBuilder.runs([0, 1, 3, 4, 5]) == [[0, 1], [3, 4, 5]])
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
        #expect(model.symbols.map(\.columns) == [[0], [1]])
    }

    /// Rows holding several symbols, read from YAML: arrows inside the row, a fork, a plain line,
    /// an unlabelled exit and a symbol across two lanes, each kept as the author drew it.
    @Test func rowsWithSeveralSymbols() throws {
        let yaml = """
            identitas: {instansi: Uji, nomor: "1", nama: Uji}
            pelaksana:
              - {id: a, nama: A}
              - {id: b, nama: B}
              - {id: c, nama: C}
            langkah:
              - kegiatan: Mengajukan permohonan
                simbol:
                  - {id: mulai, bentuk: terminator, pelaksana: a, teks: Langsung ke Kantor}
                  - {id: terima, pelaksana: b, ke: [periksa, catat]}
              - kegiatan: Memeriksa dan mencatat
                simbol:
                  - {id: periksa, pelaksana: b, garis: catat}
                  - {id: catat, pelaksana: c}
              - kegiatan: Memutuskan
                simbol:
                  - id: putus
                    bentuk: keputusan
                    pelaksana: [b, c]
                    cabang:
                      - {label: Sesuai, ke: selesai}
                      - {ke: terima}
                  - {id: selesai, bentuk: terminator, pelaksana: a}
            """
        let sop = try #require(SOPLoader.load(bytes: Array(yaml.utf8), path: "uji.yaml").sop)
        let model = FlowModel(sop)
        #expect(model.rows.map { $0.symbols.count } == [2, 2, 2])
        #expect(model.symbols.map(\.nodeID) == ["mulai", "terima", "periksa", "catat", "putus", "selesai"])
        #expect(model.symbols[0].text == "Langsung ke Kantor")
        #expect(model.laneIDs(of: model.symbols[4]) == "b+c")
        let arrows = model.edges.map { "\(model.symbols[$0.fromSymbol].nodeID)>\(model.symbols[$0.toSymbol].nodeID):\($0.label ?? "-"):\($0.isLine)" }
        #expect(arrows == ["mulai>terima:-:false", "terima>periksa:-:false", "terima>catat:-:false", "periksa>catat:-:true",
                           "catat>putus:-:false", "putus>selesai:Sesuai:false", "putus>terima:-:false"])
    }
}
