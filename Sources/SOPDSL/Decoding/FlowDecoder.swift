/// Decodes where a symbol leads: `ke` (`lanjut` in the one-symbol form), `cabang` (`keputusan`
/// in the one-symbol form), `selesai`. Nil when none is written: the flow is then implicit.
enum FlowDecoder {
    static func decode(
        _ map: MappingReader, subject: String, shorthand: Bool, context: DecodingContext
    ) -> (Flow?, [(exit: Int, node: YAMLNode)]) {
        let isEnd = map.bool("selesai") ?? false
        let keys = shorthand ? ["ke", "lanjut", "keputusan"] : ["ke", "cabang"]
        let written = keys.filter(map.has) + (isEnd ? ["selesai"] : [])
        if written.count > 1, let at = map.keyLocation(written[1]) {
            context.emit(.keyValue(.conflictingFlow(subject: subject, keys: written)), at: at)
        }
        if !shorthand, map.has("pertanyaan"), !map.has("cabang"), let at = map.keyLocation("pertanyaan") {
            context.emit(.keyValue(.questionWithoutExits(subject: subject)), at: at)
        }
        if isEnd { return (.end, []) }
        for key in ["ke", "lanjut"] where map.has(key) {
            let targets = map.identifierList(key)
            return (targets.isEmpty ? nil : .next(targets), [])
        }
        if shorthand, let node = map.value("keputusan") {
            guard let inner = MappingReader(node, subject: SubjectName.decision(of: subject), allowed: ["pertanyaan", "cabang"], context: context),
                  let items = inner.list("cabang", required: true) else { return (.end, []) }
            return decision(items, question: inner.text("pertanyaan"), at: node.location, defaultLabels: true, context: context)
        }
        if !shorthand, let items = map.list("cabang") {
            return decision(items, question: map.text("pertanyaan"), at: map.keyLocation("cabang") ?? map.node.location,
                            defaultLabels: false, context: context)
        }
        return (nil, [])
    }

    /// The exits of a diamond. Format 1's `keputusan` labels the first two exits Ya and Tidak when
    /// no label is written; a `cabang` list prints only the labels written.
    private static func decision(
        _ items: [YAMLNode], question: Text?, at location: SourceLocation, defaultLabels: Bool, context: DecodingContext
    ) -> (Flow?, [(exit: Int, node: YAMLNode)]) {
        var exits: [Exit] = []
        var conditions: [(exit: Int, node: YAMLNode)] = []
        var ids: [String: SourceLocation] = [:]
        let defaults = ["Ya", "Tidak"]
        for (index, item) in items.enumerated() {
            guard let exit = MappingReader(item, subject: SubjectName.decisionExit, allowed: ["id", "label", "ke", "jika"], context: context)
            else { continue }
            let targets = exit.identifierList("ke")
            guard !targets.isEmpty else { continue }
            var label = exit.text("label")
            if label == nil, defaultLabels {
                guard index < defaults.count else {
                    context.emit(.keyValue(.exitNeedsLabel(number: index + 1)), at: item.location)
                    continue
                }
                label = Text(defaults[index], at: item.location)
            }
            let written = exit.identifier("id", required: false)
            var id = written?.id ?? label.map { slug($0.value) } ?? "cabang_\(index + 1)"
            if let first = ids[id] {
                if let written {
                    context.emit(.reference(.duplicateExitID(id, firstLine: first.line)), at: written.location)
                    continue
                }
                id = "\(id)_\(index + 1)"
            }
            ids[id] = item.location
            if let condition = exit.value("jika") { conditions.append((exits.count, condition)) }
            exits.append(Exit(id: id, label: label, targets: targets, condition: nil, location: item.location))
        }
        return (.decision(Decision(question: question, exits: exits, location: location)), conditions)
    }

    /// "Sudah Benar" -> "sudah_benar": an exit id from its label.
    static func slug(_ label: String) -> String {
        var out = ""
        for scalar in label.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty, !out.hasSuffix("_") { out += "_" }
        }
        while out.hasSuffix("_") { out.removeLast() }
        if let first = out.unicodeScalars.first, !("a"..."z").contains(first) { out = "cabang_" + out }
        return out.isEmpty ? "cabang" : out
    }
}

extension Flow {
    public var isDecision: Bool { if case .decision = self { true } else { false } }

    /// Every node this flow may lead to.
    public var targets: [String] {
        switch self {
        case .next(let refs): refs.map(\.id)
        case .decision(let d): d.exits.flatMap { $0.targets.map(\.id) }
        case .end: []
        }
    }
}
