/// The text of a source file, split into lines for quoting under diagnostics.
/// Tolerates a BOM, CRLF line ends and invalid UTF-8 (shown with replacement characters).
public struct SourceText: Sendable {
    public let path: String
    private let lines: [String.UnicodeScalarView.SubSequence]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Split on scalars: "\r\n" is a single Character and would not split on "\n".
        self.lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line `number` (1-based) without its line end, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var line = String(String.UnicodeScalarView(lines[number - 1]))
        if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        // Very long lines (minified or binary input) are cut so the output stays readable.
        if line.count > 200 { line = String(line.prefix(200)) + "…" }
        return line
    }
}
