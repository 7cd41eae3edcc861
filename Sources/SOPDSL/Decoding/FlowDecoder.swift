/// Decodes where a step leads: `lanjut`, `selesai`, `keputusan`, or by default the next row.
enum FlowDecoder {
    static func decode(
        _ map: MappingReader, subject: String, next: Reference?, context: DecodingContext
    ) -> (Flow, [(exit: Int, node: YAMLNode)]) {
        let isEnd = map.bool("selesai") ?? false
        let written = ["lanjut", "keputusan"].filter(map.has) + (isEnd ? ["selesai"] : [])
        if written.count > 1, let at = map.keyLocation(written[1]) {
            context.emit(.conflictingKeys, "\(subject) memakai '\(written.joined(separator: "' dan '"))' sekaligus", at: at,
                         notes: ["sebuah langkah berakhir (selesai), bercabang (keputusan), atau lanjut ke satu langkah"])
        }
        if isEnd { return (.end, []) }
        if let target = map.identifier("lanjut", required: false) { return (.next(target), []) }
        if let node = map.value("keputusan") {
            guard let (decision, conditions) = decision(node, subject: subject, context: context) else { return (.end, []) }
            return (.decision(decision), conditions)
        }
        // No flow written: the next row, or an implicit end on the last row.
        guard let next else { return (.end, []) }
        return (.next(Reference(next.id, at: map.node.location)), [])
    }

    private static func decision(
        _ node: YAMLNode, subject: String, context: DecodingContext
    ) -> (Decision, [(exit: Int, node: YAMLNode)])? {
        guard let map = MappingReader(node, subject: "keputusan \(subject)", allowed: ["pertanyaan", "cabang"], context: context),
              let items = map.list("cabang", required: true) else { return nil }
        var exits: [Exit] = []
        var conditions: [(exit: Int, node: YAMLNode)] = []
        let defaultLabels = ["Ya", "Tidak"]
        for (index, item) in items.enumerated() {
            guard let exit = MappingReader(item, subject: "cabang keputusan", allowed: ["label", "ke", "jika"], context: context),
                  let target = exit.identifier("ke") else { continue }
            var label = exit.text("label")
            if label == nil, index < defaultLabels.count {
                label = Text(defaultLabels[index], at: item.location)
            } else if label == nil {
                context.emit(.missingKey, "cabang ke-\(index + 1) memerlukan 'label'", at: item.location,
                             notes: ["label bawaan hanya 'Ya' dan 'Tidak' untuk dua cabang pertama"])
                continue
            }
            if let condition = exit.value("jika") { conditions.append((exits.count, condition)) }
            exits.append(Exit(label: label!, target: target, condition: nil, location: item.location))
        }
        return (Decision(question: map.text("pertanyaan"), exits: exits, location: node.location), conditions)
    }
}
