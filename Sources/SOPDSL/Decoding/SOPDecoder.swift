/// The model stage of the pipeline: a located node tree in, a validated `SOP` (or the
/// findings that prevent one) out. Every problem is reported, not just the first.
public enum SOPDecoder {
    static let rootKeys = ["format", "identitas", "tampilan", "pelaksana", "kanal", "langkah", "prosedur", "tugas_berkala",
                           "hari", "abaikan"]

    public static func decode(_ root: YAMLNode, file: String, checksLinkedFiles: Bool = true) -> (SOP?, [Diagnostic]) {
        let context = DecodingContext(file: file, checksLinkedFiles: checksLinkedFiles)
        guard let map = MappingReader(root, subject: SubjectName.sopFile, allowed: rootKeys, context: context) else {
            return (nil, context.diagnostics.diagnostics)
        }
        if let format = map.text("format"), !["1", "2"].contains(format.value) {
            context.emit(.keyValue(.unsupportedFormat(format.value)), at: format.location)
        }
        context.dayReading = dayReading(map, context)
        let identity = map.requireValue("identitas").flatMap { IdentityDecoder.decode($0, context: context) }
        let layout = LayoutDecoder.decode(map.value("tampilan"), context: context)
        let actors = ActorDecoder.actors(map.list("pelaksana", required: true) ?? [], context: context)
        let channels = ActorDecoder.channels(map.list("kanal") ?? [], context: context)
        var (procedures, decoded) = tables(map, actors: actors, context: context)
        let duties = DutyDecoder.decode(map.list("tugas_berkala") ?? [], context: context)

        let fields = uniqueFields(decoded.steps, channels: channels, context: context)
        for condition in decoded.conditions {
            guard let text = ScalarReader.text(condition.node, key: "jika", context: context),
                  case .decision(var decision) = decoded.steps[condition.step].flow else { continue }
            let parsed = ConditionParser.parse(text.value, origin: text.location, fields: fields, diagnostics: &context.diagnostics)
            decision.exits[condition.exit].condition = parsed
            decoded.steps[condition.step].flow = .decision(decision)
        }
        for index in decoded.steps.indices where !decoded.steps[index].fields.isEmpty {
            decoded.steps[index].fields = decoded.steps[index].fields.map { fields[$0.id] ?? $0 }
        }
        if procedures.isEmpty {
            procedures = [Procedure(id: "", title: nil, lanes: actors.filter(\.hasColumn).map(\.id), rows: 0..<0, location: root.location)]
        }

        // References are checked even when the identity page failed, so every finding shows at once.
        let placeholder = Identity(agency: "", number: "", name: "", location: root.location)
        let sop = SOP(path: file, identity: identity ?? placeholder, layout: layout, actors: actors, channels: channels,
                      procedures: procedures, rows: decoded.rows, steps: decoded.steps, recurringDuties: duties,
                      dayReading: context.dayReading, acknowledged: acknowledgements(map, context))
        ReferenceChecker.check(sop, context: context)
        return (identity == nil || context.diagnostics.hasErrors ? nil : sop, context.diagnostics.diagnostics)
    }

    /// A top-level `langkah` (one table) or `prosedur` (one table per sub-procedure), not both.
    private static func tables(_ map: MappingReader, actors: [Actor], context: DecodingContext) -> ([Procedure], RowDecoder.Decoded) {
        var seen: [String: SourceLocation] = [:]
        if map.has("langkah"), map.has("prosedur"), let at = map.keyLocation("prosedur") {
            context.emit(.keyValue(.stepsAndProcedures), at: at)
        }
        let columnIDs = actors.filter(\.hasColumn).map(\.id)
        guard let procedureNodes = map.list("prosedur") else {
            let nodes = map.list("langkah", required: true) ?? []
            if nodes.isEmpty, let at = map.keyLocation("langkah") {
                context.emit(.keyValue(.noSteps), at: at)
            }
            let decoded = RowDecoder.decode(nodes, procedure: 0, firstRow: 0, context: context, seenNodes: &seen)
            return ([Procedure(id: "", title: nil, lanes: columnIDs, rows: 0..<decoded.rows.count, location: map.node.location)], decoded)
        }
        var procedures: [Procedure] = []
        var all = RowDecoder.Decoded()
        var procedureIDs: [String: SourceLocation] = [:]
        for node in procedureNodes {
            guard let p = MappingReader(node, subject: "prosedur", allowed: ["id", "judul", "pelaksana", "langkah"], context: context),
                  let id = p.identifier("id"), IDRegistry.register(id, kind: "prosedur", in: &procedureIDs, context: context) else { continue }
            let lanes = p.has("pelaksana") ? p.identifierList("pelaksana") : []
            let nodes = p.list("langkah", required: true) ?? []
            var decoded = RowDecoder.decode(nodes, procedure: procedures.count, firstRow: all.rows.count, context: context, seenNodes: &seen)
            decoded.conditions = decoded.conditions.map { .init(step: $0.step + all.steps.count, exit: $0.exit, node: $0.node) }
            var procedure = Procedure(id: id.id, title: p.text("judul"), lanes: lanes.isEmpty ? columnIDs : lanes.map(\.id),
                                      rows: all.rows.count..<(all.rows.count + decoded.rows.count), location: node.location)
            procedure.lanesReferences = lanes
            procedures.append(procedure)
            all.rows += decoded.rows
            all.steps += decoded.steps
            all.conditions += decoded.conditions
        }
        return (procedures, all)
    }

    private static func dayReading(_ map: MappingReader, _ context: DecodingContext) -> DayReading? {
        guard let text = map.text("hari") else { return nil }
        if let reading = DayReading(rawValue: text.value.lowercased()) { return reading }
        context.emit(.keyValue(.dayReading(text.value, inCalendar: false)), at: text.location)
        return nil
    }

    /// `abaikan`: warnings the signed document has, each with its reason.
    private static func acknowledgements(_ map: MappingReader, _ context: DecodingContext) -> [Acknowledgement] {
        (map.list("abaikan") ?? []).compactMap { node in
            guard let item = MappingReader(node, subject: "abaikan", allowed: ["kode", "alasan"], context: context),
                  let code = item.text("kode", required: true) else { return nil }
            let reason = item.text("alasan", required: true)
            guard let known = DiagnosticCode(rawValue: code.value.uppercased()) else {
                context.emit(.keyValue(.unknownAcknowledgedCode(code.value)), at: code.location)
                return nil
            }
            guard known.defaultSeverity == .warning else {
                context.emit(.keyValue(.acknowledgedError(known)), at: code.location)
                return nil
            }
            return reason.map { Acknowledgement(code: known.rawValue, reason: $0, location: node.location) }
        }
    }

    /// Field ids are unique across the SOP; a `kanal` choice field takes the declared channels as options.
    private static func uniqueFields(_ steps: [Step], channels: [Channel], context: DecodingContext) -> [String: FieldSpec] {
        var fields: [String: FieldSpec] = [:]
        var seen: [String: SourceLocation] = [:]
        let channelIDs = channels.map(\.id)
        for var field in steps.flatMap(\.fields) {
            guard IDRegistry.register(Reference(field.id, at: field.location), kind: "isian", in: &seen, context: context) else { continue }
            if field.id == "kanal", field.type == .choice, !channelIDs.isEmpty {
                for option in field.options where !channelIDs.contains(option) {
                    context.emit(.reference(.undeclaredChannel(option, channels: channelIDs)), at: field.location)
                }
                if field.options.isEmpty { field.options = channelIDs }
            }
            fields[field.id] = field
        }
        return fields
    }
}
