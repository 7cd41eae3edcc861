/// How serious a finding is. Errors make `sop periksa` exit 1; warnings do not.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    /// The word printed to users, in Bahasa Indonesia.
    public var label: String {
        switch self {
        case .error: "galat"
        case .warning: "peringatan"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One finding about an SOP source: a value with a stable code, in the shape of
/// swift-syntax's diagnostics. Its text comes from the `DiagnosticMessage` catalogue.
public struct Diagnostic: Hashable, Sendable, Codable, Error {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// Extra lines shown after the caret ("mungkin maksud Anda ...", hints).
    public var notes: [String]

    public init(
        _ code: DiagnosticCode,
        _ message: String,
        at location: SourceLocation,
        severity: Severity? = nil,
        notes: [String] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.location = location
        self.notes = notes
    }
}

/// Collects every finding of a pass instead of stopping at the first one.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports a catalogue message; `notes` come after the message's own.
    mutating func emit(_ message: DiagnosticMessage, at location: SourceLocation, notes: [String] = []) {
        emit(message.diagnostic(at: location, notes: notes))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Findings in file order, so the output reads top to bottom.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
