import SOPDSL

/// The five symbols of PermenPAN-RB 35/2012, as far as a row carries one.
/// (Arrows and off-page connectors are the other two; they are drawn between rows.)
enum SymbolShape: String, Sendable, Hashable {
    case terminator, process, decision
}

/// The flowchart as the renderer sees it: actor columns, one row per step, arrows between rows.
/// Built once in O(steps + exits) with id lookups through dictionaries.
struct FlowModel: Sendable {
    struct Column: Sendable, Hashable {
        var actorID: String
        var label: String
    }

    struct Row: Sendable, Hashable {
        var stepID: String
        /// Indices into `columns`, ascending: one symbol per column.
        var columns: [Int]
        var shape: SymbolShape
    }

    /// One arrow of the logical flow, from row `from` to row `to`.
    struct Edge: Sendable, Hashable {
        var from: Int
        var to: Int
        /// The exit label of a decision; nil for a plain `lanjut`.
        var label: String?
        /// Position among the exits of its source, to keep routing order stable.
        var exitIndex: Int

        var isBackward: Bool { to <= from }
    }

    var columns: [Column]
    var rows: [Row]
    var edges: [Edge]

    init(_ sop: SOP) {
        columns = Self.columns(of: sop)
        var columnIndex: [String: Int] = [:]
        for (i, column) in columns.enumerated() { columnIndex[column.actorID] = i }
        var rowIndex: [String: Int] = [:]
        for (i, step) in sop.steps.enumerated() where rowIndex[step.id] == nil { rowIndex[step.id] = i }

        let last = sop.steps.count - 1
        rows = sop.steps.enumerated().map { i, step in
            let cols = Array(Set(step.actors.compactMap { columnIndex[$0.id] })).sorted()
            let shape: SymbolShape = step.isDecision ? .decision
                : (i == 0 || i == last || step.isEnd) ? .terminator : .process
            return Row(stepID: step.id, columns: cols.isEmpty ? [0] : cols, shape: shape)
        }
        edges = []
        for (i, step) in sop.steps.enumerated() {
            switch step.flow {
            case .next(let ref):
                if let to = rowIndex[ref.id] { edges.append(Edge(from: i, to: to, label: nil, exitIndex: 0)) }
            case .decision(let decision):
                for (k, exit) in decision.exits.enumerated() {
                    if let to = rowIndex[exit.target.id] {
                        edges.append(Edge(from: i, to: to, label: exit.label.value, exitIndex: k))
                    }
                }
            case .end:
                break
            }
        }
    }

    /// `columnActors`, plus any actor a step names that has no column: a step must never lose its
    /// symbol, even when its only actor was declared `kolom: tidak`.
    private static func columns(of sop: SOP) -> [Column] {
        var ids = Set(sop.columnActors.map(\.id))
        for step in sop.steps where !step.actors.contains(where: { ids.contains($0.id) }) {
            for ref in step.actors { ids.insert(ref.id) }
        }
        let columns = sop.actors.filter { ids.contains($0.id) }.map { Column(actorID: $0.id, label: $0.label.value) }
        return columns.isEmpty ? [Column(actorID: "", label: "")] : columns
    }
}
