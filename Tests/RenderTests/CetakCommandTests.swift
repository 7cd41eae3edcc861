import Foundation
import Testing
@testable import SOPRender

/// `sop cetak` run as a binary: its output, messages and exit status.
@Suite struct CetakCommandTests {
    let sop = RenderPaths.sopBinary
    let root = RenderPaths.packageRoot

    @Test func htmlToStdoutByDefault() throws {
        let result = try CommandResult.run(sop, ["cetak", "sops/antrian.yaml"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("Halaman 1 dari"))
    }

    @Test func renderIsAnAliasAndXMLValidates() throws {
        let result = try CommandResult.run(sop, ["render", "sops/helpdesk.yaml", "--format", "xml"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(XMLRenderer.validate(xml: result.stdout, schemaPath: RenderPaths.schema.path).isEmpty)
    }

    @Test func writesTheOutputFileWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cetak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("helpdesk.html")
        let result = try CommandResult.run(sop, ["cetak", "sops/helpdesk.yaml", "-o", out.path, "--kertas", "f4", "--orientasi", "tegak"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains("size: 215mm 330mm"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["helpdesk.html"], "no temporary file left")
    }

    @Test func sopWithErrorsWritesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cetak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("rusak.yaml")
        try "identitas:\n  instansi: KPU\npelaksana: []\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("keluar.html")
        let result = try CommandResult.run(sop, ["cetak", bad.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("galat"))
        #expect(result.stderr.contains("[CETAK001]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func unreadableFileIsAUsageError() throws {
        let result = try CommandResult.run(sop, ["cetak", "/tidak/ada.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[CETAK002]"))
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let result = try CommandResult.run(sop, ["cetak", "sops/antrian.yaml", "-o", "/tidak/ada/keluar.html"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("[BERKAS001]"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [["--kertas", "a3"], ["--orientasi", "miring"], ["--baris-per-halaman", "0"], ["--format", "pdf"]] {
            let result = try CommandResult.run(sop, ["cetak", "sops/antrian.yaml"] + arguments, in: root)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }

    @Test func helpIsInIndonesian() throws {
        let result = try CommandResult.run(sop, ["cetak", "--help"])
        #expect(result.status == 0)
        for phrase in ["Mencetak SOP", "--kertas", "--orientasi", "--baris-per-halaman", "mendatar"] {
            #expect(result.stdout.contains(phrase), "\(phrase)")
        }
    }
}
