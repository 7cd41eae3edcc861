/// Decodes `pelaksana:` (actors) and `kanal:` (channels).
enum ActorDecoder {
    static func actors(_ nodes: [YAMLNode], context: DecodingContext) -> [Actor] {
        var seen: [String: SourceLocation] = [:]
        return nodes.compactMap { node in
            guard let map = MappingReader(node, subject: "pelaksana", allowed: ["id", "nama", "tingkat", "tugas", "kolom"], context: context),
                  let id = map.identifier("id"), let label = map.text("nama", required: true) else { return nil }
            guard IDRegistry.register(id, kind: "pelaksana", in: &seen, context: context) else { return nil }
            return Actor(id: id.id, label: label, level: level(map, context), duties: map.textList("tugas"),
                         hasColumn: map.bool("kolom") ?? true, location: node.location)
        }
    }

    private static func level(_ map: MappingReader, _ context: DecodingContext) -> OrgLevel? {
        guard let text = map.text("tingkat") else { return nil }
        if let level = OrgLevel(rawValue: text.value.lowercased()) { return level }
        context.emit(.keyValue(.unknownLevel(text.value, levels: OrgLevel.allCases.map(\.rawValue))), at: text.location)
        return nil
    }

    static func channels(_ nodes: [YAMLNode], context: DecodingContext) -> [Channel] {
        var seen: [String: SourceLocation] = [:]
        return nodes.compactMap { node in
            guard let map = MappingReader(node, subject: "kanal", allowed: ["id", "nama"], context: context),
                  let id = map.identifier("id"), let label = map.text("nama", required: true),
                  IDRegistry.register(id, kind: "kanal", in: &seen, context: context) else { return nil }
            return Channel(id: id.id, label: label, location: node.location)
        }
    }
}

/// Reports a second declaration of the same id (SOP201).
enum IDRegistry {
    static func register(_ id: Reference, kind: String, in seen: inout [String: SourceLocation], context: DecodingContext) -> Bool {
        if let first = seen[id.id] {
            context.emit(.reference(.duplicateID(id.id, kind: kind, firstLine: first.line)), at: id.location)
            return false
        }
        seen[id.id] = id.location
        return true
    }
}
