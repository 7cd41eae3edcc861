import Foundation

/// Prints diagnostics for people (`file:line:col: galat [SOP101]: ...`, the source
/// line and a caret) or as JSON for editors and scripts.
public struct DiagnosticRenderer: Sendable {
    /// Source text by file path, for the quoted line under each finding.
    private let sources: [String: SourceText]

    public init(sources: [SourceText] = []) {
        var map: [String: SourceText] = [:]
        for source in sources { map[source.path] = source }
        self.sources = map
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let loc = diagnostic.location
        let position = loc.isKnown ? "\(loc.file):\(loc.line):\(loc.column)" : loc.file
        var out = "\(position): \(diagnostic.severity.label) [\(diagnostic.code.rawValue)]: \(diagnostic.message)\n"
        if loc.isKnown, let line = sources[loc.file]?.line(loc.line) {
            let gutter = String(loc.line)
            let pad = String(repeating: " ", count: gutter.count)
            out += " \(gutter) | \(line)\n"
            out += " \(pad) | \(Self.caretLine(under: line, column: loc.column))\n"
        }
        for note in diagnostic.notes {
            out += "  catatan: \(note)\n"
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// Spaces up to the column (keeping tabs, so the caret lines up in any terminal), then `^`.
    static func caretLine(under line: String, column: Int) -> String {
        var prefix = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            prefix.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        let missing = max(0, column - 1 - line.unicodeScalars.count)
        return prefix + String(repeating: " ", count: missing) + "^"
    }

    /// A one-line count, e.g. "2 galat, 1 peringatan".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) galat, \(warnings) peringatan"
    }

    /// The JSON form of `sop periksa --format json`.
    /// `sop periksa --json` (docs/json/periksa.schema.json).
    public static func json(_ reports: [(file: String, diagnostics: [Diagnostic])]) -> String {
        struct Item: Encodable {
            let berkas: String, baris: Int, kolom: Int, tingkat: String, kode: String, pesan: String
            let catatan: [String]
        }
        struct FileReport: Encodable { let berkas: String; let galat: Int; let peringatan: Int; let temuan: [Item] }
        struct View: Encodable { let berkas: [FileReport] }
        let files = reports.map { report in
            FileReport(
                berkas: report.file,
                galat: report.diagnostics.filter { $0.severity == .error }.count,
                peringatan: report.diagnostics.filter { $0.severity == .warning }.count,
                temuan: report.diagnostics.map {
                    Item(berkas: $0.location.file, baris: $0.location.line, kolom: $0.location.column,
                         tingkat: $0.severity.label, kode: $0.code.rawValue, pesan: $0.message, catatan: $0.notes)
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(View(berkas: files))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
