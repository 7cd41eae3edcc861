/// Decodes `langkah:`, the flowchart rows. Conditions on exits are parsed afterwards by
/// `SOPDecoder`, once every step's fields are known (a loop may test a later field).
enum StepDecoder {
    static let keys = [
        "id", "kegiatan", "pelaksana", "kelengkapan", "waktu", "waktu_sampai", "output", "keterangan",
        "isian", "antrian", "eskalasi", "menunggu", "lanjut", "selesai", "keputusan",
    ]

    /// A condition still to be parsed: step index, exit index, the `jika` node.
    struct PendingCondition { let step: Int; let exit: Int; let node: YAMLNode }

    static func decode(
        _ nodes: [YAMLNode], context: DecodingContext
    ) -> (steps: [Step], conditions: [PendingCondition]) {
        let readers = nodes.enumerated().map { index, node in
            MappingReader(node, subject: subject(of: node, index: index), allowed: keys, context: context)
        }
        // Ids first, so an implicit "next step" can name the following row.
        let ids = readers.map { $0?.identifier("id") }
        var seen: [String: SourceLocation] = [:]
        for id in ids.compactMap({ $0 }) { _ = IDRegistry.register(id, kind: "langkah", in: &seen, context: context) }

        var steps: [Step] = []
        var pending: [PendingCondition] = []
        for (index, reader) in readers.enumerated() {
            guard let map = reader, let id = ids[index] else { continue }
            let subject = "langkah '\(id.id)'"
            let nextID = ids.dropFirst(index + 1).first { $0 != nil }.flatMap { $0 }
            let (flow, conditions) = FlowDecoder.decode(map, subject: subject, next: nextID, context: context)
            pending += conditions.map { PendingCondition(step: steps.count, exit: $0.exit, node: $0.node) }
            let activity = map.text("kegiatan", required: true)
            let actors = map.identifierList("pelaksana")
            steps.append(Step(
                id: id.id, number: index + 1, activity: activity ?? Text("", at: map.node.location), actors: actors,
                requirements: (map.list("kelengkapan") ?? []).compactMap { requirement($0, context) },
                time: map.value("waktu").flatMap { time($0, context) }, timeSpanEnd: map.identifier("waktu_sampai", required: false),
                output: map.text("output"), note: map.text("keterangan"),
                fields: FieldDecoder.decode(map.list("isian") ?? [], context: context),
                flow: flow, queue: map.identifier("antrian", required: false).map { QueueSpec(desk: $0.id, location: $0.location) },
                isEscalation: map.bool("eskalasi") ?? false, isWaiting: map.bool("menunggu") ?? false,
                location: map.node.location))
        }
        return (steps, pending)
    }

    /// "langkah 'hadir'" when the id is readable, else "langkah ke-3".
    private static func subject(of node: YAMLNode, index: Int) -> String {
        let id = node.pairs?.first { $0.key.scalar?.value == "id" }?.value.scalar?.value
        return id.map { "langkah '\($0)'" } ?? "langkah ke-\(index + 1)"
    }

    private static func requirement(_ node: YAMLNode, _ context: DecodingContext) -> Requirement? {
        if node.scalar != nil {
            return ScalarReader.text(node, key: "kelengkapan", context: context).map { Requirement(name: $0, location: node.location) }
        }
        guard let map = MappingReader(node, subject: "kelengkapan", allowed: ["nama", "wajib"], context: context),
              let name = map.text("nama", required: true) else { return nil }
        return Requirement(name: name, isRequired: map.bool("wajib") ?? true, location: node.location)
    }

    /// `waktu: 5 menit`, or `waktu: {bebas: "..."}` for a deadline written in words.
    static func time(_ node: YAMLNode, _ context: DecodingContext) -> TimeStandard? {
        if node.scalar != nil {
            guard let text = ScalarReader.text(node, key: "waktu", context: context) else { return nil }
            let standard = TimeStandardParser.parse(text.value, at: text.location, diagnostics: &context.diagnostics)
            // "24 jam" is office time (more than three working days), rarely what the author meant.
            if case .limit(_, .officeMinutes(let minutes))? = standard?.rule, minutes >= 8 * 60 {
                context.emit(.longOfficeHours, "'\(text.value)' dihitung sebagai jam kerja (\(minutes / 60) jam kerja, lebih dari satu hari kerja)",
                             at: text.location, notes: ["untuk jam berturut-turut tulis seperti '1x24 jam'; untuk hari kerja tulis 'N hari kerja'"])
            }
            return standard
        }
        guard let map = MappingReader(node, subject: "waktu", allowed: ["bebas"], context: context),
              let text = map.text("bebas", required: true) else { return nil }
        return TimeStandard(written: text.value, rule: .freeText, location: text.location)
    }
}
