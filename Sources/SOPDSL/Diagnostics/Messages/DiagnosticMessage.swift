/// Every diagnostic text in one catalogue, one family per code range (a file each): a message
/// knows its code (hence its severity), its text and its notes, as swift-syntax's messages do.
/// Call sites say what they found; the catalogue says it, in Bahasa Indonesia.
enum DiagnosticMessage: Hashable, Sendable {
    case yaml(YAMLMessage)
    case keyValue(KeyValueMessage)
    case reference(ReferenceMessage)
    case time(TimeMessage)
    case condition(ConditionMessage)
    case lint(LintMessage)
    case calendar(CalendarMessage)
    case roster(RosterMessage)

    var content: MessageContent {
        switch self {
        case .yaml(let message): message.content
        case .keyValue(let message): message.content
        case .reference(let message): message.content
        case .time(let message): message.content
        case .condition(let message): message.content
        case .lint(let message): message.content
        case .calendar(let message): message.content
        case .roster(let message): message.content
        }
    }

    var code: DiagnosticCode { content.code }
    var severity: Severity { content.severity ?? content.code.defaultSeverity }
    var text: String { content.text }
    var notes: [String] { content.notes }

    /// The finding at `location`; `extra` notes come after the message's own.
    func diagnostic(at location: SourceLocation, notes extra: [String] = []) -> Diagnostic {
        let content = self.content
        return Diagnostic(content.code, content.text, at: location, severity: content.severity, notes: content.notes + extra)
    }

    /// One example message per code of every family, for proving each code has a text.
    static var examples: [DiagnosticMessage] {
        YAMLMessage.examples.map(Self.yaml) + KeyValueMessage.examples.map(Self.keyValue)
            + ReferenceMessage.examples.map(Self.reference) + TimeMessage.examples.map(Self.time)
            + ConditionMessage.examples.map(Self.condition) + LintMessage.examples.map(Self.lint)
            + CalendarMessage.examples.map(Self.calendar) + RosterMessage.examples.map(Self.roster)
    }

    /// Every code some message of the catalogue reports.
    static var allCodes: Set<DiagnosticCode> { Set(examples.map(\.code)) }
}

/// What one message says: its code, its one-line text, the notes printed under it, and a
/// severity only where the message differs from its code's default.
struct MessageContent: Hashable, Sendable {
    var code: DiagnosticCode
    var text: String
    var notes: [String]
    var severity: Severity?

    init(_ code: DiagnosticCode, _ text: String, notes: [String] = [], severity: Severity? = nil) {
        self.code = code
        self.text = text
        self.notes = notes
        self.severity = severity
    }
}

/// One code range's messages (one file each under Messages/).
protocol DiagnosticMessageFamily: Hashable, Sendable {
    /// The codes the family may use, e.g. "SOP1" for SOP1xx; the catalogue tests hold it to that.
    static var codePrefix: String { get }
    /// At least one message for each code of the range.
    static var examples: [Self] { get }
    var content: MessageContent { get }
}
