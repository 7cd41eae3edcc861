import Foundation
import Testing
import TestSupport

/// `sop banding` from the binary: the revision of a shipped SOP pinned as golden text, JSON and
/// revision sheet (Tests/DiffTests/Golden; `SOP_RECORD=1` re-records), the JSON against its
/// schema, and the documented exit statuses.
@Suite(.serialized) struct BandingCommandTests {
    static let old = "sops/pengaduan.yaml"
    static let revision = "contoh/revisi/pengaduan-revisi-1.yaml"
    static let renamed = "contoh/revisi/pengaduan-ganti-id.yaml"

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-banding-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func expect(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = PackagePaths.url("Tests/DiffTests/Golden/\(name)")
        if let difference = Golden.compare(text, with: url) { Issue.record("\(difference)", sourceLocation: sourceLocation) }
    }

    /// Runs `sop ARGS`, expecting `status`.
    func sop(_ args: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessResult {
        let r = try ProcessResult.sop(args)
        #expect(r.status == status, "sop \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r
    }

    func checkSchema(_ json: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder.appendingPathComponent(name).path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"),
                                      ["python3", "scripts/check-json.py", "docs/json/banding.schema.json", path], in: PackagePaths.root)
        #expect(r.status == 0, "\(name): \(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func theRevisionFixturesPassTheChecker() throws {
        let r = try sop(["periksa", Self.revision, Self.renamed])
        #expect(r.stdout.contains("\(Self.revision): lolos") && r.stdout.contains("\(Self.renamed): lolos"), "\(r.stdout)")
    }

    @Test func aRevisionAsTextJSONAndRevisionSheet() throws {
        let text = try sop(["banding", Self.old, Self.revision])
        #expect(text.stderr.isEmpty, "\(text.stderr)")
        expect(text.stdout, "pengaduan-revisi-1.txt")
        // What the revision changed, each said in the printed form's terms.
        for line in ["Tanggal Revisi diubah: (tidak ada) → 11 Maret 2024", "Peralatan/Perlengkapan ditambahkan: Aplikasi JDIH",
                     "Kelengkapan ditambahkan: Lembar disposisi", "Baris lama 4 dihapus (pencermatan)", "Waktu diubah: 1 hari kerja → 3 hari kerja",
                     "Pelaksana diubah: Sub Bagian Umum → Staf/Pelaksana Pengelola JDIH", "Baris baru 7 ditambahkan (jawab_pengadu)"] {
            #expect(text.stdout.contains(line), "missing: \(line)")
        }

        let json = try sop(["banding", Self.old, Self.revision, "--json"])
        expect(json.stdout, "pengaduan-revisi-1.json")
        try checkSchema(json.stdout, "revisi-1.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ada_perubahan"] as? Bool == true)
        #expect((object["ringkasan"] as? [String: Int])?["baris_ditambah"] == 1)
        #expect(try sop(["diff", Self.old, Self.revision, "--format", "json"]).stdout == json.stdout, "the alias and --format json give the same")

        let sheet = folder.appendingPathComponent("lembar.html").path
        let written = try sop(["banding", Self.old, Self.revision, "--format", "html", "-o", sheet])
        #expect(written.stdout == "Keluaran ditulis ke \(sheet)\n")
        let html = try String(contentsOfFile: sheet, encoding: .utf8)
        expect(html, "pengaduan-revisi-1.html")
        for part in ["<h1>Lembar Perubahan SOP</h1>", "<th style=\"width:6%\">No</th>", "<th style=\"width:18%\">Perubahan</th>",
                     "<td>Tanggal Revisi</td><td>-</td><td>11 Maret 2024</td>", "<div>Disusun oleh</div>",
                     "<div class=\"name\">UJANG SEKO</div>", "<div>NIP. 19690513 198903 1 008</div>"] {
            #expect(html.contains(part), "missing: \(part)")
        }
        #expect(!html.contains("<script"))
    }

    @Test func aRenamedIdIsSaid() throws {
        let r = try sop(["banding", Self.old, Self.renamed])
        expect(r.stdout, "pengaduan-ganti-id.txt")
        #expect(r.stdout.contains("Kemungkinan id diganti\n  - simbol: lama 'terima_pengaduan' → baru 'terima_surat_pengaduan' (pelaksana sama, kegiatan 97% mirip)"),
                "\(r.stdout)")
        let json = try sop(["banding", Self.old, Self.renamed, "--json"])
        try checkSchema(json.stdout, "ganti-id.json")
        #expect(json.stdout.contains("\"aksi\" : \"kemungkinan_id_diganti\""))
        let html = try sop(["banding", Self.old, Self.renamed, "--format", "html"]).stdout
        #expect(html.contains("<h2>Kemungkinan Id Diganti</h2>") && html.contains("<td>terima_surat_pengaduan</td>"))
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        let r = try sop(["banding", Self.old, Self.old])
        #expect(r.stdout.hasSuffix("\n\nTidak ada perubahan.\n"), "\(r.stdout)")
        // The same content written differently: no change either, and it says why the files differ.
        let copy = folder.appendingPathComponent("pengaduan-salinan.yaml").path
        let source = try String(contentsOf: PackagePaths.url(Self.old), encoding: .utf8)
        try ("# A copy with one more comment.\n" + source).write(toFile: copy, atomically: true, encoding: .utf8)
        let same = try sop(["banding", Self.old, copy])
        #expect(same.stdout.contains("Tidak ada perubahan (kedua berkas hanya berbeda pada komentar atau penulisan, isinya sama)."), "\(same.stdout)")
        let json = try sop(["banding", Self.old, Self.old, "--json"])
        try checkSchema(json.stdout, "sama.json")
        #expect(json.stdout.contains("\"ada_perubahan\" : false") && json.stdout.contains("\"isi_sama\" : true"))
        let html = try sop(["banding", Self.old, Self.old, "--format", "html"]).stdout
        #expect(html.contains("<p>Tidak ada perubahan.</p>") && html.contains("Tidak ada perubahan pada baris diagram alir."))
    }

    @Test func unreadableAndBrokenFilesAndWrongUse() throws {
        let missing = try sop(["banding", Self.old, "tidak-ada.yaml"], status: 2)
        #expect(missing.stderr.contains("sop: [BANDING001] berkas 'tidak-ada.yaml' tidak dapat dibaca"), "\(missing.stderr)")
        #expect(missing.stderr.contains("[SOP001]") && missing.stdout.isEmpty, "the loader says why: \(missing.stderr)")
        let broken = try sop(["banding", "Tests/DSLTests/Fixtures/diagnostics/SOP202-unknown-actor.yaml", Self.old], status: 1)
        #expect(broken.stderr.contains("galat [SOP202]") && broken.stderr.contains("sop: [BANDING002] SOP 'Tests/DSLTests/Fixtures/diagnostics/SOP202-unknown-actor.yaml' memiliki galat"),
                "\(broken.stderr)")
        #expect(broken.stdout.isEmpty)
        let both = try sop(["banding", Self.old, Self.revision, "--json", "--format", "html"], status: 2)
        #expect(both.stderr.contains("[KELUARAN002]"))
        _ = try sop(["banding", Self.old], status: 2)
        // Nothing half-written where the sheet cannot go.
        let unwritable = try sop(["banding", Self.old, Self.revision, "--format", "html", "-o", "/nonexistent-dir/lembar.html"], status: 2)
        #expect(unwritable.stderr.contains("[BERKAS001]"), "\(unwritable.stderr)")
    }
}
