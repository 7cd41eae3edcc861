import Foundation
import Testing
import SOPDSL
import TestSupport
@testable import SOPDiff

/// The comparison itself, on the shipped SOPs edited one way at a time: each kind of change is
/// named, in the printed form's terms, and nothing else is.
@Suite struct SOPChangesTests {
    @Test func aVersionComparedWithItselfHasNoChanges() throws {
        for file in ["sops/pengaduan.yaml", "sops/helpdesk.yaml", "sops/antrian.yaml", "sops/autentifikasi.yaml"] {
            let sop = try DiffFixture.sop(file)
            let changes = SOPChanges.compare(sop, sop)
            #expect(changes.isEmpty && changes.sameContent, "\(file)")
        }
    }

    @Test func commentsAndIndentationAreNoChange() throws {
        let changes = try DiffFixture.compare("sops/pengaduan.yaml", [
            ("# Row 3: disposition", "# Row 3 (reworded comment): disposition"),
            ("  nomor: 4 Tahun 2022", "  nomor:    4 Tahun 2022   # the same number"),
        ])
        #expect(changes.isEmpty && changes.sameContent)
    }

    @Test func identityFieldsAreOldToNewInTheDocumentsHeadings() throws {
        let changes = try DiffFixture.compare("sops/pengaduan.yaml", [
            ("  tanggal_pengesahan: 04 April 2022\n", "  tanggal_pengesahan: 04 April 2022\n  tanggal_revisi: 2024-03-11\n"),
            ("    nama: UJANG SEKO", "    nama: SITI AMINAH"),
            ("    - Undang-Undang 7 Tahun 2017 tentang Pemilihan Umum;", "    - Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;"),
            ("    - Flashdisk.\n", ""),
        ])
        let revised = try #require(changes.identity.first { $0.aspect == "tanggal_revisi" })
        #expect(revised.label == "Tanggal Revisi" && revised.action == .changed && revised.before == nil && revised.after == "11 Maret 2024")
        #expect(changes.identity.contains { $0.aspect == "disahkan_oleh.nama" && $0.before == "UJANG SEKO" && $0.after == "SITI AMINAH" })
        // An item edited in place is one item changed, not one removed and one added.
        let law = changes.identity.filter { $0.aspect == "dasar_hukum" }
        #expect(law.count == 1 && law.first?.action == .changed && law.first?.after == "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;")
        #expect(changes.identity.contains { $0.aspect == "peralatan" && $0.action == .removed && $0.before == "Flashdisk." && $0.label == "Peralatan/Perlengkapan" })
        #expect(changes.identity.count == 4 && changes.rows.isEmpty && changes.actors.isEmpty)
    }

    @Test func decisionExitsAreAddedRemovedAndChanged() throws {
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("          - {label: Ya, ke: catat, jika: dipahami}", "          - {label: Paham, ke: catat, jika: dipahami == ya}"),
            ("          - {label: Ya, ke: tanya_paham}\n          - {label: Tidak, ke: lapor_anggota}",
             "          - {label: Ya, ke: tanya_paham}\n          - {label: Tidak, ke: lapor_anggota}\n          - {label: Lainnya, ke: catat}"),
            ("          - {label: Ya, ke: sampaikan_jawaban}\n          - {label: Tidak, ke: koordinasi_provinsi}",
             "          - {label: Ya, ke: jawab_provinsi}\n          - {label: Tidak, ke: koordinasi_provinsi}"),
            ("          - {label: Ya, ke: sampaikan_jawaban}\n          - {label: Tidak, ke: teruskan_kpu}",
             "          - {label: Tidak, ke: teruskan_kpu}\n          - {label: Ya, ke: sampaikan_jawaban}"),
        ])
        let exits = changes.rowChanges.map(\.change).filter { $0.aspect.hasPrefix("cabang") }
        #expect(exits.contains { $0.aspect == "cabang.label" && $0.symbol == "tanya_paham" && $0.before == "Ya" && $0.after == "Paham" })
        #expect(exits.contains { $0.aspect == "cabang.jika" && $0.symbol == "tanya_paham" && $0.before == "dipahami" && $0.after == "dipahami == ya" })
        #expect(exits.contains { $0.aspect == "cabang" && $0.action == .added && $0.symbol == "jawab" && $0.after == "Lainnya → catat" })
        #expect(exits.contains { $0.aspect == "cabang.ke" && $0.symbol == "telaah_anggota" && $0.before == "sampaikan_jawaban" && $0.after == "jawab_provinsi" })
        #expect(exits.contains { $0.aspect == "cabang.urutan" && $0.symbol == "jawab_provinsi" && $0.before == "Ya, Tidak" && $0.after == "Tidak, Ya" })
        #expect(exits.count == 5, "\(exits)")
        // Row 3 has four symbols: its entry says so, so each change names its symbol.
        #expect(changes.rows.first { $0.id == "jawab" }?.hasSeveralSymbols == true)
    }

    @Test func fieldsAreAddedRemovedAndRetyped() throws {
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("{id: nomor_handphone, nama: Nomor handphone, tipe: telepon, wajib: ya}", "{id: nomor_handphone, nama: Nomor handphone, tipe: teks, wajib: tidak}"),
            ("          - {id: email, nama: Alamat email, tipe: email, wajib: tidak}\n", "          - {id: jabatan, nama: Jabatan di partai, tipe: teks, wajib: tidak}\n"),
        ])
        let fields = changes.rowChanges.map(\.change).filter { $0.aspect.hasPrefix("isian") && $0.symbol == "hadir" }
        #expect(fields.contains { $0.aspect == "isian.tipe" && $0.item == "nomor_handphone" && $0.before == "telepon" && $0.after == "teks" })
        #expect(fields.contains { $0.aspect == "isian.wajib" && $0.item == "nomor_handphone" && $0.before == "ya" && $0.after == "tidak" })
        #expect(fields.contains { $0.aspect == "isian" && $0.action == .removed && $0.item == "email" })
        #expect(fields.contains { $0.aspect == "isian" && $0.action == .added && $0.item == "jabatan" && $0.after == "Jabatan di partai (jabatan, teks, tidak wajib)" })
        #expect(fields.count == 4)
    }

    @Test func shapeTextActorAndRowCellsOfOneSymbol() throws {
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("        teks: Dapat dipahami?", "        teks: Sudah dipahami?"),
            ("      - id: ulang_jawaban\n        bentuk: proses\n        pelaksana: helpdesk_kab",
             "      - id: ulang_jawaban\n        bentuk: proses\n        pelaksana: anggota_kpu_kab"),
            ("    waktu: 30 Menit", "    waktu: 45 Menit"),
            ("    keterangan: Terhubung SOP Alur Helpdesk KPU Provinsi", "    keterangan: Terhubung SOP Alur Helpdesk KPU Provinsi dan KPU"),
            ("      - id: serahkan\n        bentuk: terminator", "      - id: serahkan\n        bentuk: proses"),
            ("    output: daftar permasalahan konsultasi", "    output: Daftar permasalahan konsultasi"),
        ])
        let all = changes.rowChanges.map(\.change)
        #expect(all.contains { $0.aspect == "teks" && $0.symbol == "tanya_paham" && $0.after == "Sudah dipahami?" })
        #expect(all.contains { $0.aspect == "pelaksana" && $0.symbol == "ulang_jawaban" && $0.before == "Helpdesk KPU Kab/Kota" && $0.after == "Anggota KPU Kab/Kota" })
        #expect(all.contains { $0.aspect == "waktu" && $0.before == "30 Menit" && $0.after == "45 Menit" && $0.symbol == nil })
        #expect(all.contains { $0.aspect == "keterangan" && $0.after == "Terhubung SOP Alur Helpdesk KPU Provinsi dan KPU" })
        #expect(all.contains { $0.aspect == "bentuk" && $0.symbol == "serahkan" && $0.before == "terminator" && $0.after == "proses" })
        // A capital letter is a change the reader sees.
        #expect(all.contains { $0.aspect == "output" && $0.before == "daftar permasalahan konsultasi" })
        #expect(changes.rows.allSatisfy { $0.status == .changed } && changes.rows.count == 4)
    }

    @Test func aSymbolMovedToAnotherRowIsSaidInBothRows() throws {
        // `ulang_jawaban` leaves row 3 for row 4.
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("      - id: ulang_jawaban\n        bentuk: proses\n        pelaksana: helpdesk_kab\n        ke: tanya_paham\n", ""),
            ("      - id: sampaikan_jawaban\n", "      - id: ulang_jawaban\n        bentuk: proses\n        pelaksana: helpdesk_kab\n        ke: tanya_paham\n      - id: sampaikan_jawaban\n"),
        ])
        let moves = changes.rowChanges.filter { $0.change.aspect == "simbol" && $0.change.action == .moved }
        #expect(moves.map(\.row.newNumber) == [3, 4], "\(moves)")
        #expect(moves.allSatisfy { $0.change.symbol == "ulang_jawaban" && $0.change.before == "baris 3" && $0.change.after == "baris 4" })
        #expect(!changes.rowChanges.contains { $0.change.action == .added || $0.change.action == .removed })
    }

    @Test func rowsAddedRemovedMovedAndShifted() throws {
        // Row 4 (pencermatan) goes after row 5 (tindak_lanjut): one row moved, the other keeps its order.
        let original = try DiffFixture.text("sops/pengaduan.yaml")
        let row4 = try #require(original.range(of: "  # Row 4:")), row5 = try #require(original.range(of: "  # Row 5:")), row6 = try #require(original.range(of: "  # Row 6:"))
        var swapped = original
        swapped.replaceSubrange(row4.lowerBound..<row6.lowerBound,
                                with: String(original[row5.lowerBound..<row6.lowerBound]) + String(original[row4.lowerBound..<row5.lowerBound]))
        swapped = swapped.replacingOccurrences(of: "        ke: pencermatan\n", with: "        ke: tindak_lanjut\n")
            .replacingOccurrences(of: "      - id: tindak_lanjut\n        bentuk: proses\n        pelaksana: subbag_terkait\n        ke: kirim_balasan",
                                  with: "      - id: tindak_lanjut\n        bentuk: proses\n        pelaksana: subbag_terkait\n        ke: pencermatan")
            .replacingOccurrences(of: "      - id: pencermatan\n        bentuk: proses\n        pelaksana: staf_jdih\n        ke: tindak_lanjut",
                                  with: "      - id: pencermatan\n        bentuk: proses\n        pelaksana: staf_jdih\n        ke: kirim_balasan")
        let changes = SOPChanges.compare(try DiffFixture.sop("sops/pengaduan.yaml"), try DiffFixture.load(swapped, as: "sops/pengaduan.yaml"))
        let numbers = changes.rowChanges("nomor_baris")
        #expect(numbers.count == 2)
        #expect(numbers.filter { $0.action == .moved }.count == 1 && numbers.filter { $0.action == .shifted }.count == 1)
        #expect(changes.rows(.added).isEmpty && changes.rows(.removed).isEmpty)

        // The revision fixture: one row removed, one added, the rows between shifted.
        let revision = SOPChanges.compare(try DiffFixture.sop("sops/pengaduan.yaml"), try DiffFixture.sop("contoh/revisi/pengaduan-revisi-1.yaml"))
        #expect(revision.rows(.removed).map(\.id) == ["pencermatan"] && revision.rows(.removed).first?.oldNumber == 4)
        #expect(revision.rows(.added).map(\.id) == ["jawab_pengadu"] && revision.rows(.added).first?.newNumber == 7)
        #expect(revision.rowChanges("nomor_baris").allSatisfy { $0.action == .shifted })
        #expect(revision.rows.map(\.id) == ["disposisi", "pencermatan", "tindak_lanjut", "kirim_balasan", "arahan_rekap", "jawab_pengadu"])
    }

    @Test func aRenamedIdIsSaidNotMatchedSilently() throws {
        let changes = SOPChanges.compare(try DiffFixture.sop("sops/pengaduan.yaml"), try DiffFixture.sop("contoh/revisi/pengaduan-ganti-id.yaml"))
        let rename = try #require(changes.renames.first)
        #expect(changes.renames.count == 1 && rename.kind == .symbol && rename.oldID == "terima_pengaduan" && rename.newID == "terima_surat_pengaduan")
        #expect(rename.similarity >= 90 && rename.reason.hasPrefix("pelaksana sama"))
        #expect(changes.rowChanges.contains { $0.change.action == .probableRename && $0.change.before == "terima_pengaduan" && $0.row.newNumber == 2 })

        // Another actor: a symbol removed and one added in the same row (its Kegiatan kept), no rename.
        let otherActor = try DiffFixture.compare("sops/pengaduan.yaml", [
            ("      - id: disposisi\n        bentuk: proses\n        pelaksana: kasubbag_hukum", "      - id: beri_disposisi\n        bentuk: proses\n        pelaksana: staf_jdih"),
            ("        ke: disposisi\n", "        ke: beri_disposisi\n"),
        ])
        #expect(otherActor.renames.isEmpty)
        #expect(otherActor.rows.map(\.status) == [.changed, .changed] && otherActor.rows.map(\.newNumber) == [2, 3])
        let symbols = otherActor.rowChanges("simbol")
        #expect(symbols.map(\.action) == [.added, .removed] && symbols.map(\.symbol) == ["beri_disposisi", "disposisi"])
        // An activity rewritten as well: the row removed and another added.
        let rewritten = try DiffFixture.compare("sops/pengaduan.yaml", [
            ("      - id: rekap\n", "      - id: arsip\n"),
            ("        ke: rekap\n", "        ke: arsip\n"),
            ("  - kegiatan: Melakukan pencatatan serta rekap nota dinas tindak lanjut pengaduan masyarakat untuk bahan laporan kegiatan.",
             "  - kegiatan: Mengarsipkan seluruh berkas pengaduan."),
        ])
        #expect(rewritten.renames.isEmpty && rewritten.rows(.removed).map(\.id) == ["rekap"] && rewritten.rows(.added).map(\.id) == ["arsip"])
    }

    @Test func actorsAddedRenamedAndProbablyReIded() throws {
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("  - id: parpol\n    nama: Partai Politik\n", "  - id: parpol\n    nama: Partai Politik Peserta Pemilu\n"),
            ("  - id: koordinator\n    nama: Koordinator\n", "  - id: koordinator_helpdesk\n    nama: Koordinator\n"),
            ("    pelaksana: koordinator\n", "    pelaksana: koordinator_helpdesk\n"),
            ("  - id: helpdesk_kpu\n    nama: Helpdesk KPU\n    tingkat: pusat\n",
             "  - id: helpdesk_kpu\n    nama: Helpdesk KPU\n    tingkat: pusat\n  - id: bawaslu\n    nama: Bawaslu Kab/Kota\n    tingkat: eksternal\n"),
        ])
        #expect(changes.actors.contains { $0.aspect == "pelaksana.nama" && $0.item == "parpol" && $0.after == "Partai Politik Peserta Pemilu" })
        #expect(changes.actors.contains { $0.aspect == "pelaksana" && $0.action == .added && $0.item == "bawaslu" && $0.after == "Bawaslu Kab/Kota (Pihak luar)" })
        #expect(changes.renames == [ProbableRename(kind: .actor, oldID: "koordinator", newID: "koordinator_helpdesk", similarity: 100, reason: "nama kolom sama")])
        #expect(changes.actors.contains { $0.action == .probableRename && $0.before == "koordinator" })
        // The duty that names it changes its actor id only, which the rename already says.
        #expect(!changes.others.contains { $0.aspect == "tugas_berkala.pelaksana" })
        // The column headers the steps print are the actors' business: no step change.
        #expect(changes.rows.isEmpty)
    }

    @Test func channelsDutiesAndLayoutAreListedApart() throws {
        let changes = try DiffFixture.compare("sops/helpdesk.yaml", [
            ("  - id: tatap_muka\n    nama: Tatap muka\n", "  - id: tatap_muka\n    nama: Tatap muka di kantor\n"),
            ("    pukul: [\"16.30\"]", "    pukul: [\"16.00\", \"16.30\"]"),
            ("    no: \"No.\"", "    no: \"Nomor\""),
        ])
        #expect(changes.others.contains { $0.aspect == "kanal.nama" && $0.after == "Tatap muka di kantor" })
        #expect(changes.others.contains { $0.aspect == "tugas_berkala.jadwal" && $0.item == "laporan_ketua" && $0.before == "pukul 16.30" && $0.after == "pukul 16.00, 16.30" })
        #expect(changes.others.contains { $0.aspect == "tampilan.judul_kolom.no" && $0.after == "Nomor" })
        // The new heading labels the rows' number changes from now on: none here.
        #expect(changes.rows.isEmpty && changes.identity.isEmpty)
    }

    @Test func everyContentChangeIsNamed() throws {
        // Line edits of every shipped and corpus SOP: whenever the model differs, something is
        // reported; and the comparison is symmetric in what it adds and removes.
        let files = ["sops/pengaduan.yaml", "sops/helpdesk.yaml", "sops/antrian.yaml", "sops/autentifikasi.yaml"]
            + PackagePaths.files(in: PackagePaths.url("contoh/korpus"), ending: ".yaml").filter { $0 != "petugas.yaml" }.map { "contoh/korpus/\($0)" }
        var compared = 0
        for file in files {
            let text = try DiffFixture.text(file)
            let original = try DiffFixture.sop(file)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var rng = SplitMix64(seed: UInt64(file.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
            for round in 0..<90 {
                var edited = lines
                let i = Int(rng.next() % UInt64(lines.count))
                switch round % 3 {
                case 0: edited.remove(at: i)
                case 1: if i + 1 < edited.count { edited.swapAt(i, i + 1) }
                default: if edited[i].contains(": "), !edited[i].hasSuffix(":") { edited[i] += " diubah" }
                }
                let result = SOPLoader.load(bytes: Array(edited.joined(separator: "\n").utf8), path: PackagePaths.url(file).path)
                guard let variant = result.sop else { continue }
                let forward = SOPChanges.compare(original, variant), backward = SOPChanges.compare(variant, original)
                #expect(forward.sameContent || !forward.isEmpty, "\(file) round \(round): line \(i + 1) changed the model but nothing was named")
                #expect(forward.rows(.added).count == backward.rows(.removed).count && forward.rows(.removed).count == backward.rows(.added).count,
                        "\(file) round \(round)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }
}
