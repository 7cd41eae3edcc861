/// Decodes `isian:`, the typed case data a step records.
enum FieldDecoder {
    /// Words the condition language reserves: a field with such an id could not be tested.
    static let reservedWords: Set<String> = ["and", "or", "not", "dan", "atau", "bukan", "ya", "tidak", "benar", "salah", "true", "false"]

    static func decode(_ nodes: [YAMLNode], context: DecodingContext) -> [FieldSpec] {
        nodes.compactMap { node in
            guard let map = MappingReader(node, subject: "isian", allowed: ["id", "nama", "tipe", "wajib", "pilihan"], context: context),
                  let id = map.identifier("id"), let label = map.text("nama", required: true) else { return nil }
            if reservedWords.contains(id.id) {
                context.emit(.keyValue(.reservedFieldID(id.id, label: label.value)), at: id.location)
            }
            let type = fieldType(map, context) ?? .text
            let options = map.textList("pilihan").map(\.value)
            if type == .choice, options.isEmpty, id.id != "kanal" {
                context.emit(.keyValue(.choiceWithoutOptions(field: id.id)), at: node.location)
            }
            return FieldSpec(id: id.id, label: label, type: type, isRequired: map.bool("wajib") ?? true,
                             options: options, location: id.location)
        }
    }

    private static func fieldType(_ map: MappingReader, _ context: DecodingContext) -> FieldType? {
        guard let text = map.text("tipe") else { return nil }
        if let type = FieldType(rawValue: text.value.lowercased()) { return type }
        context.emit(.keyValue(.unknownFieldType(text.value, types: FieldType.allCases.map(\.rawValue))), at: text.location)
        return nil
    }
}
