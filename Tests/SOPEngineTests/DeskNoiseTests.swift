import Foundation
import Testing
import TestSupport

/// At the desk an SOP's warnings are one line pointing to `sop periksa`; errors, which stop the
/// command, are still printed in full.
@Suite struct DeskNoiseTests {
    let warned = "Tests/DSLTests/Fixtures/diagnostics/SOP507-unused-actor.yaml"
    let broken = "Tests/DSLTests/Fixtures/diagnostics/SOP505-unreachable-step.yaml"
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-noise-\(UUID().uuidString).sqlite").path
    var summary: String { "sop: SOP ini punya 1 peringatan: jalankan 'sop periksa \(warned)' untuk rinciannya\n" }

    @Test func warningsAreOneLineWhenOpeningACaseAndPrinting() throws {
        let opened = try ProcessResult.sop(["kasus", "buka", warned, "--data", data])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stderr == summary, "\(opened.stderr)")
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("sop-noise-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: html) }
        let printed = try ProcessResult.sop(["cetak", warned, "-o", html])
        #expect(printed.status == 0)
        #expect(printed.stderr == summary, "\(printed.stderr)")
        // The full text stays where the author looks for it.
        let checked = try ProcessResult.sop(["periksa", warned])
        #expect(checked.stderr.contains("peringatan [SOP507]: pelaksana 'provinsi' dideklarasikan"))
    }

    @Test func errorsAreStillPrintedInFull() throws {
        for args in [["cetak", broken], ["kasus", "buka", broken, "--data", data]] {
            let r = try ProcessResult.sop(args)
            #expect(r.status == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("galat [SOP505]: simbol 'arsip' tidak dapat dicapai"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains(" | "), "the source line and caret: \(r.stderr)")
        }
    }
}
