import Foundation
import Testing
import TestSupport

/// The helper every binary test runs through: it must finish whatever the child writes, and give
/// the child nothing of the developer's own `SOP_*` settings.
@Suite struct ProcessResultTests {
    let shell = URL(fileURLWithPath: "/bin/sh")

    @Test(.timeLimit(.minutes(1))) func aChildFillingStderrFirstCompletes() throws {
        // 200 KB to stderr before a word to stdout: more than a pipe holds while the other is read.
        let r = try ProcessResult.run(shell, ["-c", "head -c 200000 /dev/zero | tr '\\0' x >&2; echo klar"])
        #expect(r.status == 0)
        #expect(r.stderr.count == 200_000)
        #expect(r.stdout == "klar\n")
    }

    @Test(.timeLimit(.minutes(1))) func aChildFillingBothPipesCompletes() throws {
        let r = try ProcessResult.run(shell, ["-c", "for i in 1 2 3 4; do head -c 100000 /dev/zero | tr '\\0' a; head -c 100000 /dev/zero | tr '\\0' b >&2; done"])
        #expect(r.status == 0)
        #expect(r.stdout.count == 400_000 && r.stderr.count == 400_000)
    }

    @Test func theDevelopersSOPVariablesDoNotReachTheChild() throws {
        var parent = ProcessInfo.processInfo.environment
        parent["SOP_DATA"] = "/tmp/milik-pengembang.sqlite"
        parent["SOP_PETUGAS"] = "/tmp/petugas-pengembang.yaml"
        let r = try ProcessResult.run(shell, ["-c", "echo \"data=${SOP_DATA-kosong} petugas=${SOP_PETUGAS-kosong} kalender=${SOP_KALENDER-kosong} path=${PATH:+ada}\""],
                                      environment: ["SOP_KALENDER": "kalender/nasional.yaml"], inheriting: parent)
        #expect(r.stdout == "data=kosong petugas=kosong kalender=kalender/nasional.yaml path=ada\n", "\(r.stdout)")
    }
}
