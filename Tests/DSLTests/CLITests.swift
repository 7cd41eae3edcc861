import Foundation
import Testing
import TestSupport

/// `sop periksa` run as a binary: output, stderr and exit status as a user sees them.
@Suite struct CLITests {
    func sop(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run(TestPaths.sopBinary, arguments, in: TestPaths.packageRoot)
    }

    @Test func shippedSOPsPass() throws {
        let result = try sop(["periksa", "sops/helpdesk.yaml", "sops/pengaduan.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sops/helpdesk.yaml: lolos (0 galat, 0 peringatan)"))
    }

    @Test func mistypedKeyShowsLineColumnCaretAndSuggestion() throws {
        let result = try sop(["periksa", "Tests/DSLTests/Fixtures/diagnostics/SOP101-unknown-key.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("SOP101-unknown-key.yaml:29:5: galat [SOP101]: kunci 'kegiatn' tidak dikenal di langkah 'jawab'"))
        #expect(result.stderr.contains(" 29 |     kegiatn: Menjawab konsultasi\n    |     ^\n"))
        #expect(result.stderr.contains("catatan: mungkin maksud Anda 'kegiatan'?"))
    }

    @Test func unusedActorAndUnreachableStepAreFlagged() throws {
        let unused = try sop(["periksa", "Tests/DSLTests/Fixtures/diagnostics/SOP507-unused-actor.yaml"])
        #expect(unused.status == 0)
        #expect(unused.stderr.contains("peringatan [SOP507]"))
        let unreachable = try sop(["validate", "Tests/DSLTests/Fixtures/diagnostics/SOP505-unreachable-step.yaml"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("galat [SOP505]: simbol 'arsip' tidak dapat dicapai"))
    }

    @Test func jsonFormat() throws {
        let result = try sop(["periksa", "--format", "json", "Tests/DSLTests/Fixtures/diagnostics/SOP202-unknown-actor.yaml"])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = json?["berkas"] as? [[String: Any]]
        let first = (files?.first?["temuan"] as? [[String: Any]])?.first
        #expect(first?["kode"] as? String == "SOP202")
        #expect(first?["baris"] as? Int == 15)
        #expect(first?["tingkat"] as? String == "galat")
    }

    @Test func missingFileAndUsageErrorsExitTwo() throws {
        let missing = try sop(["periksa", "tidak-ada.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("tidak-ada.yaml: galat [SOP001]: berkas tidak ditemukan"))
        let usage = try sop(["periksa"])
        #expect(usage.status == 2)
        let unknownOption = try sop(["periksa", "--warna", "x.yaml"])
        #expect(unknownOption.status == 2)
    }

    @Test func helpListsIndonesianCommandsWithAliases() throws {
        let result = try sop(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("periksa"))
        #expect(result.stdout.contains("validate"))
    }
}
