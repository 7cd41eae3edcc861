import Foundation
import Testing
import TestSupport

/// A failed write to stdout (a full disk, `> /dev/full`) ends the command with status 2 and a
/// message on stderr, never a trap; a step recorded before the write stays recorded.
@Suite struct OutputFailureTests {
    func run(_ arguments: [String], stdout path: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = PackagePaths.sopBinary
        process.arguments = arguments
        process.currentDirectoryURL = PackagePaths.root
        process.environment = ProcessResult.hermetic()
        process.standardOutput = FileHandle(forWritingAtPath: path)
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func aFullDiskIsAnErrorNotATrap() throws {
        let (status, stderr) = try run(["periksa", "sops/helpdesk.yaml"], stdout: "/dev/full")
        #expect(status == 2)
        #expect(stderr.contains("[KELUARAN001]") && stderr.contains("ruang penyimpanan penuh"), "\(stderr)")
    }

    @Test func aRecordedCaseStaysRecorded() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-full-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (status, stderr) = try run(["kasus", "buka", "sops/pengaduan.yaml", "--data", data, "--petugas", "contoh/petugas.yaml"],
                                       stdout: "/dev/full")
        #expect(status == 2)
        #expect(stderr.contains("yang sudah dicatat tetap tercatat"))
        let list = try ProcessResult.sop(["kasus", "daftar", "--data", data])
        #expect(list.status == 0)
        #expect(list.stdout.contains("PENGADUAN-0001"), "\(list.stdout)")
        #expect(try ProcessResult.sop(["verifikasi", "--data", data]).status == 0)
    }
}

/// `-o FILE` never replaces what is not a regular file, and cleans up after a killed run.
@Suite struct OutputFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-o-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    @Test func aDeviceIsWrittenThroughNotReplaced() throws {
        let r = try ProcessResult.sop(["cetak", "sops/antrian.yaml", "-o", "/dev/full"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[BERKAS001]") && r.stderr.contains("ruang penyimpanan penuh"), "\(r.stderr)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        #expect(try ProcessResult.sop(["cetak", "sops/antrian.yaml", "-o", "/dev/null"]).status == 0)
    }

    @Test func aSymlinkStaysALink() throws {
        let link = folder.appendingPathComponent("dokumen.html").path
        let target = folder.appendingPathComponent("arsip.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "arsip.html")
        let r = try ProcessResult.sop(["cetak", "sops/antrian.yaml", "-o", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "arsip.html")
        #expect((try String(contentsOfFile: target, encoding: .utf8)).contains("<!DOCTYPE html>"))
    }

    @Test func leftoversOfAKilledRunAreRemoved() throws {
        let out = folder.appendingPathComponent("laporan.html").path
        // PID 2147483000 runs nowhere: its temporary file is a leftover.
        let stale = folder.appendingPathComponent(".laporan.html.2147483000.tmp").path
        try Data("sisa".utf8).write(to: URL(fileURLWithPath: stale))
        #expect(try ProcessResult.sop(["cetak", "sops/antrian.yaml", "-o", out]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
    }
}
