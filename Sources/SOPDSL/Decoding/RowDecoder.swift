/// Decodes `langkah:`, the numbered rows of one table, with their symbols: either a `simbol` list
/// or, for a row with one symbol, the symbol's keys written on the row itself (the format-1 form).
/// Conditions are parsed afterwards by `SOPDecoder`, once every node's fields are known.
enum RowDecoder {
    static let rowKeys = ["id", "kegiatan", "kelengkapan", "waktu", "waktu_sampai", "output", "keterangan",
                          "halaman_baru", "bersama", "simbol"]
    /// Keys of a symbol in a `simbol` list.
    static let symbolKeys = ["id", "bentuk", "pelaksana", "teks", "ke", "garis", "cabang", "pertanyaan", "selesai",
                             "isian", "antrian", "eskalasi", "menunggu"]
    /// Keys a one-symbol row may write for its symbol (format 1 names `ke` `lanjut`, `cabang` `keputusan`).
    static let shorthandKeys = ["pelaksana", "bentuk", "teks", "ke", "lanjut", "keputusan", "selesai",
                                "isian", "antrian", "eskalasi", "menunggu"]

    /// What a row may write: its own keys and, for one symbol, that symbol's (built once, not per row).
    static let rowAndShorthandKeys = rowKeys + shorthandKeys

    /// A condition still to be parsed: node index, exit index, the `jika` node.
    struct PendingCondition { let step: Int; let exit: Int; let node: YAMLNode }

    struct Decoded {
        var rows: [TableRow] = []
        var steps: [Step] = []
        var conditions: [PendingCondition] = []
    }

    /// A symbol as written, before implicit flow and activity are settled.
    private struct Written {
        var step: Step
        var mark: Mark
    }

    /// What settling needs besides the step. Kept apart from the steps so that settling edits
    /// the steps in place and hands them on without copying each (a copy retains every field).
    private struct Mark {
        /// Nil when no flow key was written: implicit next (or an end).
        var explicitFlow: Flow?
        var conditions: [(exit: Int, node: YAMLNode)]
        /// A one-symbol row that wrote no `bentuk`: format 1's shapes apply.
        var shorthandDefaultShape = false
    }

    static func decode(_ nodes: [YAMLNode], procedure: Int, firstRow: Int, context: DecodingContext,
                       seenNodes: inout [String: SourceLocation]) -> Decoded {
        var rows: [TableRow] = []
        var steps: [Step] = []
        var marks: [Mark] = []
        for (index, node) in nodes.enumerated() {
            let subject = subject(of: node, index: index)
            guard let map = MappingReader(node, subject: subject, allowed: rowAndShorthandKeys, context: context) else { continue }
            let rowIndex = firstRow + rows.count
            let activity = map.text("kegiatan", required: true) ?? Text("", at: node.location)
            let cells = RowCells(
                activity: activity, requirements: (map.list("kelengkapan") ?? []).compactMap { requirement($0, context) },
                time: map.value("waktu").flatMap { TimeDecoder.decode($0, context) },
                timeSpanEnd: map.identifier("waktu_sampai", required: false),
                output: map.text("output"), note: map.text("keterangan"))
            // The row's symbols go straight into `steps` (from `firstSymbol` on): no array of
            // them to copy over afterwards.
            let firstSymbol = steps.count
            if let list = map.value("simbol") {
                for key in shorthandKeys where map.has(key) {
                    context.emit(.keyValue(.symbolKeyOnRow(key, subject: subject)), at: map.keyLocation(key)!)
                }
                guard let items = list.items else {
                    context.emit(.keyValue(.notAList("simbol", found: list.kindName)), at: list.location)
                    continue
                }
                if items.isEmpty { context.emit(.keyValue(.emptyValue("simbol", subject: subject)), at: list.location) }
                for item in items {
                    guard let symbolMap = MappingReader(item, subject: symbolSubject(item), allowed: symbolKeys, context: context),
                          let id = symbolMap.identifier("id") else { continue }
                    guard IDRegistry.register(id, kind: "simbol", in: &seenNodes, context: context) else { continue }
                    if let s = symbol(symbolMap, id: id, cells: cells, row: rowIndex, number: rows.count + 1, shorthand: false, context: context) {
                        steps.append(s.step)
                        marks.append(s.mark)
                    }
                }
            } else {
                let rowID = map.identifier("id")
                guard let rowID, IDRegistry.register(rowID, kind: "langkah", in: &seenNodes, context: context) else { continue }
                if let s = symbol(map, id: rowID, cells: cells, row: rowIndex, number: rows.count + 1, shorthand: true, context: context) {
                    steps.append(s.step)
                    marks.append(s.mark)
                }
            }
            let firstID = steps.count > firstSymbol ? steps[firstSymbol].id : nil
            let rowID = map.has("simbol") ? (map.identifier("id", required: false)?.id ?? firstID ?? "baris_\(rowIndex + 1)")
                                          : (firstID ?? "baris_\(rowIndex + 1)")
            rows.append(TableRow(id: rowID, number: rows.count + 1, procedure: procedure, activity: activity,
                            requirements: cells.requirements, time: cells.time, timeSpanEnd: cells.timeSpanEnd,
                            output: cells.output, note: cells.note, symbols: steps[firstSymbol...].map(\.id),
                            together: together(map, context), pageBreakBefore: map.bool("halaman_baru") ?? false,
                            location: node.location))
        }
        return settle(&steps, marks, rows: rows)
    }

    /// The printed cells of a row, copied onto each of its nodes.
    private struct RowCells {
        var activity: Text
        var requirements: [Requirement]
        var time: TimeStandard?
        var timeSpanEnd: Reference?
        var output: Text?
        var note: Text?
    }

    private static func symbol(_ map: MappingReader, id: Reference, cells: RowCells, row: Int, number: Int,
                               shorthand: Bool, context: DecodingContext) -> Written? {
        let subject = shorthand ? SubjectName.step(id.id) : SubjectName.symbol(id.id)
        let (flow, conditions) = FlowDecoder.decode(map, subject: subject, shorthand: shorthand, context: context)
        let shape = self.shape(map, subject: subject, isDecision: flow.map { if case .decision = $0 { true } else { false } } ?? false,
                               context: context)
        let actors = map.identifierList("pelaksana", required: !(shape?.isConnector ?? false))
        let step = Step(
            id: id.id, number: number, rowIndex: row, activity: cells.activity, actors: actors,
            requirements: cells.requirements, time: cells.time, timeSpanEnd: cells.timeSpanEnd,
            output: cells.output, note: cells.note,
            fields: FieldDecoder.decode(map.list("isian") ?? [], context: context),
            flow: flow ?? .end, queue: map.identifier("antrian", required: false).map { QueueSpec(desk: $0.id, location: $0.location) },
            isEscalation: map.bool("eskalasi") ?? false, isWaiting: map.bool("menunggu") ?? false,
            shape: shape ?? .process, text: map.text("teks"), lines: shorthand ? [] : map.identifierList("garis", required: false),
            isActivity: true, location: map.node.location)
        // The one-symbol form's default shape is settled with the whole table (first, last, ends).
        var result = Written(step: step, mark: Mark(explicitFlow: flow, conditions: conditions))
        if shorthand, shape == nil {
            result.step.shape = flow?.isDecision == true ? .decision : .process
            result.mark.shorthandDefaultShape = true
        }
        return result
    }

    private static func shape(_ map: MappingReader, subject: String, isDecision: Bool, context: DecodingContext) -> SymbolShape? {
        guard let text = map.text("bentuk") else { return nil }
        guard let shape = SymbolShape(rawValue: text.value.lowercased()) else {
            context.emit(.keyValue(.unknownShape(text.value, subject: subject, shapes: SymbolShape.allCases.map(\.rawValue))),
                         at: text.location)
            return nil
        }
        if isDecision != (shape == .decision) {
            context.emit(isDecision ? .keyValue(.exitsOnNonDecision(subject: subject, shape: shape.rawValue))
                                    : .keyValue(.decisionWithoutExits(subject: subject)),
                         at: text.location)
        }
        return shape
    }

    private static func together(_ map: MappingReader, _ context: DecodingContext) -> Together {
        guard let text = map.text("bersama") else { return .all }
        if let value = Together(rawValue: text.value.lowercased()) { return value }
        context.emit(.keyValue(.together(text.value)), at: text.location)
        return .all
    }

    /// Implicit flow, default shapes of one-symbol rows, and which symbols are activities.
    private static func settle(_ steps: inout [Step], _ marks: [Mark], rows: [TableRow]) -> Decoded {
        var decoded = Decoded(rows: rows)
        let last = steps.count - 1
        // One-symbol rows keep format 1's shapes: terminators on the first, last and end rows.
        for i in steps.indices where marks[i].shorthandDefaultShape && steps[i].shape == .process {
            let isEnd = marks[i].explicitFlow.map { $0 == .end } ?? false
            if i == 0 || i == last || isEnd { steps[i].shape = .terminator }
        }
        // Arrows into each symbol from what was written (explicit flow, and implicit flow of
        // every non-terminator), so an end terminator is told from a start.
        // Only forward arrows count: a loop back to the start terminator keeps it a start.
        var position: [String: Int] = [:]
        for i in steps.indices { position[steps[i].id] = i }
        // Symbols joined by `garis` act together: the group flows on once, from its last member,
        // to the symbol after the group; the other members draw no arrow of their own.
        let groups = togetherGroups(steps, position: position)
        var implicitTarget: [Int?] = steps.indices.map { $0 < last ? $0 + 1 : nil }
        for group in groups {
            let members = group.sorted()
            for m in members { steps[m].together = members.filter { $0 != m }.map { steps[$0].id } }
            // The group flows on from the member that writes its arrows, else from its last member.
            let hasOwnFlow = members.contains { marks[$0].explicitFlow != nil }
            for m in members where !hasOwnFlow ? m != members.last! : marks[m].explicitFlow == nil { implicitTarget[m] = -1 }
            if !hasOwnFlow { implicitTarget[members.last!] = members.last! < last ? members.last! + 1 : nil }
        }
        var entered = Set<String>()
        for i in steps.indices {
            if let flow = marks[i].explicitFlow { entered.formUnion(flow.targets.filter { (position[$0] ?? -1) > i }) }
            else if steps[i].shape != .terminator || marks[i].shorthandDefaultShape, let t = implicitTarget[i], t >= 0 {
                entered.insert(steps[t].id)
            }
        }
        for i in steps.indices {
            // An author-drawn terminator that an arrow enters is an end; format 1's implied
            // terminators flow on as format 1 did.
            let isEndTerminator = steps[i].shape == .terminator && !marks[i].shorthandDefaultShape
                && entered.contains(steps[i].id)
            if let flow = marks[i].explicitFlow {
                steps[i].flow = flow
            } else if implicitTarget[i] == -1 {
                steps[i].flow = .next([])
            } else if let t = implicitTarget[i], !isEndTerminator {
                steps[i].flow = .next([Reference(steps[t].id, at: steps[i].location)])
            } else {
                steps[i].flow = .end
            }
        }
        // A terminator is the row's activity only when the row holds no box or diamond.
        var membersOfRow: [Int: [Int]] = [:]
        for i in steps.indices { membersOfRow[steps[i].rowIndex, default: []].append(i) }
        for members in membersOfRow.values {
            let hasActivity = members.contains { steps[$0].shape == .process || steps[$0].shape == .decision }
            for i in members {
                switch steps[i].shape {
                case .process, .decision: steps[i].isActivity = true
                case .terminator: steps[i].isActivity = !hasActivity
                case .connector, .offPageConnector: steps[i].isActivity = false
                }
            }
        }
        for i in marks.indices {
            decoded.conditions += marks[i].conditions.map { PendingCondition(step: i, exit: $0.exit, node: $0.node) }
        }
        decoded.steps = steps
        steps = []
        return decoded
    }

    /// Connected sets (two or more) of symbols joined by `garis`, as symbol indices.
    private static func togetherGroups(_ steps: [Step], position: [String: Int]) -> [[Int]] {
        var parent = Array(steps.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        for i in steps.indices {
            for ref in steps[i].lines {
                guard let j = position[ref.id], steps[j].rowIndex == steps[i].rowIndex else { continue }
                parent[root(i)] = root(j)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in steps.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// "langkah 'hadir'" when the id is readable, else "langkah ke-3".
    private static func subject(of node: YAMLNode, index: Int) -> String {
        let id = node.pairs?.first { $0.key.scalar?.value == "id" }?.value.scalar?.value
        return id.map { SubjectName.step($0) } ?? SubjectName.step(number: index + 1)
    }

    private static func symbolSubject(_ node: YAMLNode) -> String {
        let id = node.pairs?.first { $0.key.scalar?.value == "id" }?.value.scalar?.value
        return SubjectName.symbol(id)
    }

    private static func requirement(_ node: YAMLNode, _ context: DecodingContext) -> Requirement? {
        if node.scalar != nil {
            return ScalarReader.text(node, key: "kelengkapan", context: context).map { Requirement(name: $0, location: node.location) }
        }
        guard let map = MappingReader(node, subject: "kelengkapan", allowed: ["nama", "wajib"], context: context),
              let name = map.text("nama", required: true) else { return nil }
        return Requirement(name: name, isRequired: map.bool("wajib") ?? true, location: node.location)
    }
}
