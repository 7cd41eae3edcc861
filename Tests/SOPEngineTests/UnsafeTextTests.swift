import Foundation
import SOPDSL
import Testing
import TestSupport

/// Control characters and bidirectional overrides never reach a terminal: refused in what people
/// type (fields, an outside party's name, SOP and roster texts), escaped in everything printed.
@Suite struct UnsafeTextTests {
    @Test func theCharactersAreKnown() {
        #expect(UnsafeText.firstUnsafe(in: "Budi\u{202E}ilA") == "U+202E")
        #expect(UnsafeText.firstUnsafe(in: "baris satu\nbaris dua\tkolom") == nil)
        #expect(UnsafeText.escaped("a\u{1B}[31mb\r") == "a<U+001B>[31mb<U+000D>")
        #expect(UnsafeText.escaped("Pemilihan Umum") == "Pemilihan Umum")
    }

    @Test func aTypedFieldIsRefused() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-ctl-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try ProcessResult.sop(["kasus", "buka", "sops/antrian.yaml", "--data", data, "--petugas", "contoh/petugas.yaml",
                                       "--isi", "nama=Budi\u{1B}[2J"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("U+001B"), "\(r.stderr)")
        #expect(!r.stderr.contains("\u{1B}"))
    }

    @Test func printedTextIsEscaped() throws {
        let r = try ProcessResult.sop(["periksa", "tidak-ada-\u{1B}[2J\u{202E}.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("<U+001B>[2J<U+202E>"), "\(r.stderr)")
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{202E}"))
    }
}
