/// Shared state of one decoding pass: the file and every finding so far.
final class DecodingContext {
    let file: String
    var diagnostics = DiagnosticCollector()
    /// The SOP's `hari:` (read before the rows), applied to every bare "hari".
    var dayReading: DayReading?
    /// Whether linked SOP files (`keterkaitan.berkas`) are looked for on disk: not for a text
    /// pinned in a case store, which was checked when pinned and must load anywhere.
    var checksLinkedFiles = true

    /// Rules of `waktu` texts already read without a finding, by text and day reading: a big
    /// SOP writes the same few ("10 menit") thousands of times, and parsing each was 8% of a load.
    private var timeRules: [TimeKey: TimeRule] = [:]
    private struct TimeKey: Hashable { let written: String; let dayReading: DayReading? }

    init(file: String, checksLinkedFiles: Bool = true) { self.file = file; self.checksLinkedFiles = checksLinkedFiles }

    /// `TimeStandardParser.parse` with this SOP's day reading, remembering clean results. Only a
    /// parse that reported nothing is reused: findings carry their own locations.
    func parseTime(_ written: String, at location: SourceLocation) -> TimeStandard? {
        let key = TimeKey(written: written, dayReading: dayReading)
        if let rule = timeRules[key] { return TimeStandard(written: written, rule: rule, location: location) }
        let before = diagnostics.diagnostics.count
        let standard = TimeStandardParser.parse(written, at: location, dayReading: dayReading, diagnostics: &diagnostics)
        if let standard, diagnostics.diagnostics.count == before, standard.written == written, standard.location == location {
            timeRules[key] = standard.rule
        }
        return standard
    }

    func emit(_ message: DiagnosticMessage, at location: SourceLocation, notes: [String] = []) {
        diagnostics.emit(message, at: location, notes: notes)
    }
}

/// Reads one YAML mapping against the keys the schema allows there, reporting unknown
/// keys (with "did you mean"), duplicate keys, and values of the wrong type.
struct MappingReader {
    let node: YAMLNode
    /// Names what is being read, for messages: "langkah 'hadir'", "identitas".
    let subject: String
    private let context: DecodingContext
    private var entries = Entries()
    /// Allowed keys that an unknown key was taken for a typo of: not reported missing again.
    private var suggestedKeys: Set<String> = []

    /// Nil (after reporting SOP104) when `node` is not a mapping.
    init?(_ node: YAMLNode, subject: String, allowed: [String], context: DecodingContext) {
        guard let pairs = node.pairs else {
            context.emit(.keyValue(.notAMapping(subject: subject, found: node.kindName)), at: node.location)
            return nil
        }
        self.node = node
        self.subject = subject
        self.context = context
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                context.emit(.keyValue(.keyNotText), at: pair.key.location)
                continue
            }
            if let first = entries.pair(key) {
                context.emit(.keyValue(.duplicateKey(key, subject: subject, firstLine: first.key.location.line)), at: pair.key.location)
                continue
            }
            guard allowed.contains(key) else {
                // `{bebas: Secara berkala, serta merta}`: the comma ended the text and the rest
                // became a key without a value. Say to quote the text, not "unknown key".
                if node.isFlow, pair.value.isNull, pair.key.scalar?.style == .plain,
                   let previous = pairs.last(where: { $0.key.location < pair.key.location && !$0.value.isNull }) {
                    context.emit(.keyValue(.unquotedComma(name: previous.key.scalar?.value ?? "", value: previous.value.scalar?.value ?? "",
                                                          key: key)),
                                 at: pair.key.location)
                    continue
                }
                if let suggestion = EditDistance.suggestion(for: key, among: allowed) { suggestedKeys.insert(suggestion) }
                context.emit(.keyValue(.unknownKey(key, subject: subject, allowed: allowed)), at: pair.key.location)
                continue
            }
            entries.add(key, pair)
        }
    }

    func has(_ key: String) -> Bool { entries.pair(key) != nil }

    /// The value node, or nil when absent or written as null.
    func value(_ key: String) -> YAMLNode? {
        guard let node = entries.pair(key)?.value, !node.isNull else { return nil }
        return node
    }

    func keyLocation(_ key: String) -> SourceLocation? { entries.pair(key)?.key.location }

    func requireValue(_ key: String) -> YAMLNode? {
        if let node = value(key) { return node }
        if suggestedKeys.contains(key) { return nil }
        if let at = keyLocation(key) {
            context.emit(.keyValue(.emptyValue(key, subject: subject)), at: at)
        } else {
            context.emit(.keyValue(.missingKey(key, subject: subject)), at: node.location)
        }
        return nil
    }

    func text(_ key: String, required: Bool = false) -> Text? {
        guard let node = required ? requireValue(key) : value(key) else { return nil }
        return ScalarReader.text(node, key: key, context: context)
    }

    func textList(_ key: String) -> [Text] {
        guard let node = value(key) else { return [] }
        if node.scalar != nil { return ScalarReader.text(node, key: key, context: context).map { [$0] } ?? [] }
        guard let items = node.items else {
            context.emit(.keyValue(.notTextOrList(key, found: node.kindName)), at: node.location)
            return []
        }
        return items.compactMap { ScalarReader.text($0, key: key, context: context) }
    }

    func bool(_ key: String) -> Bool? {
        value(key).flatMap { ScalarReader.bool($0, key: key, context: context) }
    }

    func identifier(_ key: String, required: Bool = true) -> Reference? {
        guard let node = required ? requireValue(key) : value(key) else { return nil }
        return ScalarReader.identifier(node, key: key, context: context)
    }

    /// One id or a list of ids (`pelaksana: a` or `pelaksana: [a, b]`).
    func identifierList(_ key: String, required: Bool = true) -> [Reference] {
        guard let node = required ? requireValue(key) : value(key) else { return [] }
        let nodes = node.items ?? [node]
        if nodes.isEmpty { context.emit(.keyValue(.emptyValue(key, subject: subject)), at: node.location) }
        return nodes.compactMap { ScalarReader.identifier($0, key: key, context: context) }
    }

    func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = required ? requireValue(key) : value(key) else { return nil }
        guard let items = node.items else {
            context.emit(.keyValue(.notAList(key, found: node.kindName)), at: node.location)
            return nil
        }
        return items
    }
}

/// A mapping's accepted keys. A schema mapping has a dozen keys at most, looked up a few dozen
/// times: a linear search of short strings beats hashing each; a mapping with many keys (hostile
/// input) gets an index so duplicate checks stay linear in its size.
private struct Entries {
    private static let indexedFrom = 16
    private var keys: [String] = []
    private var pairs: [YAMLNode.Pair] = []
    private var index: [String: Int]?

    func pair(_ key: String) -> YAMLNode.Pair? {
        if let index { return index[key].map { pairs[$0] } }
        for i in keys.indices where keys[i] == key { return pairs[i] }
        return nil
    }

    mutating func add(_ key: String, _ pair: YAMLNode.Pair) {
        keys.append(key)
        pairs.append(pair)
        if index != nil {
            index![key] = keys.count - 1
        } else if keys.count >= Self.indexedFrom {
            var built: [String: Int] = [:]
            for (i, k) in keys.enumerated() { built[k] = i }
            index = built
        }
    }
}
