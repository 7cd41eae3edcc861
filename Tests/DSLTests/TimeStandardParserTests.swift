import Testing
@testable import SOPDSL

/// The `waktu` parser: accepted forms, the rule each one means, and the exact diagnostics.
@Suite struct TimeStandardParserTests {
    static let start = SourceLocation(file: "sop.yaml", line: 7, column: 12)

    static func office(_ minutes: Int) -> TimeSpan { .officeMinutes(minutes) }
    static func wall(_ minutes: Int) -> TimeSpan { .wallMinutes(minutes) }
    static func working(_ days: Int) -> TimeSpan { .workingDays(days) }
    static func due(_ upper: TimeSpan) -> TimeRule { .limit(lower: nil, upper: upper) }
    static func range(_ lower: TimeSpan, _ upper: TimeSpan) -> TimeRule { .limit(lower: lower, upper: upper) }

    static func parse(_ text: String) -> (TimeStandard?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let result = TimeStandardParser.parse(text, at: start, diagnostics: &diagnostics)
        return (result, diagnostics.diagnostics)
    }

    /// Forms that parse cleanly, with no diagnostic at all.
    static let accepted: [(String, TimeRule)] = [
        ("5 Menit", due(office(5))),
        ("5 menit", due(office(5))),
        ("5 MENIT", due(office(5))),
        ("5 mnt", due(office(5))),
        ("5mnt", due(office(5))),
        ("  5   menit  ", due(office(5))),
        ("5\tmenit", due(office(5))),
        ("90 menit", due(office(90))),
        ("1 jam", due(office(60))),
        ("1 Jam", due(office(60))),
        ("2jam", due(office(120))),
        ("24 jam", due(office(1440))),
        ("1,5 jam", due(office(90))),
        ("1.5 jam", due(office(90))),
        ("1,5jam", due(office(90))),
        ("0,5 jam", due(office(30))),
        ("0,25 jam", due(office(15))),
        ("2,50 jam", due(office(150))),
        ("1,0 menit", due(office(1))),
        ("1 (satu) jam", due(office(60))),
        ("30 (tiga puluh) menit", due(office(30))),
        ("1 hari kerja", due(working(1))),
        ("1 Hari Kerja", due(working(1))),
        ("14 HARI KERJA", due(working(14))),
        ("2 hari   kerja", due(working(2))),
        ("5 hari-kerja", due(working(5))),
        ("1,0 hari kerja", due(working(1))),
        ("1 (satu) hari kerja", due(working(1))),
        ("3 (tiga) hari kerja", due(working(3))),
        ("36500 hari kerja", due(working(36_500))),
        ("10x24 jam", due(wall(14_400))),
        ("3 x 24 jam", due(wall(4_320))),
        ("2X24 Jam", due(wall(2_880))),
        ("1×24 jam", due(wall(1_440))),
        ("1 × 24 jam", due(wall(1_440))),
        ("2x12 jam", due(wall(1_440))),
        ("10 (sepuluh) x 24 jam", due(wall(14_400))),
        ("1-2 jam", range(office(60), office(120))),
        ("1 - 2 JAM", range(office(60), office(120))),
        ("5 - 10 menit", range(office(5), office(10))),
        ("5–10 menit", range(office(5), office(10))),
        ("5—10 menit", range(office(5), office(10))),
        ("5 −10 menit", range(office(5), office(10))),
        ("1 s.d. 2 jam", range(office(60), office(120))),
        ("1 s.d 2 jam", range(office(60), office(120))),
        ("1 S/D 2 jam", range(office(60), office(120))),
        ("1 sampai 2 jam", range(office(60), office(120))),
        ("1 sampai dengan 2 jam", range(office(60), office(120))),
        ("1 hingga 3 hari kerja", range(working(1), working(3))),
        ("30 menit - 1 jam", range(office(30), office(60))),
        ("30 menit – 1,5 jam", range(office(30), office(90))),
        ("60 menit s.d. 2 jam", range(office(60), office(120))),
        ("1-2 hari kerja", range(working(1), working(2))),
        ("1 hari kerja - 2 hari kerja", range(working(1), working(2))),
        ("1 hari-kerja - 2 hari-kerja", range(working(1), working(2))),
        ("1 (satu) - 2 (dua) jam", range(office(60), office(120))),
        ("1-2x24 jam", range(wall(1_440), wall(2_880))),
        ("1x24 jam - 2x24 jam", range(wall(1_440), wall(2_880))),
        ("1-1 jam", range(office(60), office(60))),
        ("2 Minggu", due(.calendarDays(14))),
        ("paling lama 3 hari kerja", due(working(3))),
        ("1 minggu", due(.calendarDays(7))),
        ("1-2 minggu", range(.calendarDays(7), .calendarDays(14))),
        ("3 hari kalender", due(.calendarDays(3))),
        ("paling lambat 10 hari kerja sejak permohonan diterima", due(working(10))),
        ("Paling lama 14 (empat belas) hari kerja setelah berkas lengkap", due(working(14))),
        ("Tentative", .none),
        ("Sesuai peraturan", .none),
        ("tentative", .none),
        ("TENTATIF", .none),
        ("-", .none),
        ("–", .none),
        ("—", .none),
        (" - ", .none),
        ("Sesuai Kebutuhan", .none),
        ("sesuai   kebutuhan", .none),
        ("Menyesuaikan", .none),
    ]

    @Test(arguments: accepted)
    func parsesAcceptedForm(_ text: String, _ rule: TimeRule) {
        let (standard, diagnostics) = Self.parse(text)
        #expect(standard?.rule == rule)
        #expect(standard?.written == text, "the text is kept exactly as written")
        #expect(standard?.location == Self.start)
        #expect(diagnostics.isEmpty)
    }

    /// A bare "hari" the SOP does not define stays `.days` (the office calendar's `hari:` reads it,
    /// else calendar days), with warning SOP302 at the word.
    @Test(arguments: [
        ("3 hari", due(.days(3)), 14),
        ("1 Hari", due(.days(1)), 14),
        ("3 (tiga) hari", due(.days(3)), 21),
        ("1-3 hari", range(.days(1), .days(3)), 16),
        ("2 hari - 3 hari", range(.days(2), .days(3)), 14),
    ] as [(String, TimeRule, Int)])
    func warnsOnCalendarDays(_ text: String, _ rule: TimeRule, _ column: Int) throws {
        let (standard, diagnostics) = Self.parse(text)
        #expect(standard?.rule == rule)
        let warning = try #require(diagnostics.only)
        #expect(warning.code == .calendarDays)
        #expect(warning.severity == .warning)
        #expect(warning.message == "\"hari\" tanpa \"kerja\" dihitung sebagai hari kalender")
        #expect(warning.location == SourceLocation(file: "sop.yaml", line: 7, column: column))
        #expect(warning.notes == [
            "putusan MK No. 31/PUU-XVI/2018 membaca \"hari\" dalam UU Pemilu sebagai hari kerja; "
                + "tulis \"hari kerja\" atau \"x24 jam\" agar jelas",
        ])
    }

    static let formsNote =
        "bentuk yang diterima: \"5 menit\", \"1 jam\", \"1-2 jam\", \"1 hari kerja\", \"10x24 jam\", \"3 hari\", \"2 minggu\", \"Tentative\", \"-\""
    static let freeTextNote = "untuk tenggat yang ditulis dengan kata-kata, tulis waktu: {bebas: \"...\", hitung: \"10 hari kerja\"}"
    static let unitHelp = "gunakan menit, jam, hari, hari kerja, hari kalender, atau minggu"

    /// Texts that are not understood: SOP301 at the column of the offending word, with the reason
    /// (and any did-you-mean) before the two standard notes.
    static let rejected: [(String, Int, [String])] = [
        ("3 bulan", 14, ["satuan 'bulan' tidak dikenal; \(unitHelp)"]),
        ("5 mnit", 14, ["satuan 'mnit' tidak dikenal; \(unitHelp)", "mungkin maksud Anda 'menit'?"]),
        ("1 jem", 14, ["satuan 'jem' tidak dikenal; \(unitHelp)", "mungkin maksud Anda 'jam'?"]),
        ("2 hari kerj", 19, ["satuan 'hari kerj' tidak dikenal; \(unitHelp)", "mungkin maksud Anda 'hari kerja'?"]),
        ("3 hari lagi", 19, ["satuan 'hari lagi' tidak dikenal; \(unitHelp)"]),
        ("5 menit.", 14, ["satuan 'menit.' tidak dikenal; \(unitHelp)", "mungkin maksud Anda 'menit'?"]),
        ("5", 12, ["satuan waktu tidak ada setelah angka '5'"]),
        ("1 - 2", 16, ["satuan waktu tidak ada setelah angka '2'"]),
        ("1 jam - 2", 20, ["satuan waktu tidak ada setelah angka '2'"]),
        ("jam", 12, ["tidak ada angka sebelum 'jam'"]),
        ("hari kerja", 12, ["tidak ada angka sebelum 'hari'"]),
        ("0 menit", 12, ["durasi harus lebih dari nol"]),
        ("0,0 jam", 12, ["durasi harus lebih dari nol"]),
        ("0 hari kerja", 12, ["durasi harus lebih dari nol"]),
        ("0-2 jam", 12, ["durasi harus lebih dari nol"]),
        ("0x24 jam", 12, ["durasi harus lebih dari nol"]),
        ("1x0 jam", 14, ["durasi harus lebih dari nol"]),
        ("-5 menit", 12, ["durasi harus lebih dari nol"]),
        ("0,5 menit", 12, ["'0,5' tidak menghasilkan menit bulat"]),
        ("1,01 jam", 12, ["'1,01' tidak menghasilkan menit bulat"]),
        ("1,0000001 jam", 12, ["'1,0000001' tidak menghasilkan menit bulat"]),
        ("1,5 hari kerja", 12, ["pecahan hari tidak diterima; tulis hari bulat, atau dalam jam"]),
        ("0,5 hari", 12, ["pecahan hari tidak diterima; tulis hari bulat, atau dalam jam"]),
        ("1,5x24 jam", 12, ["bentuk 'NxM jam' memerlukan bilangan bulat"]),
        ("1x2,5 jam", 14, ["bentuk 'NxM jam' memerlukan bilangan bulat"]),
        ("10x24 menit", 18, ["bentuk 'NxM' hanya untuk jam, misalnya \"10x24 jam\""]),
        ("10x24 jem", 18, ["bentuk 'NxM' hanya untuk jam, misalnya \"10x24 jam\"", "mungkin maksud Anda 'jam'?"]),
        ("10x24", 15, ["bentuk 'NxM' hanya untuk jam, misalnya \"10x24 jam\""]),
        ("10x jam", 16, ["bentuk 'NxM jam' memerlukan angka setelah 'x', misalnya \"10x24 jam\""]),
        ("1 jam - 2 hari kerja", 20, ["kedua ujung rentang harus sejenis: menit/jam, hari kerja, hari, atau x24 jam"]),
        ("1 hari - 2 hari kerja", 21, ["kedua ujung rentang harus sejenis: menit/jam, hari kerja, hari, atau x24 jam"]),
        ("1 jam - 1x24 jam", 20, ["kedua ujung rentang harus sejenis: menit/jam, hari kerja, hari, atau x24 jam"]),
        ("99999999999999999999 menit", 12, ["durasi terlalu panjang (lebih dari 100 tahun)"]),
        ("9223372036854775807 jam", 12, ["durasi terlalu panjang (lebih dari 100 tahun)"]),
        ("36501 hari kerja", 12, ["durasi terlalu panjang (lebih dari 100 tahun)"]),
        ("100000x100000 jam", 12, ["durasi terlalu panjang (lebih dari 100 tahun)"]),
        ("1.000 menit", 12, ["angka '1.000' ambigu (titik bisa pemisah ribuan); tulis tanpa titik, atau pakai koma untuk desimal"]),
        ("1 (satu hari kerja", 14, ["kurung '(' tidak ditutup"]),
        ("1-", 13, ["rentang tidak lengkap: tidak ada angka setelah '-'"]),
        ("1 jam s.d.", 18, ["rentang tidak lengkap: tidak ada angka setelah 's.d.'"]),
        // A spaced dash is a range separator, not the hyphen of "hari-kerja".
        ("1 hari - kerja", 21, ["kata 'kerja' tidak diharapkan di sini"]),
        ("5 menit lagi", 20, ["kata 'lagi' tidak diharapkan di sini"]),
        ("5 menit%", 19, ["'%' tidak diharapkan di sini"]),
        ("1 jam 30 menit", 18, ["'30' tidak diharapkan di sini"]),
        ("Tentativ", 12, ["kata 'Tentativ' tidak diharapkan di sini", "mungkin maksud Anda 'Tentative'?"]),
        ("5 🙂", 14, ["'🙂' tidak diharapkan di sini"]),
    ]

    @Test(arguments: rejected)
    func rejectsWithSOP301(_ text: String, _ column: Int, _ reason: [String]) throws {
        let (standard, diagnostics) = Self.parse(text)
        #expect(standard == nil)
        let error = try #require(diagnostics.only)
        #expect(error.code == .malformedTime)
        #expect(error.severity == .error)
        #expect(error.message == "waktu '\(text)' tidak dikenali")
        #expect(error.location == SourceLocation(file: "sop.yaml", line: 7, column: column))
        #expect(error.notes == reason + [Self.formsNote, Self.freeTextNote])
    }

    @Test(arguments: ["", "   ", "\t\n"])
    func rejectsEmptyText(_ text: String) throws {
        let (standard, diagnostics) = Self.parse(text)
        #expect(standard == nil)
        let error = try #require(diagnostics.only)
        #expect(error.code == .malformedTime)
        #expect(error.message == "waktu kosong; hapus 'waktu' atau tulis \"-\" bila tidak ada standar waktu")
        #expect(error.location == Self.start)
        #expect(error.notes == [Self.formsNote, Self.freeTextNote])
    }

    @Test(arguments: ["2-1 jam", "2 jam - 30 menit", "3 s.d. 1 hari kerja", "2x24 jam - 1x24 jam"])
    func rejectsInvertedRange(_ text: String) throws {
        let (standard, diagnostics) = Self.parse(text)
        #expect(standard == nil)
        let error = try #require(diagnostics.only)
        #expect(error.code == .invertedRange)
        #expect(error.severity == .error)
        #expect(error.message == "rentang waktu '\(text)' terbalik: batas bawah lebih lama dari batas atas")
        #expect(error.location == Self.start)
        #expect(error.notes == ["tenggat dihitung dari batas atas; tulis yang lebih singkat dulu, misalnya \"1-2 jam\""])
    }

    @Test func invertedCalendarRangeAlsoWarns() {
        let (standard, diagnostics) = Self.parse("3-1 hari")
        #expect(standard == nil)
        #expect(diagnostics.map(\.code) == [.calendarDays, .invertedRange])
        #expect(diagnostics.map(\.location.column) == [16, 12])
    }

    @Test func longTextIsShortenedInTheMessage() throws {
        let text = String(repeating: "tenggat ", count: 20)
        let (_, diagnostics) = Self.parse(text)
        let error = try #require(diagnostics.only)
        #expect(error.message == "waktu '\(text.prefix(60))…' tidak dikenali")
    }

    @Test func acceptedFormsAllParse() {
        #expect(TimeStandardParser.acceptedForms.count == 9)
        for form in TimeStandardParser.acceptedForms {
            var diagnostics = DiagnosticCollector()
            #expect(TimeStandardParser.parse(form, at: Self.start, diagnostics: &diagnostics) != nil, "\(form)")
            #expect(!diagnostics.hasErrors)
        }
    }

    /// Whatever is written, the parser answers with a value or a diagnostic, never a crash.
    @Test func neverCrashesOnOddInput() {
        let pieces = ["1", "0", ",", ".", "5", "99999999999999999999", "x", "×", "-", "–", " ", "(", ")",
                      "jam", "menit", "hari", "kerja", "s.d.", "sampai", "dengan", "é", "\u{301}", "🙂", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...7, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (standard, diagnostics) = Self.parse(text)
            #expect((standard != nil) != diagnostics.contains { $0.severity == .error }, "\(text)")
        }
    }
}

extension Array {
    /// The single element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
