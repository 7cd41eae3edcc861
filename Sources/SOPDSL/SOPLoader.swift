/// The whole front end in one call: read -> YAML nodes -> model -> lint.
/// Stages are plain functions so tests and benchmarks can run each on its own.
public struct LoadResult: Sendable {
    public var sop: SOP?
    public var diagnostics: [Diagnostic]
    public var source: SourceText
    /// Warnings not shown because the SOP acknowledges them (`abaikan`).
    public var acknowledged: Int = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

public enum SOPLoader {
    /// Loads, checks and lints the SOP at `path`. Never traps on bad input.
    public static func load(path: String, lint: Bool = true) -> LoadResult {
        var diagnostics = DiagnosticCollector()
        let (root, bytes) = YAMLDocument.load(path: path, diagnostics: &diagnostics)
        return finish(root: consume root, bytes: bytes, path: path, lint: lint, checksLinkedFiles: true, diagnostics: diagnostics)
    }

    /// Loads SOP text already in memory (tests, editors); `path` names it in messages.
    /// `pinned`: a text stored with a case, whose linked files were checked when it was pinned:
    /// it loads the same from any directory, whatever happened to those files since.
    public static func load(bytes: [UInt8], path: String, lint: Bool = true, pinned: Bool = false) -> LoadResult {
        var diagnostics = DiagnosticCollector()
        let root = YAMLDocument.parse(bytes: bytes, file: path, diagnostics: &diagnostics)
        return finish(root: consume root, bytes: bytes, path: path, lint: lint, checksLinkedFiles: !pinned, diagnostics: diagnostics)
    }

    private static func finish(
        root: consuming YAMLNode?, bytes: [UInt8], path: String, lint: Bool, checksLinkedFiles: Bool, diagnostics: DiagnosticCollector
    ) -> LoadResult {
        var all = diagnostics
        var sop: SOP?
        if let node = root {
            let (decoded, found) = SOPDecoder.decode(node, file: path, checksLinkedFiles: checksLinkedFiles)
            all.append(contentsOf: found)
            sop = decoded
        }
        // The node tree is not needed past decoding: freed before lint, it is not part of its peak.
        root = nil
        if lint, let decoded = sop { all.append(contentsOf: Linter.lint(decoded)) }
        // Warnings the signed document has and the author keeps (`abaikan`); errors never.
        let codes = Set(sop?.acknowledged.map(\.code) ?? [])
        let shown = all.sorted.filter { $0.severity == .error || !codes.contains($0.code.rawValue) }
        return LoadResult(sop: all.hasErrors ? nil : sop, diagnostics: shown, source: SourceText(path: path, bytes: bytes),
                          acknowledged: all.sorted.count - shown.count)
    }
}
