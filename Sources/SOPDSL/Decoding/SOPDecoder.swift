/// The model stage of the pipeline: a located node tree in, a validated `SOP` (or the
/// findings that prevent one) out. Every problem is reported, not just the first.
public enum SOPDecoder {
    static let rootKeys = ["format", "identitas", "pelaksana", "kanal", "langkah", "tugas_berkala"]

    public static func decode(_ root: YAMLNode, file: String) -> (SOP?, [Diagnostic]) {
        let context = DecodingContext(file: file)
        guard let map = MappingReader(root, subject: "berkas SOP", allowed: rootKeys, context: context) else {
            return (nil, context.diagnostics.diagnostics)
        }
        if let format = map.text("format"), format.value != "1" {
            context.emit(.invalidValue, "format '\(format.value)' tidak didukung; versi yang didukung: 1", at: format.location)
        }
        let identity = map.requireValue("identitas").flatMap { IdentityDecoder.decode($0, context: context) }
        let actors = ActorDecoder.actors(map.list("pelaksana", required: true) ?? [], context: context)
        let channels = ActorDecoder.channels(map.list("kanal") ?? [], context: context)
        let stepNodes = map.list("langkah", required: true) ?? []
        if stepNodes.isEmpty, let at = map.keyLocation("langkah") {
            context.emit(.emptyValue, "'langkah' harus memuat paling sedikit satu langkah", at: at)
        }
        var (steps, pending) = StepDecoder.decode(stepNodes, context: context)
        let duties = DutyDecoder.decode(map.list("tugas_berkala") ?? [], context: context)

        let fields = uniqueFields(steps, channels: channels, context: context)
        for condition in pending {
            guard let text = ScalarReader.text(condition.node, key: "jika", context: context),
                  case .decision(var decision) = steps[condition.step].flow else { continue }
            let parsed = ConditionParser.parse(text.value, origin: text.location, fields: fields, diagnostics: &context.diagnostics)
            decision.exits[condition.exit].condition = parsed
            steps[condition.step].flow = .decision(decision)
        }
        for index in steps.indices {
            steps[index].fields = steps[index].fields.map { fields[$0.id] ?? $0 }
        }

        // References are checked even when the identity page failed, so every finding shows at once.
        let placeholder = Identity(agency: "", number: "", name: "", location: root.location)
        let sop = SOP(path: file, identity: identity ?? placeholder, actors: actors, channels: channels,
                      steps: steps, recurringDuties: duties)
        ReferenceChecker.check(sop, context: context)
        return (identity == nil || context.diagnostics.hasErrors ? nil : sop, context.diagnostics.diagnostics)
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
                    context.emit(.unknownChannel, "kanal '\(option)' tidak dideklarasikan di 'kanal'", at: field.location,
                                 notes: EditDistance.didYouMean(option, among: channelIDs))
                }
                if field.options.isEmpty { field.options = channelIDs }
            }
            fields[field.id] = field
        }
        return fields
    }
}
