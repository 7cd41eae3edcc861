import Foundation
import Testing
import TestSupport

/// The end of the main job (`scripts/first-steps.sh`, run by `scripts/main.sh`): a new user is
/// told where the documents and the demo store are, and can run `sop` from the place it names.
@Suite struct FirstStepsTests {
    @Test func theMainJobEndsWithWhereEverythingIsAndARunnableSop() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sop-first-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try ProcessResult.run(URL(fileURLWithPath: "/bin/bash"), ["scripts/first-steps.sh"],
                                      environment: ["SOP_BIN": PackagePaths.sopBinary.path, "SOP_OUT": out.path], in: PackagePaths.root)
        #expect(r.status == 0, "\(r.stderr)")
        for line in ["Dokumen SOP siap cetak: \(out.path)/cetak/",
                     "Penyimpanan kasus contoh: \(out.path)/demo/kasus.sqlite",
                     "export PATH=\"\(out.path)/bin:$PATH\"",
                     "  sop --help\n",
                     "  sop kasus daftar --data \(out.path)/demo/kasus.sqlite\n"] {
            #expect(r.stdout.contains(line), "\(line) in \(r.stdout)")
        }
        // What it names runs, and `sop --help` works through the PATH it prints.
        let linked = try ProcessResult.run(out.appendingPathComponent("bin/sop"), ["--version"])
        #expect(linked.status == 0 && linked.stdout == "0.1.0\n")
        let help = try ProcessResult.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "PATH=\"\(out.path)/bin:$PATH\" sop --help"])
        #expect(help.status == 0 && help.stdout.contains("periksa"), "\(help.stderr)")
    }

    @Test func theMainJobRunsTheDemoInItsOwnStoreAndEndsWithTheFirstSteps() throws {
        let main = try String(contentsOf: PackagePaths.url("scripts/main.sh"), encoding: .utf8)
        #expect(main.contains("SOP_DATA=out/demo/kasus.sqlite bash scripts/demo-cases.sh"))
        #expect(main.split(separator: "\n").last == "SOP_BIN=\"$sop\" bash scripts/first-steps.sh")
        let readme = try String(contentsOf: PackagePaths.url("README.md"), encoding: .utf8)
        #expect(readme.contains("`out/bin/sop`") && readme.contains("export PATH=\"$PWD/out/bin:$PATH\""))
    }
}
