import Foundation
import SOPDSL
import Testing

/// The calendar decoder's findings, each pinned with its exact line:column, code, message and notes.
@Suite struct CalendarDiagnosticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var expected: [String]
        var testDescription: String { name }
    }

    /// A calendar with everything it needs, for cases that break one thing.
    static let head = """
        nama: Uji
        zona_waktu: WIB
        tahun: [2025]
        jam_kerja:

        """

    /// Loaded as if the file sat in Fixtures/, so `sertakan` resolves there.
    static let inlinePath = CalendarFixtures.fixtures.appendingPathComponent("inline.yaml").path

    static func findings(_ yaml: String, path: String = inlinePath) -> (WorkCalendar?, [String]) {
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array(yaml.utf8), path: path)
        return (calendar, diagnostics.map(Self.line))
    }

    static func line(_ d: Diagnostic) -> String {
        "\(d.location.line):\(d.location.column) \(d.code.rawValue) \(d.message)" + d.notes.map { " | \($0)" }.joined()
    }

    static let cases: [Case] = [
        Case(name: "kunci tidak dikenal", yaml: "nama: Uji\nzona_wktu: WIB\ntahun: [2025]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["2:1 SOP101 kunci 'zona_wktu' tidak dikenal di berkas kalender | mungkin maksud Anda 'zona_waktu'?"]),
        Case(name: "nama hari salah", yaml: head + "  senin: [\"07:30-12:00\", \"13:00-16:00\"]\n  jumaat: [\"07:30-11:30\"]\n",
             expected: ["6:3 SOP101 kunci 'jumaat' tidak dikenal di jam_kerja | mungkin maksud Anda 'jumat'?"]),
        Case(name: "jam tidak sah", yaml: head + "  senin: [\"07:30-12:00\", \"13:00-1600\"]\n",
             expected: ["5:33 SOP602 '1600' bukan jam yang sah | tulis seperti 07:30-12:00 (jam:menit, 24 jam)"]),
        Case(name: "jam di luar 24 jam", yaml: head + "  senin: \"07:30-25:00\"\n",
             expected: ["5:17 SOP602 jam '25:00' di luar jam 00:00 sampai 24:00 | tulis seperti 07:30-12:00 (jam:menit, 24 jam)"]),
        Case(name: "rentang terbalik", yaml: head + "  senin: \"13:00-12:00\"\n",
             expected: ["5:17 SOP602 rentang jam '13:00-12:00' terbalik atau kosong: jam selesai harus setelah jam mulai"
                 + " | tulis seperti 07:30-12:00 (jam:menit, 24 jam)"]),
        Case(name: "tanpa tanda hubung", yaml: head + "  senin: 0730 1200\n",
             expected: ["5:10 SOP602 rentang jam '0730 1200' tidak dikenali: tidak ada tanda '-' di antara jam mulai dan jam selesai"
                 + " | tulis seperti 07:30-12:00 (jam:menit, 24 jam)"]),
        Case(name: "jam buka tidak sah", yaml: head + "  senin: {buka: \"7.3\", tutup: \"16:00\"}\n",
             expected: ["5:18 SOP602 '7.3' bukan jam yang sah | tulis seperti 07:30"]),
        Case(name: "rentang bertumpang tindih", yaml: head + "  senin: [\"07:30-12:00\", \"11:00-16:00\"]\n",
             expected: ["5:27 SOP603 rentang jam 11:00-16:00 bertumpang tindih dengan 07:30-12:00 di 'senin'"
                 + " | tulis rentang jam berurutan dari pagi ke sore tanpa tumpang tindih"]),
        Case(name: "istirahat di luar jam kerja",
             yaml: head + "  jumat: {buka: \"07:30\", tutup: \"16:30\", istirahat: \"16:00-17:00\"}\n",
             expected: ["5:54 SOP603 istirahat 16:00-17:00 harus berada di antara jam buka 07:30 dan jam tutup 16:30"
                 + " | istirahat memotong jam kerja; ia tidak boleh menyentuh jam buka atau jam tutup"]),
        Case(name: "tanpa hari kerja", yaml: head + "  senin: libur\n  selasa: []\n",
             expected: ["4:1 SOP604 kalender tidak memiliki hari kerja: tidak ada jam kerja pada hari apa pun"
                 + " | tulis 'jam_kerja', misalnya senin: [\"07:30-12:00\", \"13:00-16:00\"]"]),
        Case(name: "tanggal tidak sah",
             yaml: head + "  senin: [\"07:30-16:00\"]\nlibur:\n  - {tanggal: 2025-02-30, nama: Uji, jenis: libur_kantor, dasar_hukum: SK}\n",
             expected: ["7:15 SOP107 tanggal '2025-02-30' tidak dikenali di 'tanggal' | tulis seperti 2022-08-01 atau 1 Agustus 2022"]),
        Case(name: "zona waktu tidak dikenal", yaml: "nama: Uji\nzona_waktu: Asia/Jakrta\ntahun: [2025]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["2:13 SOP601 zona waktu 'Asia/Jakrta' tidak dikenal | mungkin maksud Anda 'Asia/Jakarta'?"
                 + " | zona yang diterima: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)"]),
        Case(name: "zona waktu di luar Indonesia", yaml: "nama: Uji\nzona_waktu: Asia/Singapore\ntahun: [2025]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["2:13 SOP601 zona waktu 'Asia/Singapore' tidak dikenal"
                 + " | zona yang diterima: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)"]),
        Case(name: "jenis libur tidak dikenal",
             yaml: head + "  senin: [\"07:30-16:00\"]\nlibur:\n  - {tanggal: 2025-01-01, nama: Uji, jenis: libur_nasinal, dasar_hukum: SKB}\n",
             expected: ["7:45 SOP105 jenis libur 'libur_nasinal' tidak dikenal | mungkin maksud Anda 'libur_nasional'?"
                 + " | jenis yang diterima: libur_nasional, cuti_bersama, hari_libur_khusus, libur_kantor"]),
        Case(name: "libur tanpa dasar hukum",
             yaml: head + "  senin: [\"07:30-16:00\"]\nlibur:\n  - {tanggal: 2025-01-01, nama: Tahun Baru, jenis: libur_nasional}\n",
             expected: ["7:5 SOP102 butir 'libur' ke-1 tidak memiliki kunci wajib 'dasar_hukum'"]),
        Case(name: "tanggal libur ganda",
             yaml: head + "  senin: [\"07:30-16:00\"]\nlibur:\n"
                 + "  - {tanggal: 2025-01-01, nama: A, jenis: libur_nasional, dasar_hukum: SKB}\n"
                 + "  - {tanggal: 2025-01-01, nama: B, jenis: libur_kantor, dasar_hukum: SK}\n",
             expected: ["8:15 SOP607 tanggal 2025-01-01 ditulis dua kali di 'libur'"
                 + " | penulisan pertama ada di baris 7; gabungkan keduanya atau perbaiki tanggalnya"]),
        Case(name: "libur di luar tahun",
             yaml: head + "  senin: [\"07:30-16:00\"]\nlibur:\n  - {tanggal: 2024-12-25, nama: Natal, jenis: libur_nasional, dasar_hukum: SKB}\n",
             expected: ["7:15 SOP606 libur 2024-12-25 di luar tahun kalender (2025) | tambahkan 2024 ke 'tahun', atau perbaiki tanggalnya"]),
        Case(name: "tahun bercelah", yaml: "nama: Uji\nzona_waktu: WIB\ntahun: [2024, 2026]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["3:8 SOP605 tahun kalender harus berurutan tanpa celah; tidak ada tahun 2025"
                 + " | tanggal di luar tahun kalender tidak dapat dihitung, jadi celah tidak diizinkan"]),
        Case(name: "tahun tidak sah", yaml: "nama: Uji\nzona_waktu: WIB\ntahun: [2025, 225]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["3:15 SOP605 tahun '225' tidak sah | tulis tahun empat angka, misalnya tahun: [2024, 2025, 2026]"]),
        Case(name: "kebijakan hari kerja salah", yaml: head + "  senin: [\"07:30-16:00\"]\nhari_kerja_berakhir: tutup-hari\n",
             expected: ["6:22 SOP105 'hari_kerja_berakhir' harus tutup_hari atau jam_sama, bukan 'tutup-hari' | mungkin maksud Anda 'tutup_hari'?"]),
        Case(name: "arti hari salah", yaml: head + "  senin: [\"07:30-16:00\"]\nhari: kerj\n",
             expected: ["6:7 SOP105 'hari' harus 'kerja' atau 'kalender', bukan 'kerj' | mungkin maksud Anda 'kerja'?"
                 + " | menentukan arti 'N hari' tanpa keterangan pada SOP yang memakai kalender ini"]),
        Case(name: "tanpa zona waktu", yaml: "nama: Uji\ntahun: [2025]\njam_kerja:\n  senin: [\"07:30-16:00\"]\n",
             expected: ["1:1 SOP102 kalender (termasuk yang disertakan) tidak memiliki kunci wajib 'zona_waktu'"]),
        Case(name: "tahun melebihi kalender yang disertakan",
             yaml: "nama: Uji\nsertakan: ../../../../kalender/nasional.yaml\ntahun: [2027, 2028]\n",
             expected: ["3:8 SOP605 tahun 2027-2028 tidak seluruhnya dicakup kalender yang disertakan (2024-2027)"
                 + " | hari libur nasional di luar 2024-2027 belum ada; perbarui kalender nasional terlebih dahulu"]),
    ]

    @Test(arguments: cases)
    func findingsArePinned(_ c: Case) {
        let (calendar, found) = Self.findings(c.yaml)
        #expect(found == c.expected)
        #expect(calendar == nil)
    }

    @Test func missingIncludeIsReportedWhereItIsNamed() {
        let (calendar, found) = Self.findings("nama: Uji\nsertakan: tidak-ada.yaml\n")
        let target = CalendarFixtures.fixtures.appendingPathComponent("tidak-ada.yaml").path
        #expect(found == ["2:11 SOP608 berkas kalender 'tidak-ada.yaml' yang disertakan tidak ditemukan"
            + " | dicari di \(target); jalur dihitung dari folder berkas ini"])
        #expect(calendar == nil)
    }

    @Test func includeCycleIsRefused() {
        let a = CalendarFixtures.fixtures.appendingPathComponent("siklus-a.yaml").path
        let (calendar, diagnostics) = CalendarLoader.load(path: a)
        #expect(diagnostics.map(Self.line) == ["2:11 SOP608 kalender 'siklus-a.yaml' menyertakan dirinya sendiri secara melingkar"
            + " | hapus 'sertakan' di salah satu berkas"])
        #expect(diagnostics.first?.location.file.hasSuffix("Fixtures/siklus-b.yaml") == true)
        #expect(calendar == nil)
    }

    @Test func findingsInAnIncludedFilePointIntoThatFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kalender-uji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = directory.appendingPathComponent("dasar.yaml")
        try "nama: Dasar\nzona_waktu: WIB\ntahun: [2025]\njam_kerja:\n  senin: \"07:30-16:0\"\n".write(to: base, atomically: true, encoding: .utf8)
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array("nama: Kantor\nsertakan: dasar.yaml\n".utf8),
                                                          path: directory.appendingPathComponent("kantor.yaml").path)
        #expect(calendar == nil)
        #expect(diagnostics.map(\.location.file) == [base.path])
        #expect(diagnostics.map(Self.line) == ["5:17 SOP602 '16:0' bukan jam yang sah | tulis seperti 07:30-12:00 (jam:menit, 24 jam)"])
    }

    @Test func renderedWithSourceLineAndCaret() {
        let yaml = Self.head + "  senin: [\"07:30-12:00\", \"13:00-1600\"]\n"
        let (_, diagnostics) = CalendarLoader.load(bytes: Array(yaml.utf8), path: "kantor.yaml")
        let text = DiagnosticRenderer(sources: [SourceText(path: "kantor.yaml", bytes: Array(yaml.utf8))]).render(diagnostics)
        let caret = "   | " + String(repeating: " ", count: 32) + "^"
        #expect(text == """
            kantor.yaml:5:33: galat [SOP602]: '1600' bukan jam yang sah
             5 |   senin: ["07:30-12:00", "13:00-1600"]
            \(caret)
              catatan: tulis seperti 07:30-12:00 (jam:menit, 24 jam)

            """)
    }

    /// Every calendar code (SOP6xx) is produced by a pinned case here.
    @Test func everyCalendarCodeIsPinned() {
        let produced = Set(Self.cases.flatMap(\.expected).map { String($0.split(separator: " ")[1]) } + ["SOP608"])
        let calendarCodes = DiagnosticCode.allCases.map(\.rawValue).filter { $0.hasPrefix("SOP6") }
        #expect(calendarCodes.count == 8)
        #expect(calendarCodes.filter { !produced.contains($0) } == [])
    }
}
