import Testing
@testable import SOPDSL

@Suite struct YAMLDocumentTests {
    func parse(_ text: String) -> (YAMLNode?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let node = YAMLDocument.parse(bytes: Array(text.utf8), file: "t.yaml", diagnostics: &diagnostics)
        return (node, diagnostics.diagnostics)
    }

    func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.pairs?.first { $0.key.scalar?.value == key }?.value
    }

    /// YAML 1.1 would read these as false, 90, 12, true: the schema keeps them as written.
    @Test(arguments: [("no", "no"), ("jam", "1:30"), ("nomor", "0012"), ("label", "Ya"), ("x", "off"), ("t", "2022-08-01")])
    func scalarsStayText(_ key: String, _ raw: String) {
        let (node, diagnostics) = parse("\(key): \(raw)\n")
        #expect(diagnostics.isEmpty)
        #expect(value(node, key)?.scalar?.value == raw)
        #expect(value(node, key)?.scalar?.style == .plain)
    }

    @Test func locationsAreOneBased() {
        let (node, _) = parse("a: 1\nlangkah:\n  - id: x\n    kegiatan: \"Menerima\"\n")
        let step = value(node, "langkah")?.items?.first
        #expect(step?.location == SourceLocation(file: "t.yaml", line: 3, column: 5))
        let activity = value(step, "kegiatan")
        #expect(activity?.location == SourceLocation(file: "t.yaml", line: 4, column: 15))
        #expect(activity?.contentLocation.column == 16)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let (node, diagnostics) = parse("\u{FEFF}a: satu\r\nb: dua\r\n")
        #expect(diagnostics.isEmpty)
        #expect(value(node, "b")?.scalar?.value == "dua")
        #expect(value(node, "b")?.location.line == 2)
        #expect(value(node, "a")?.location.column == 4)
    }

    @Test func aliasesAndMergeKeysResolve() {
        let (node, diagnostics) = parse("""
        dasar: &d {nama: Helpdesk, tingkat: provinsi}
        x:
          <<: *d
          tingkat: pusat
        y: *d
        """)
        #expect(diagnostics.isEmpty)
        let x = value(node, "x")
        #expect(value(x, "nama")?.scalar?.value == "Helpdesk")
        #expect(value(x, "tingkat")?.scalar?.value == "pusat")
        #expect(x?.pairs?.count == 2)
        #expect(value(value(node, "y"), "tingkat")?.scalar?.value == "provinsi")
    }

    @Test func aliasBombIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let (node, diagnostics) = parse(text)
        #expect(node == nil)
        #expect(diagnostics.map(\.code) == [.badAlias])
    }

    @Test func syntaxErrorPointsAtTheFault() {
        let (_, diagnostics) = parse("a: 1\nb: [1, 2\nc: 3\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .yamlSyntax)
        #expect(diagnostics.first?.location.line == 3)
    }
}
