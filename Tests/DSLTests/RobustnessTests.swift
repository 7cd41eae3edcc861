import Foundation
import Testing
import TestSupport
@testable import SOPDSL

/// Bad input of every kind gets a diagnostic or a model, never a crash.
@Suite struct RobustnessTests {
    func codes(_ bytes: [UInt8]) -> [DiagnosticCode] {
        SOPLoader.load(bytes: bytes, path: "t.yaml").diagnostics.map(\.code)
    }

    @Test func missingFileIsSOP001() {
        let result = SOPLoader.load(path: "/tidak/ada/berkas.yaml")
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
        #expect(DiagnosticRenderer().render(result.diagnostics[0]) ==
                "/tidak/ada/berkas.yaml: galat [SOP001]: berkas tidak ditemukan\n  catatan: periksa nama dan lokasi berkas\n")
    }

    @Test func directoryIsSOP001() {
        #expect(SOPLoader.load(path: "/tmp").diagnostics.map(\.code) == [.unreadableFile])
    }

    @Test func hugeInputIsSOP005() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: YAMLDocument.maximumFileSize + 1)
        #expect(codes(bytes) == [.fileTooLarge])
    }

    @Test func fiftyMegabytesOfValidYAMLLoadsOrFailsCleanly() {
        let line = Array("- Daftar hadir dan alat tulis untuk konsultasi helpdesk partai politik\n".utf8)
        var bytes = Array("identitas:\n  dasar_hukum:\n".utf8)
        while bytes.count < 50 * 1_048_576 { bytes += [0x20, 0x20] + line }
        let found = codes(bytes)
        #expect(!found.isEmpty)
        #expect(!found.contains(.yamlSyntax))
    }

    static let junk: [String: [UInt8]] = [
        "empty": [], "whitespace": Array("   \n\t\n".utf8), "bom only": [0xEF, 0xBB, 0xBF],
        "binary": [0, 1, 2, 3, 255, 254, 0x80], "bom then unclosed list": Array("\u{FEFF}identitas: [".utf8),
        "top-level list": Array("- a\n- b\n".utf8), "unclosed quote": Array("\"tidak ditutup".utf8),
        "unknown alias": Array("a: &x 1\nb: *y\n".utf8), "deep block list": Array(String(repeating: "- ", count: 5000).utf8),
        "deep flow mapping": Array(String(repeating: "{a: ", count: 3000).utf8),
        "binary tag": Array("identitas: !!binary aGVsbG8=\n".utf8),
    ]

    @Test(arguments: junk.keys.sorted())
    func junkGetsADiagnostic(_ name: String) {
        #expect(!codes(Self.junk[name]!).isEmpty)
    }

    @Test func randomBytesNeverCrash() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let bytes = (0..<Int(rng.next() % 400)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = SOPLoader.load(bytes: bytes, path: "acak.yaml")
        }
    }
}
