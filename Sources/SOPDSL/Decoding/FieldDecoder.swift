/// Decodes `isian:`, the typed case data a step records.
enum FieldDecoder {
    /// Words the condition language reserves: a field with such an id could not be tested.
    static let reservedWords: Set<String> = ["and", "or", "not", "dan", "atau", "bukan", "ya", "tidak", "benar", "salah", "true", "false"]

    static func decode(_ nodes: [YAMLNode], context: DecodingContext) -> [FieldSpec] {
        nodes.compactMap { node in
            guard let map = MappingReader(node, subject: "isian", allowed: ["id", "nama", "tipe", "wajib", "pilihan"], context: context),
                  let id = map.identifier("id"), let label = map.text("nama", required: true) else { return nil }
            if reservedWords.contains(id.id) {
                context.emit(.invalidIdentifier, "id isian '\(id.id)' adalah kata kunci bahasa kondisi", at: id.location,
                             notes: ["pilih nama lain, misalnya '\(id.id)_\(label.value.lowercased().filter(\.isLetter).prefix(8))'"])
            }
            let type = fieldType(map, context) ?? .text
            let options = map.textList("pilihan").map(\.value)
            if type == .choice, options.isEmpty, id.id != "kanal" {
                context.emit(.missingKey, "isian '\(id.id)' bertipe pilihan memerlukan 'pilihan'", at: node.location,
                             notes: ["contoh: pilihan: [teknis, administratif]"])
            }
            return FieldSpec(id: id.id, label: label, type: type, isRequired: map.bool("wajib") ?? true,
                             options: options, location: id.location)
        }
    }

    private static func fieldType(_ map: MappingReader, _ context: DecodingContext) -> FieldType? {
        guard let text = map.text("tipe") else { return nil }
        if let type = FieldType(rawValue: text.value.lowercased()) { return type }
        let names = FieldType.allCases.map(\.rawValue)
        context.emit(.invalidValue, "tipe isian '\(text.value)' tidak dikenal", at: text.location,
                     notes: EditDistance.didYouMean(text.value, among: names) + ["pilihan: \(names.joined(separator: ", "))"])
        return nil
    }
}
