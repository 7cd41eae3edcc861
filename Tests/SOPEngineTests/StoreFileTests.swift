import Foundation
import Testing
import TestSupport
@testable import SOPEngine

/// `--data` names a case store or nothing: another program's database, an empty file or a
/// device is refused and left as it was; commands that only read never write the store.
@Suite(.serialized) struct StoreFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-data-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func shell(_ command: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        try p.run()
        p.waitUntilExit()
    }

    @Test func anotherProgramsDatabaseIsRefusedAndUntouched() throws {
        let other = folder.appendingPathComponent("pelanggan.sqlite").path
        try shell("sqlite3 '\(other)' \"CREATE TABLE pelanggan(id INTEGER); INSERT INTO pelanggan VALUES (1);\"")
        let before = bytes(other)
        for args in [["kasus", "daftar"], ["kasus", "buka", "sops/pengaduan.yaml", "--petugas", "contoh/petugas.yaml"], ["verifikasi"]] {
            let r = try ProcessResult.sop(args + ["--data", other])
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("[DATA001]") && r.stderr.contains("program lain"), "\(r.stderr)")
        }
        #expect(bytes(other) == before)
        #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
    }

    /// A URL with another or a mistyped scheme is refused, not taken for a file name (which would
    /// have made a SQLite file of that name in a folder `postgress:`), and its password never shown.
    @Test func aURLOfAnotherSchemeIsRefusedNotMadeAFile() throws {
        for url in ["postgress://sop:rahasia@127.0.0.1:5432/sop", "mysql://sop:rahasia@127.0.0.1/sop"] {
            let sop = PackagePaths.root.appendingPathComponent("sops/pengaduan.yaml").path
            let roster = PackagePaths.root.appendingPathComponent("contoh/petugas.yaml").path
            let r = try ProcessResult.run(PackagePaths.sopBinary, ["kasus", "buka", sop, "--petugas", roster, "--data", url],
                                          environment: ProcessResult.hermetic(), in: folder)
            #expect(r.status == 2, "\(url): \(r.stderr)")
            #expect(r.stderr.contains("[DATA001]") && r.stderr.contains("bukan URL PostgreSQL"), "\(r.stderr)")
            #expect(!r.stderr.contains("rahasia") && !r.stdout.contains("rahasia"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing was created")
    }

    @Test func emptyFilesAndDevicesAreRefused() throws {
        let empty = folder.appendingPathComponent("kosong.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let r = try ProcessResult.sop(["kasus", "buka", "sops/pengaduan.yaml", "--petugas", "contoh/petugas.yaml", "--data", empty])
        #expect(r.status == 2)
        #expect(r.stderr.contains("kosong, bukan penyimpanan kasus"))
        #expect(bytes(empty)?.isEmpty == true)
        let device = try ProcessResult.sop(["kasus", "daftar", "--data", "/dev/null"])
        #expect(device.status == 2)
        #expect(device.stderr.contains("bukan berkas biasa"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    @Test func readingNeverWrites() throws {
        let data = folder.appendingPathComponent("kasus.sqlite").path
        let open = try ProcessResult.sop(["kasus", "buka", "sops/pengaduan.yaml", "--petugas", "contoh/petugas.yaml", "--data", data])
        #expect(open.status == 0, "\(open.stderr)")
        // Fold the WAL in, so the main file alone is the store (as an archived copy would be).
        try shell("sqlite3 '\(data)' 'PRAGMA wal_checkpoint(TRUNCATE);'")
        let before = bytes(data)
        for args in [["kasus", "daftar"], ["verifikasi"], ["laporan", "terlambat"], ["antrian"]] {
            let r = try ProcessResult.sop(args + ["--data", data])
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        #expect(bytes(data) == before)
        // A store that does not exist is read as empty, and not made.
        let missing = folder.appendingPathComponent("belum/ada.sqlite").path
        let list = try ProcessResult.sop(["kasus", "daftar", "--data", missing])
        #expect(list.status == 0)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aNewStoreIsMarked() throws {
        let data = folder.appendingPathComponent("baru.sqlite").path
        _ = try SQLiteEventStore(path: data)
        let p = Process(), out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [data, "PRAGMA application_id;"]
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let mark = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(mark == "\(SQLiteEventStore.applicationID)")
    }
}

/// A case runs on the text pinned in the store, wherever the command is run from and whatever
/// happened to the files it links (`keterkaitan: {berkas: ...}`) since it was opened.
@Suite struct PinnedLinkTests {
    @Test func aCaseDoesNotDependOnWhereItWasOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A private copy of antrian.yaml and the helpdesk.yaml it links.
        for name in ["antrian.yaml", "helpdesk.yaml"] {
            try FileManager.default.copyItem(at: PackagePaths.url("sops/\(name)"), to: folder.appendingPathComponent(name))
        }
        let data = folder.appendingPathComponent("kasus.sqlite").path
        let roster = PackagePaths.url("contoh/petugas.yaml").path
        let open = try ProcessResult.run(PackagePaths.sopBinary, ["kasus", "buka", "antrian.yaml", "--data", data, "--petugas", roster],
                                         in: folder)
        #expect(open.status == 0, "\(open.stderr)")
        let id = String(open.stdout.split(separator: " ")[1])
        // The linked file is renamed, and the next step is done from another directory.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("helpdesk.yaml"), to: folder.appendingPathComponent("helpdesk-lama.yaml"))
        let step = try ProcessResult.run(PackagePaths.sopBinary,
                                         ["kasus", "lakukan", id, "hadir", "--sebagai", "Budi", "--kontak", "0813-1111-2222",
                                          "--isi", "tanggal_waktu=2024-04-02 09:00", "--isi", "nama=Budi", "--isi", "nama_partai=Partai Contoh",
                                          "--isi", "nomor_handphone=0813-1111-2222", "--data", data, "--petugas", roster],
                                         in: FileManager.default.temporaryDirectory)
        #expect(!step.stderr.contains("KASUS023"), "\(step.stderr)")
        let list = try ProcessResult.run(PackagePaths.sopBinary, ["kasus", "lihat", id, "--data", data, "--petugas", roster], in: URL(fileURLWithPath: "/"))
        #expect(list.status == 0, "\(list.stderr)")
    }
}
