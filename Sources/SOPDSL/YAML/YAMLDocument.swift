import Foundation

/// Reads an SOP file into a located node tree, reporting every problem as a `Diagnostic`.
public enum YAMLDocument {
    /// Files beyond this are refused with SOP005 rather than risking memory on junk input.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads `path` from disk. Unreadable files give SOP001.
    public static func load(path: String, diagnostics: inout DiagnosticCollector) -> (YAMLNode?, bytes: [UInt8]) {
        let location = SourceLocation.unknown(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.emit(.yaml(.fileNotFound), at: location)
            return (nil, [])
        }
        guard !isDirectory.boolValue else {
            diagnostics.emit(.yaml(.isDirectory), at: location)
            return (nil, [])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.emit(.yaml(.unreadable), at: location)
            return (nil, [])
        }
        let bytes = [UInt8](data)
        return (parse(bytes: bytes, file: path, diagnostics: &diagnostics), bytes)
    }

    /// Parses YAML text already in memory.
    public static func parse(bytes: [UInt8], file: String, diagnostics: inout DiagnosticCollector) -> YAMLNode? {
        guard bytes.count <= maximumFileSize else {
            diagnostics.emit(.yaml(.fileTooLarge(bytes: bytes.count, limit: maximumFileSize)), at: .unknown(file: file))
            return nil
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) || bytes == [0xEF, 0xBB, 0xBF] {
            diagnostics.emit(.yaml(.emptyFile), at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        let builder = YAMLTreeBuilder(file: file)
        var found = DiagnosticCollector()
        let root = builder.build(bytes: bytes, diagnostics: &found)
        for var diagnostic in found.diagnostics {
            if diagnostic.code == .yamlSyntax {
                let source = SourceText(path: file, bytes: bytes)
                let line = diagnostic.location.line
                let hint = YAMLSyntaxHints.bareDash(in: source, line: line) ?? YAMLSyntaxHints.bareDash(in: source, line: line - 1)
                    ?? YAMLSyntaxHints.unclosedQuote(in: source, before: line)
                if let hint { diagnostic.notes.insert(hint.text, at: 0) }
            }
            diagnostics.emit(diagnostic)
        }
        return root
    }
}
