internal import CYaml

/// Owns a libyaml parser; frees it in `deinit`. The only place that touches libyaml's C types.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let fileID: FileNames.ID

    /// Runs `body` with a parser reading `bytes` in place: libyaml reads the caller's buffer for
    /// as long as the parser lives, so the parser never outlives this call (no copy of the input).
    static func withParser<R>(bytes: [UInt8], file: String, _ body: (LibYAMLParser) -> R) -> R {
        // libyaml asserts a non-null input even when it is empty: give it one byte, counted as none.
        let storage = bytes.isEmpty ? [0] : bytes
        return storage.withUnsafeBufferPointer { whole in
            let buffer = UnsafeBufferPointer(rebasing: whole[0..<bytes.count])
            let parser = LibYAMLParser(input: buffer, file: file)
            return withExtendedLifetime(parser) { body(parser) }
        }
    }

    private init(input: UnsafeBufferPointer<UInt8>, file: String) {
        fileID = SourceLocation(file: file, line: 0, column: 0).fileID
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event, or a syntax error already translated into a diagnostic.
    func next() -> Result<YAMLEvent, Diagnostic> {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { return .failure(syntaxError()) }
        defer { yaml_event_delete(&event) }
        let location = self.location(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .success(.streamStart)
        case YAML_STREAM_END_EVENT: return .success(.streamEnd)
        case YAML_DOCUMENT_START_EVENT: return .success(.documentStart(location))
        case YAML_DOCUMENT_END_EVENT: return .success(.documentEnd)
        case YAML_ALIAS_EVENT:
            return .success(.alias(Self.string(event.data.alias.anchor) ?? "", location))
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            return .success(.scalar(value, Self.style(s.style), anchor: Self.string(s.anchor), tag: Self.string(s.tag), location))
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            return .success(.mappingStart(anchor: Self.string(m.anchor), tag: Self.string(m.tag),
                                          flow: m.style == YAML_FLOW_MAPPING_STYLE, location))
        case YAML_MAPPING_END_EVENT: return .success(.mappingEnd)
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            return .success(.sequenceStart(anchor: Self.string(s.anchor), tag: Self.string(s.tag), location))
        case YAML_SEQUENCE_END_EVENT: return .success(.sequenceEnd)
        default: return .success(.streamEnd)
        }
    }

    /// libyaml marks are 0-based; this is the one conversion to 1-based locations.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(fileID: fileID, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func syntaxError() -> Diagnostic {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) }
        let context = p.context.map { String(cString: $0) }
        let at = location(p.problem_mark)
        var started: YAMLSyntaxContext?
        if let context, p.context_mark.line != p.problem_mark.line || p.context_mark.column != p.problem_mark.column {
            let ctx = location(p.context_mark)
            started = YAMLSyntaxContext(name: context, line: ctx.line, column: ctx.column)
        }
        return DiagnosticMessage.yaml(.syntax(problem: problem, context: started)).diagnostic(at: at)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

/// libyaml's events, as Swift values.
enum YAMLEvent {
    case streamStart, streamEnd, documentEnd, mappingEnd, sequenceEnd
    case documentStart(SourceLocation)
    case alias(String, SourceLocation)
    case scalar(String, ScalarStyle, anchor: String?, tag: String?, SourceLocation)
    /// `flow`: written `{a: 1, b: 2}` rather than as an indented block.
    case mappingStart(anchor: String?, tag: String?, flow: Bool, SourceLocation)
    case sequenceStart(anchor: String?, tag: String?, SourceLocation)
}
