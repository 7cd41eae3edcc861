import SOPDSL

/// The flowchart as the renderer sees it: actor columns, the printed rows, the symbols the author
/// placed in each row's lanes, and the arrows and plain lines between symbols. Built once in
/// O(symbols + exits) with id lookups through dictionaries.
struct FlowModel: Sendable {
    struct Column: Sendable, Hashable {
        var actorID: String
        var label: String
    }

    /// One symbol as the author drew it.
    struct Symbol: Sendable, Hashable {
        var nodeID: String
        /// Index of its printed row.
        var row: Int
        /// Indices into `columns`, ascending: one lane, or several for a symbol drawn across them.
        var columns: [Int]
        var shape: SymbolShape
        /// The text inside the symbol, when the document prints one.
        var text: String?
        /// Its place among the symbols of its row that share a lane (0 = top).
        var slot: Int = 0
        /// How many symbols of its row share that lane.
        var slots: Int = 1
        /// An off-page connector the author placed where the flow leaves (bottom) or enters
        /// (top) a page: drawn in that page's connector strip, outside the rows.
        var strip: Strip? = nil
    }

    enum Strip: Sendable, Hashable { case top, bottom }

    struct Row: Sendable, Hashable {
        var rowID: String
        /// Indices into `symbols`, in written order.
        var symbols: [Int]
        /// Symbols stacked in one lane at most (the row is tall enough for them).
        var stack: Int
        /// The tallest symbol shape of the row.
        var tallest: SymbolShape
    }

    /// One arrow (or plain line) from symbol `fromSymbol` in row `from` to `toSymbol` in row `to`.
    struct Edge: Sendable, Hashable {
        var from: Int
        var to: Int
        var fromSymbol: Int
        var toSymbol: Int
        /// The printed exit label of a decision; nil for a plain arrow or an unlabelled exit.
        var label: String?
        /// Position among the exits of its source, to keep routing order stable.
        var exitIndex: Int
        /// A line without arrowhead (`garis`): done together.
        var isLine: Bool = false

        init(from: Int, to: Int, fromSymbol: Int, toSymbol: Int, label: String?, exitIndex: Int, isLine: Bool = false) {
            self.from = from; self.to = to; self.fromSymbol = fromSymbol; self.toSymbol = toSymbol
            self.label = label; self.exitIndex = exitIndex; self.isLine = isLine
        }

        /// Between one-symbol rows (symbol index = row index), as tests build them.
        init(from: Int, to: Int, label: String?, exitIndex: Int) {
            self.init(from: from, to: to, fromSymbol: from, toSymbol: to, label: label, exitIndex: exitIndex)
        }

        /// Up, or within the row: routed from a side into a side.
        var isBackward: Bool { to <= from }
    }

    var columns: [Column]
    var rows: [Row]
    var symbols: [Symbol]
    var edges: [Edge]

    init(_ sop: SOP) {
        columns = Self.columns(of: sop)
        var columnIndex: [String: Int] = [:]
        for (i, column) in columns.enumerated() { columnIndex[column.actorID] = i }
        var symbolIndex: [String: Int] = [:]
        symbols = []
        rows = []
        edges = []
        // Once for the SOP: per row it made the model quadratic in rows.
        let pairs = Self.pageConnectorPairs(sop)
        for (r, row) in sop.rows.enumerated() {
            var members: [Int] = []
            for step in sop.steps(ofRow: r) {
                let lanes = Array(Set(step.actors.compactMap { columnIndex[$0.id] })).sorted()
                symbolIndex[step.id] = symbols.count
                members.append(symbols.count)
                symbols.append(Symbol(nodeID: step.id, row: r, columns: lanes.isEmpty ? [0] : lanes, shape: step.shape,
                                      text: step.text?.value))
            }
            // The author's page connectors go to the page's strip (decided below), not the row.
            for s in members where symbols[s].shape == .offPageConnector {
                if pairs.exits.contains(symbols[s].nodeID) { symbols[s].strip = .bottom }
                else if pairs.entries.contains(symbols[s].nodeID) { symbols[s].strip = .top }
            }
            let inRow = members.filter { symbols[$0].strip == nil }
            // Symbols whose lanes overlap (one lane, or one drawn across it) are stacked top to
            // bottom in written order; a symbol alone in its lanes stays centred in the row.
            var slotOf: [Int: Int] = [:]
            for (k, s) in inRow.enumerated() {
                let lanes = Set(symbols[s].columns)
                let below = inRow[..<k].filter { !lanes.isDisjoint(with: symbols[$0].columns) }.map { slotOf[$0]! }
                var slot = 0
                while below.contains(slot) { slot += 1 }
                slotOf[s] = slot
            }
            // Each stack (symbols linked by shared lanes) spreads over its own height.
            var stackOf: [Int: Int] = [:]
            for s in inRow {
                let linked = inRow.filter { !Set(symbols[$0].columns).isDisjoint(with: symbols[s].columns) }
                stackOf[s] = (linked.map { slotOf[$0]! }.max() ?? 0) + 1
            }
            for s in inRow { symbols[s].slot = slotOf[s]!; symbols[s].slots = stackOf[s]! }
            let tallest = inRow.map { self.symbols[$0].shape }.max { SymbolGeometry.order($0) < SymbolGeometry.order($1) } ?? .process
            rows.append(Row(rowID: row.id, symbols: members, stack: stackOf.values.max() ?? 1, tallest: tallest))
        }
        var edges: [Edge] = []
        let drawn = self.symbols
        for step in sop.steps {
            guard let s = symbolIndex[step.id] else { continue }
            func add(_ target: String, label: String?, exit: Int, line: Bool = false) {
                guard let t = symbolIndex[target] else { return }
                // The author's connector pairs stand for the flow: no line is drawn between them.
                if drawn[s].shape.isConnector && drawn[t].shape.isConnector && !line { return }
                edges.append(Edge(from: drawn[s].row, to: drawn[t].row, fromSymbol: s, toSymbol: t, label: label,
                                  exitIndex: exit, isLine: line))
            }
            switch step.flow {
            case .next(let refs):
                for (k, ref) in refs.enumerated() { add(ref.id, label: nil, exit: k) }
            case .decision(let decision):
                for (k, exit) in decision.exits.enumerated() {
                    for ref in exit.targets { add(ref.id, label: exit.label?.value, exit: k) }
                }
            case .end:
                break
            }
            for (k, ref) in step.lines.enumerated() { add(ref.id, label: nil, exit: 100 + k, line: true) }
        }
        self.edges = edges
    }

    /// Off-page connector pairs the author wrote (`ke` from one pentagon to another): the one the
    /// flow leaves by and the one it comes back at.
    static func pageConnectorPairs(_ sop: SOP) -> (exits: Set<String>, entries: Set<String>) {
        var exits = Set<String>(), entries = Set<String>()
        for step in sop.steps where step.shape == .offPageConnector {
            for target in step.successors where sop.step(target)?.shape == .offPageConnector {
                exits.insert(step.id)
                entries.insert(target)
            }
        }
        return (exits, entries)
    }

    /// Rows whose page must end after them (an exit pentagon) or start with them (an entry).
    var authorBreaks: (after: Set<Int>, before: Set<Int>) {
        (Set(symbols.filter { $0.strip == .bottom }.map(\.row)), Set(symbols.filter { $0.strip == .top }.map(\.row)))
    }

    /// The lane ids of a symbol, as the HTML names them ("a+b" for a symbol across two lanes).
    func laneIDs(of symbol: Symbol) -> String { symbol.columns.map { columns[$0].actorID }.joined(separator: "+") }

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
