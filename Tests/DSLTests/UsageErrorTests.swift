import Foundation
import Testing
import TestSupport
@testable import Runner

/// Every way of mistyping a command ends in one Bahasa Indonesia line with a stable code and
/// exit 2, never argument-parser's English ("Error: Missing expected argument ...", "Usage:").
@Suite struct UsageErrorTests {
    func sop(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run(TestPaths.sopBinary, arguments, in: TestPaths.packageRoot)
    }

    static let mistakes: [([String], String, [String])] = [
        (["kasus", "pindah", "--semua", "--coba"], "PERINTAH002", ["'sop kasus pindah' perlu --ke <ke>", "Berkas SOP versi baru"]),
        (["kasus", "buka"], "PERINTAH002", ["'sop kasus buka' perlu <sop>"]),
        (["cetak", "sops/helpdesk.yaml", "-o"], "PERINTAH002", ["opsi '-o' perlu nilai"]),
        (["periksa"], "PERINTAH002", ["sebutkan paling sedikit satu berkas SOP"]),
        (["periksa", "--warna", "x.yaml"], "PERINTAH001", ["opsi '--warna' tidak dikenal oleh 'sop periksa'"]),
        (["periksa", "--formt", "json", "x.yaml"], "PERINTAH001", ["mungkin maksud Anda '--format'?"]),
        (["periksa", "--format", "x", "sops/helpdesk.yaml"], "PERINTAH003", ["nilai 'x' tidak sah untuk --format", "pilihan: teks, json, html"]),
        (["kasus", "daftar", "--json=ya"], "PERINTAH003", ["opsi '--json' tidak menerima nilai"]),
        (["cetak", "sops/helpdesk.yaml", "--baris-per-halaman", "0"], "PERINTAH003", ["--baris-per-halaman harus bilangan bulat positif"]),
        (["kasus", "daftar", "lebih"], "PERINTAH004", ["'sop kasus daftar' tidak menerima argumen 'lebih'"]),
        (["kasus", "bukaa"], "PERINTAH005", ["perintah 'bukaa' tidak ada pada 'sop kasus'", "mungkin maksud Anda 'buka'?", "buka (open)"]),
        (["cetakk", "sops/helpdesk.yaml"], "PERINTAH005", ["mungkin maksud Anda 'cetak'?"]),
        (["laporan"], "PERINTAH006", ["'sop laporan' perlu perintah lanjutan", "kepatuhan (compliance)"]),
        ([], "PERINTAH006", ["'sop' perlu perintah lanjutan", "periksa (validate)"]),
    ]

    @Test(arguments: mistakes) func aMistypedCommandIsOneBahasaLine(_ arguments: [String], _ code: String, _ words: [String]) throws {
        let r = try sop(arguments)
        #expect(r.status == 2, "\(arguments): \(r.stderr)")
        #expect(r.stderr.hasPrefix("sop: [\(code)] "), "\(arguments): \(r.stderr)")
        for word in words { #expect(r.stderr.contains(word), "\(arguments): \(r.stderr)") }
        #expect(r.stderr.split(separator: "\n").count == 1, "\(arguments): \(r.stderr)")
        for english in ["Error:", "Usage:", "Missing", "Unknown", "Unexpected", "invalid", "See '", "Help:"] {
            #expect(!r.stderr.contains(english), "\(arguments): \(r.stderr)")
        }
        #expect(r.stdout.isEmpty)
    }

    @Test func helpAndVersionStillWork() throws {
        let help = try sop(["kasus", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("buka, open"))
        let version = try sop(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }

    @Test func anOutputFolderThatDoesNotExistIsNamed() throws {
        let r = try sop(["cetak", "sops/helpdesk.yaml", "-o", "tidak-ada-folder/helpdesk.html"])
        #expect(r.status == 2)
        #expect(r.stderr == "sop: [BERKAS001] berkas keluaran 'tidak-ada-folder/helpdesk.html' tidak dapat ditulis: folder 'tidak-ada-folder' tidak ada; buat dulu foldernya atau pilih tempat lain\n", "\(r.stderr)")
    }

    /// The system's errors that reach `Main` are named by path and plain reason, not Foundation's English.
    @Test func aFoundationFileErrorIsBahasaWithThePath() {
        let missing = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileReadNoSuchFile.rawValue,
                              userInfo: [NSFilePathErrorKey: "/data/kasus.yaml",
                                         NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT))])
        let failure = Main.failure(for: missing)
        #expect(failure.status == .usage)
        #expect(failure.message == "[BERKAS003] berkas '/data/kasus.yaml' tidak dapat dipakai: berkas atau foldernya tidak ada; periksa jalur dan izinnya, lalu ulangi")
        let denied = Main.failure(for: CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/etc/x"]))
        #expect(denied.message.hasPrefix("[BERKAS003] berkas '/etc/x' tidak dapat dipakai: tidak ada izin"), "\(denied.message)")
        struct Surprise: Error {}
        #expect(Main.failure(for: Surprise()).message.hasPrefix("[GALAT001] kegagalan yang tidak terduga (Surprise)"))
    }
}
