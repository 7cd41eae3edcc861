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
