import Foundation
import Testing
@testable import SOPDSL

/// The loader's shortcuts (issue 12) give what the general code they skip would give.
@Suite struct LoaderFastPathTests {
    /// The former `SourceText`: decode the whole file, drop a BOM, split on "\n".
    static func referenceLine(_ bytes: [UInt8], _ number: Int) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        var line = String(String.UnicodeScalarView(lines[number - 1]))
        if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        if line.count > 200 { line = String(line.prefix(200)) + "…" }
        return line
    }

    static let sources: [[UInt8]] = [
        [], Array("\n".utf8), Array("a".utf8), Array("\u{FEFF}a: 1\r\nb: 2\r\n".utf8), Array("\u{FEFF}\n\n".utf8),
        [0x61, 0xE2, 0x0A, 0x62, 0xC3], [0xFF, 0xFE, 0x0A, 0x0A, 0x80, 0x0A], Array("x\r\r\n\ry".utf8),
        Array((String(repeating: "é", count: 300) + "\nlangkah: ok").utf8), Array("a\u{301}\nb".utf8),
    ]

    @Test(arguments: sources) func sourceLinesMatchWholeFileDecoding(_ bytes: [UInt8]) {
        let source = SourceText(path: "t.yaml", bytes: bytes)
        for number in -1...8 {
            #expect(source.line(number) == Self.referenceLine(bytes, number), "line \(number)")
        }
    }

    @Test(arguments: ["Menerima", " Menerima ", "\tMenerima\n", "Menerima\u{00A0}", "\u{2003}x", "a b", "", "  ", "\u{85}x\u{85}"])
    func trimmingMatchesFoundation(_ text: String) {
        #expect(ScalarReader.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: ["Menerima surat", "baris\tdua\nbaris", "a\u{7F}", "a\u{1B}[31m", "a\u{202E}b", "a\u{85}", "é", "a\rb"])
    func printableASCIIHasNothingUnsafe(_ text: String) {
        if ScalarReader.isPrintableASCII(text) { #expect(UnsafeText.firstUnsafe(in: text) == nil) }
    }

    /// The subject rule's bytewise start test agrees with lowercasing the whole activity.
    @Test(arguments: [
        ("Unit Layanan Terpadu memeriksa", true), ("UNIT LAYANAN TERPADU memeriksa", true),
        ("Unit Layanan Terpadui memeriksa", false), ("Unit Layanan Terpadu\u{301} memeriksa", false),
        ("Unit", false), ("Menerima surat", false), ("Unit Layanan Terpadu  dua spasi", true), ("Ünit Layanan", false),
    ])
    func subjectRuleFindsActorNames(_ activity: String, _ flagged: Bool) {
        let yaml = """
        identitas: {instansi: KPU, nomor: "1", nama: Uji}
        pelaksana:
          - {id: ult, nama: Unit Layanan Terpadu}
        langkah:
          - {id: a, pelaksana: ult, kegiatan: "\(activity)", selesai: ya}
        """
        let found = SOPLoader.load(bytes: Array(yaml.utf8), path: "t.yaml").diagnostics.contains { $0.code == .activityStartsWithSubject }
        let expected = activity.lowercased().hasPrefix("unit layanan terpadu ")
        #expect(expected == flagged)
        #expect(found == flagged)
    }

    /// An empty buffer still gives libyaml a valid (non-null) input.
    @Test func emptyInputParsesToNoDocument() {
        var diagnostics = DiagnosticCollector()
        let root = YAMLTreeBuilder(file: "t.yaml").build(bytes: [], diagnostics: &diagnostics)
        #expect(root == nil)
        #expect(diagnostics.diagnostics.map(\.code) == [.emptyDocument])
    }
}
