import Foundation
import Testing
import TestSupport

/// What a clerk is told at the desk: which store a case went to, how to point to the roster, whom
/// a partial name may mean, that a desk does not exist, and which fields a new case takes.
@Suite struct DeskGuidanceTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-desk-\(UUID().uuidString)")
    var data: String { folder.appendingPathComponent("kasus.sqlite").path }

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func sop(_ args: [String], roster: Bool = true, environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data] + (roster ? ["--petugas", "contoh/petugas.yaml"] : []), environment: environment)
    }

    @Test func openingACaseSaysWhichStoreItWentTo() throws {
        let r = try sop(["kasus", "buka", "sops/pengaduan.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Penyimpanan kasus: \(data) (dari --data)."), "\(r.stdout)")
        let fromEnvironment = try ProcessResult.sop(["kasus", "buka", "sops/pengaduan.yaml"], environment: ["SOP_DATA": data])
        #expect(fromEnvironment.stdout.contains("Penyimpanan kasus: \(data) (dari $SOP_DATA)."), "\(fromEnvironment.stdout)")
        // The JSON for scripts keeps its shape.
        let json = try sop(["kasus", "buka", "sops/pengaduan.yaml", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["kasus", "sop", "status", "langkah_berjalan", "data", "dibuka", "diperbarui", "peristiwa", "waktu_layanan"],
                "the schema of docs/json/kasus.schema.json: \(object.keys)")
        #expect(!json.stdout.contains("Penyimpanan"))
    }

    @Test func aMissingRosterSaysHowToPointToIt() throws {
        let id = String(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).stdout.split(separator: " ")[1])
        for args in [["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"],
                     ["agenda", "catat", "sops/helpdesk.yaml", "laporan_sipol", "--sebagai", "Rina Wulandari"]] {
            let r = try sop(args, roster: false)
            #expect(r.status == 1)
            #expect(r.stderr.contains("[KASUS009]") && r.stderr.contains("daftar petugas tidak ditemukan"), "\(r.stderr)")
            #expect(r.stderr.contains("--petugas contoh/petugas.yaml") && r.stderr.contains("$SOP_PETUGAS"), "\(r.stderr)")
        }
        let named = try sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], roster: false,
                            environment: ["SOP_PETUGAS": folder.appendingPathComponent("tidak-ada.yaml").path])
        #expect(named.status == 2)
        #expect(named.stderr.contains("[PETUGAS001]") && named.stderr.contains("(dari $SOP_PETUGAS)"), "\(named.stderr)")
    }

    @Test func aPartialNameGetsTheFullNames() throws {
        let roster = folder.appendingPathComponent("petugas.yaml")
        var text = try String(contentsOf: PackagePaths.url("contoh/petugas.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "delegasi:", with: """
              - nip: "199505052020122001"
                nama: Intan Siregar
                jabatan: Pelaksana Subbagian Hukum
                peran: [kasubbag_hukum]
            delegasi:
            """)
        try text.write(to: roster, atomically: true, encoding: .utf8)
        let id = String(try sop(["kasus", "buka", "sops/pengaduan.yaml"]).stdout.split(separator: " ")[1])
        func attempt(_ who: String) throws -> String {
            let r = try ProcessResult.sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", who, "--data", data, "--petugas", roster.path])
            #expect(r.status == 1)
            return r.stderr
        }
        #expect(try attempt("Intan") == "sop: [KASUS007] petugas 'Intan' tidak ada di daftar petugas (mungkin maksud Anda 'Intan Siregar'?); tulis nama lengkap atau NIP seperti di daftar petugas\n")
        #expect(try attempt("siregar").contains("(mungkin maksud Anda 'Intan Siregar'?)"))
        #expect(try attempt("Intan Sirega").contains("(mungkin maksud Anda 'Intan Siregar'?)"))
        #expect(try attempt("Ulfa").contains("(mungkin maksud Anda 'Maria Ulfa'?)"))
        #expect(try attempt("Wulandri").contains("(mungkin maksud Anda 'Rina Wulandari'?)"))
        #expect(try attempt("Ag").contains("salah satu dari: 'Agung Nugroho', 'Agus Arifin'"))
        #expect(!(try attempt("tan")).contains("mungkin"))
    }

    @Test func anUnknownDeskIsNamedWithTheKnownOnes() throws {
        _ = try sop(["kasus", "buka", "sops/antrian.yaml"])
        let r = try sop(["antrian", "--meja", "nope"])
        #expect(r.status == 2)
        #expect(r.stderr == "sop: [ANTRIAN001] meja 'nope' tidak dikenal; meja yang ada: meja_helpdesk\n", "\(r.stderr)")
        #expect(try sop(["antrian", "--meja", "meja_helpdsk"]).stderr.contains("(mungkin maksud Anda 'meja_helpdesk'?)"))
        let known = try sop(["antrian", "--meja", "meja_helpdesk"])
        #expect(known.status == 0)
        #expect(known.stdout == "Tidak ada yang mengantre di meja 'meja_helpdesk'.\n", "\(known.stdout)")
    }

    @Test func aNewCaseTakesOnlyTheOpeningStepsFields() throws {
        // `dipahami` belongs to `tanya_paham`, late in the helpdesk flow: it must not be settled at the door.
        let later = try sop(["kasus", "buka", "sops/helpdesk.yaml", "--isi", "dipahami=ya"])
        #expect(later.status == 1)
        #expect(later.stderr.hasPrefix("sop: [KASUS013] isian 'dipahami' tidak ada pada langkah 'hadir'; isian itu diisi pada langkah 'tanya_paham'"),
                "\(later.stderr)")
        #expect(later.stderr.contains("saat membuka kasus diterima isian langkah pembuka: kanal, tanggal_waktu, nama"), "\(later.stderr)")
        #expect(try sop(["kasus", "daftar"]).stdout == "Belum ada kasus.\n")
        let typo = try sop(["kasus", "buka", "sops/helpdesk.yaml", "--isi", "kanall=email"])
        #expect(typo.stderr.contains("[KASUS013]") && typo.stderr.contains("mungkin maksud Anda 'kanal'?"), "\(typo.stderr)")
        let opening = try sop(["kasus", "buka", "sops/helpdesk.yaml", "--isi", "kanal=email"])
        #expect(opening.status == 0, "\(opening.stderr)")
        // `kasus lakukan` says the same about a field of another step.
        let id = String(opening.stdout.split(separator: " ")[1])
        let step = try sop(["kasus", "lakukan", id, "hadir", "--sebagai", "Budi", "--kontak", "0812-3456-7890", "--isi", "permasalahan=x"])
        #expect(step.status == 1)
        #expect(step.stderr.contains("[KASUS013] isian 'permasalahan' tidak ada pada langkah 'hadir'; isian itu diisi pada langkah 'terima'"), "\(step.stderr)")
    }
}
