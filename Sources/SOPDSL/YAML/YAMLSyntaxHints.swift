import Foundation

/// Looks at the source lines around a YAML syntax error for a likelier cause than libyaml's
/// report; the hint texts are in the catalogue (`YAMLSyntaxHint`).
enum YAMLSyntaxHints {
    /// libyaml reports an unclosed quote where the quoted text finally fails, often many lines
    /// later. The first earlier line whose value opens a quote it does not close is the likely fault.
    static func unclosedQuote(in source: SourceText, before line: Int) -> YAMLSyntaxHint? {
        for number in stride(from: 1, to: line, by: 1) {
            guard let text = source.line(number) else { break }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            var value = Substring(trimmed)
            if value.hasPrefix("- ") { value = value.dropFirst(2) }
            if let colon = value.range(of: ": ") { value = value[colon.upperBound...] }
            let v = value.trimmingCharacters(in: .whitespaces)
            guard let quote = v.first, quote == "\"" || quote == "'" else { continue }
            let rest = v.dropFirst()
            let closes = quote == "\"" ? rest.contains { $0 == "\"" } : rest.contains("'")
            if !closes { return .unclosedQuote(quote, line: number) }
        }
        return nil
    }

    /// `waktu: -` reads as the start of a list; the author meant the text "-".
    static func bareDash(in source: SourceText, line: Int) -> YAMLSyntaxHint? {
        guard let text = source.line(line)?.trimmingCharacters(in: .whitespaces), text.hasSuffix(": -") else { return nil }
        return .bareDash(key: String(text.dropLast(3)))
    }
}
