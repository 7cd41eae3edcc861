import Testing
@testable import SOPDSL

/// The condition language of `jika:`: precedence, word forms, every diagnostic with its exact
/// place and wording, and evaluation including fields not filled in yet.
@Suite struct ConditionTests {
    static let origin = SourceLocation(file: "sop.yaml", line: 7, column: 15)
    static let fields: [String: FieldSpec] = {
        let specs: [(String, FieldType, [String])] = [
            ("selesai", .boolean, []), ("eskalasi", .boolean, []), ("hadir", .boolean, []), ("jumlah", .number, []),
            ("kategori", .choice, ["teknis", "administrasi"]), ("nama", .text, []), ("tanggal", .date, []),
        ]
        return Dictionary(uniqueKeysWithValues: specs.map { id, type, options in
            (id, FieldSpec(id: id, label: Text(id, at: .unknown()), type: type, options: options, location: .unknown()))
        })
    }()

    static func parse(_ text: String, fields: [String: FieldSpec] = fields) -> (Condition?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let condition = ConditionParser.parse(text, origin: origin, fields: fields, diagnostics: &diagnostics)
        return (condition, diagnostics.diagnostics)
    }

    /// `SOP401 7:23 message | note | note`: code, place, wording and notes in one comparable line.
    static func line(_ d: Diagnostic) -> String {
        ([d.code.rawValue + " \(d.location.line):\(d.location.column) " + d.message] + d.notes).joined(separator: " | ")
    }

    /// The tree with every binary and `not` node parenthesized.
    static func shape(_ e: ConditionExpression) -> String {
        switch e {
        case .field(let id, _): id
        case .literal(.text(let s), _): "\"\(s)\""
        case .literal(let v, _): v.description
        case .not(let x, _): "(not \(shape(x)))"
        case .and(let l, let r): "(\(shape(l)) and \(shape(r)))"
        case .or(let l, let r): "(\(shape(l)) or \(shape(r)))"
        case .compare(let op, let l, let r, _): "(\(shape(l)) \(op.rawValue) \(shape(r)))"
        }
    }

    @Test(arguments: [
        ("selesai or eskalasi and hadir", "(selesai or (eskalasi and hadir))"),
        ("selesai and eskalasi or hadir", "((selesai and eskalasi) or hadir)"),
        ("selesai and eskalasi and hadir", "((selesai and eskalasi) and hadir)"),
        ("selesai or eskalasi or hadir", "((selesai or eskalasi) or hadir)"),
        ("not selesai and eskalasi", "((not selesai) and eskalasi)"),
        ("not selesai == eskalasi", "((not selesai) == eskalasi)"),
        ("not not selesai", "(not (not selesai))"),
        ("jumlah > 3 and kategori == 'teknis' or selesai", "(((jumlah > 3) and (kategori == \"teknis\")) or selesai)"),
        ("(selesai or eskalasi) and hadir", "((selesai or eskalasi) and hadir)"),
        ("not (kategori == \"teknis\")", "(not (kategori == \"teknis\"))"),
        ("((selesai))", "selesai"),
        ("selesai == (jumlah < 3)", "(selesai == (jumlah < 3))"),
        ("3 <= jumlah", "(3 <= jumlah)"),
        ("jumlah != -1 and jumlah >= 2.5", "((jumlah != -1) and (jumlah >= 2.5))"),
        ("selesai dan eskalasi atau bukan hadir", "((selesai and eskalasi) or (not hadir))"),
        ("selesai DAN eskalasi Atau BUKAN hadir", "((selesai and eskalasi) or (not hadir))"),
        ("selesai AND not eskalasi OR hadir", "((selesai and (not eskalasi)) or hadir)"),
        ("selesai == Ya or selesai == BENAR or selesai == true", "(((selesai == ya) or (selesai == ya)) or (selesai == ya))"),
        ("selesai == tidak or selesai == Salah or selesai == FALSE", "(((selesai == tidak) or (selesai == tidak)) or (selesai == tidak))"),
        ("ya", "ya"),
        ("nama == \"a \\\"b\\\" \\\\ c\"", "(nama == \"a \"b\" \\ c\")"),
        ("nama == 'it\\s \"x\"'", "(nama == \"it\\s \"x\"\")"),
        ("nama == ''", "(nama == \"\")"),
        ("selesai\n  and\teskalasi", "(selesai and eskalasi)"),
        ("jumlah>=3&&selesai", ""),
    ])
    func precedenceAndWordForms(input: String, expected: String) {
        let (condition, diagnostics) = Self.parse(input)
        if expected.isEmpty { #expect(condition == nil); return }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(Self.line))")
        #expect(condition.map { Self.shape($0.expression) } == expected)
        #expect(condition?.source == Text(input, at: Self.origin))
    }

    @Test func nodesPointAtTheirTokens() throws {
        let condition = try #require(Self.parse("jumlah >= 3 and\n   not (kategori == 'teknis')").0)
        guard case .and(.compare(_, let field, let literal, let op), .not(.compare(_, _, _, let eq), let not)) = condition.expression
        else { Issue.record("unexpected shape \(Self.shape(condition.expression))"); return }
        #expect([field.location, literal.location, op, not, eq].map(\.description)
                == ["sop.yaml:7:15", "sop.yaml:7:25", "sop.yaml:7:22", "sop.yaml:8:4", "sop.yaml:8:18"])
    }

    @Test(arguments: [
        ("", ["SOP401 7:15 kondisi kosong; tulis misalnya 'terselesaikan == ya'"]),
        ("   ", ["SOP401 7:15 kondisi kosong; tulis misalnya 'terselesaikan == ya'"]),
        ("selesai ==", ["SOP401 7:23 kondisi tidak lengkap: diharapkan nilai setelah '=='"]),
        ("(selesai", ["SOP401 7:15 tanda kurung '(' tidak ditutup"]),
        ("selesai)", ["SOP401 7:22 tanda kurung ')' tanpa pasangan '('"]),
        ("()", ["SOP401 7:15 tanda kurung kosong; tulis sebuah kondisi di antara '(' dan ')'"]),
        ("== 3", ["SOP401 7:15 kondisi tidak boleh diawali '=='; diharapkan nama isian atau nilai"]),
        ("selesai and or eskalasi", ["SOP401 7:27 diharapkan nilai setelah 'and', bukan 'or'"]),
        ("selesai eskalasi", ["SOP401 7:23 diharapkan operator setelah 'selesai', bukan 'eskalasi' | gabungkan kondisi dengan 'and'/'dan' atau 'or'/'atau'"]),
        ("tidak selesai", ["SOP401 7:21 diharapkan operator setelah 'tidak', bukan 'selesai' | gabungkan kondisi dengan 'and'/'dan' atau 'or'/'atau' | untuk membalik kondisi, gunakan 'bukan' atau 'not', misalnya 'bukan selesai'"]),
        ("1 < jumlah < 5", ["SOP401 7:26 perbandingan tidak dapat dirangkai; gunakan 'and' untuk menggabungkan dua perbandingan"]),
        ("selesai & eskalasi", ["SOP401 7:23 karakter '&' tidak dikenal dalam kondisi; gunakan 'and' atau 'dan'"]),
        ("selesai && eskalasi", ["SOP401 7:23 '&&' tidak dikenal dalam kondisi; gunakan 'and' atau 'dan'"]),
        ("selesai | eskalasi", ["SOP401 7:23 karakter '|' tidak dikenal dalam kondisi; gunakan 'or' atau 'atau'"]),
        ("selesai || eskalasi", ["SOP401 7:23 '||' tidak dikenal dalam kondisi; gunakan 'or' atau 'atau'"]),
        ("! selesai", ["SOP401 7:15 '!' tidak dikenal dalam kondisi; gunakan 'not' atau 'bukan'"]),
        ("kategori = 'teknis'", ["SOP401 7:24 '=' tunggal tidak dikenal; gunakan '==' untuk membandingkan"]),
        ("jumlah => 3", ["SOP401 7:22 '=>' tidak dikenal; gunakan '>='"]),
        ("jumlah =< 3", ["SOP401 7:22 '=<' tidak dikenal; gunakan '<='"]),
        ("jumlah <> 3", ["SOP401 7:22 '<>' tidak dikenal; gunakan '!='"]),
        ("jumlah == 2,5", ["SOP401 7:26 angka '2,5' memakai koma | gunakan titik sebagai pemisah desimal: 2.5"]),
        ("jumlah > 1.000.000", ["SOP401 7:25 angka '1.000.000' tidak sah: jangan memakai pemisah ribuan | tulis angka tanpa pemisah, misalnya 1000000, dan titik untuk desimal"]),
        ("jumlah == 3.", ["SOP401 7:26 angka '3.' tidak lengkap; tulis angka sesudah titik atau hapus titiknya"]),
        ("nama == \"abc", ["SOP401 7:23 tanda kutip \" tidak ditutup"]),
        ("nama == 'abc", ["SOP401 7:23 tanda kutip ' tidak ditutup"]),
        ("kategori == \u{201C}teknis\u{201D}", ["SOP401 7:27 tanda kutip \u{201C} tidak dikenal; gunakan tanda kutip biasa \" atau '"]),
        ("nama == \"a\\tb\"", ["SOP401 7:25 '\\t' tidak dikenal dalam teks; garis miring terbalik hanya boleh sebelum '\"' atau '\\' | tulis '\\\\' untuk garis miring terbalik itu sendiri"]),
        ("selesai # eskalasi", ["SOP401 7:23 karakter '#' tidak dikenal dalam kondisi"]),
        ("selesai\u{7} and eskalasi", ["SOP401 7:22 karakter 'U+0007' tidak dikenal dalam kondisi"]),
        ("jumlah + 1 > 2", ["SOP401 7:22 karakter '+' tidak dikenal dalam kondisi | kondisi tidak mendukung hitungan; bandingkan isian dengan sebuah nilai"]),
        ("kategory == 'teknis'", ["SOP204 7:15 isian 'kategory' tidak dikenal | mungkin maksud Anda 'kategori'?"]),
        ("Jumlah > 3", ["SOP204 7:15 isian 'Jumlah' tidak dikenal | mungkin maksud Anda 'jumlah'?"]),
        ("kategori == teknis", ["SOP204 7:27 isian 'teknis' tidak dikenal | jika maksudnya teks, apit dengan tanda kutip: \"teknis\""]),
        ("kategory == 'a' and jumlahh > 1 or selesaii", ["SOP204 7:15 isian 'kategory' tidak dikenal | mungkin maksud Anda 'kategori'?",
            "SOP204 7:35 isian 'jumlahh' tidak dikenal | mungkin maksud Anda 'jumlah'?", "SOP204 7:50 isian 'selesaii' tidak dikenal | mungkin maksud Anda 'selesai'?"]),
        ("selesai == == kategory", ["SOP401 7:26 diharapkan nilai setelah '==', bukan '=='", "SOP204 7:29 isian 'kategory' tidak dikenal | mungkin maksud Anda 'kategori'?"]),
        ("selesai and\n  kategory == 'teknis'", ["SOP204 8:3 isian 'kategory' tidak dikenal | mungkin maksud Anda 'kategori'?"]),
        ("kategori", ["SOP402 7:15 kondisi harus bernilai ya/tidak, tetapi isian 'kategori' bertipe teks | bandingkan dengan sebuah nilai, misalnya kategori == \"...\""]),
        ("jumlah", ["SOP402 7:15 kondisi harus bernilai ya/tidak, tetapi isian 'jumlah' bertipe angka | bandingkan dengan sebuah nilai, misalnya jumlah > 0"]),
        ("3", ["SOP402 7:15 kondisi harus bernilai ya/tidak, tetapi 3 bertipe angka"]),
        ("jumlah and selesai", ["SOP402 7:15 'and' memerlukan nilai ya/tidak di kedua sisi, tetapi isian 'jumlah' bertipe angka"]),
        ("selesai atau\n\nnama", ["SOP402 9:1 'atau' memerlukan nilai ya/tidak di kedua sisi, tetapi isian 'nama' bertipe teks"]),
        ("not jumlah", ["SOP402 7:19 'not' memerlukan nilai ya/tidak, tetapi isian 'jumlah' bertipe angka"]),
        ("bukan kategori == 'teknis'", ["SOP402 7:21 'bukan' memerlukan nilai ya/tidak, tetapi isian 'kategori' bertipe teks | 'bukan' mengikat lebih kuat daripada perbandingan; untuk membalik perbandingan, apit dengan tanda kurung: bukan (...)"]),
        ("kategori == 3", ["SOP402 7:24 tidak dapat membandingkan isian 'kategori' (teks) dengan 3 (angka)"]),
        ("jumlah == \"3\"", ["SOP402 7:22 tidak dapat membandingkan isian 'jumlah' (angka) dengan \"3\" (teks) | tulis 3 tanpa tanda kutip"]),
        ("selesai == 'ya'", ["SOP402 7:23 tidak dapat membandingkan isian 'selesai' (ya/tidak) dengan \"ya\" (teks) | tulis ya tanpa tanda kutip"]),
        ("jumlah == selesai", ["SOP402 7:22 tidak dapat membandingkan isian 'jumlah' (angka) dengan isian 'selesai' (ya/tidak)"]),
        ("(selesai == ya) > 1", ["SOP402 7:31 tidak dapat membandingkan hasil '==' (ya/tidak) dengan 1 (angka)"]),
        ("selesai < ya", ["SOP402 7:23 operator '<' tidak berlaku untuk nilai ya/tidak; gunakan '==' atau '!='"]),
        ("tanggal >= '2024-01-01'", ["SOP402 7:23 operator '>=' hanya berlaku untuk angka, tetapi isian 'tanggal' bertipe teks"]),
        ("kategori == 'tekniks'", ["SOP402 7:27 'tekniks' bukan pilihan isian 'kategori'; pilihan yang ada: 'teknis', 'administrasi' | mungkin maksud Anda 'teknis'?"]),
        ("'hukum' != kategori", ["SOP402 7:15 'hukum' bukan pilihan isian 'kategori'; pilihan yang ada: 'teknis', 'administrasi'"]),
        ("kategori = 'tekniks' or jumlah", ["SOP401 7:24 '=' tunggal tidak dikenal; gunakan '==' untuk membandingkan",
            "SOP402 7:26 'tekniks' bukan pilihan isian 'kategori'; pilihan yang ada: 'teknis', 'administrasi' | mungkin maksud Anda 'teknis'?",
            "SOP402 7:39 'or' memerlukan nilai ya/tidak di kedua sisi, tetapi isian 'jumlah' bertipe angka"]),
    ])
    func errors(input: String, expected: [String]) {
        let (condition, diagnostics) = Self.parse(input)
        #expect(condition == nil)
        #expect(diagnostics.map(Self.line) == expected)
    }

    /// Inputs too long to show as test arguments, named instead.
    @Test(arguments: ["10000 '('", "10000 'not'", "10000 'or'", "400-digit number"])
    func limits(name: String) {
        let (input, expected) = switch name {
        case "10000 '('": (String(repeating: "(", count: 10_000),
                           "SOP401 7:79 kondisi terlalu bertingkat: lebih dari 64 tingkat tanda kurung atau 'not'")
        case "10000 'not'": (String(repeating: "not ", count: 10_000) + "selesai",
                             "SOP401 7:271 kondisi terlalu bertingkat: lebih dari 64 tingkat tanda kurung atau 'not'")
        case "10000 'or'": (String(repeating: "selesai or ", count: 10_000) + "selesai",
                            "SOP401 7:2839 kondisi terlalu panjang: lebih dari 256 operator; bagi menjadi beberapa cabang")
        default: ("jumlah < 1" + String(repeating: "0", count: 400),
                  "SOP401 7:24 angka '1" + String(repeating: "0", count: 400) + "' terlalu besar")
        }
        let (condition, diagnostics) = Self.parse(input)
        #expect(condition == nil)
        #expect(diagnostics.map(Self.line) == [expected])
    }

    @Test func aLongButAllowedChainEvaluates() throws {
        let condition = try #require(Self.parse(String(repeating: "eskalasi or ", count: 256) + "selesai").0)
        #expect(condition.evaluate(["eskalasi": .bool(false), "selesai": .bool(true)]) == .success(true))
    }

    @Test func withoutFieldsTheNoteSaysSo() {
        #expect(Self.parse("selesai", fields: [:]).1.map(Self.line)
                == ["SOP204 7:15 isian 'selesai' tidak dikenal | SOP ini belum mendeklarasikan isian apa pun; tambahkan 'isian:' pada sebuah langkah"])
    }

    @Test func thousandsDotIsAWarningNotAnError() throws {
        let (condition, diagnostics) = Self.parse("jumlah > 1.000")
        #expect(diagnostics.map(Self.line) == ["SOP401 7:25 angka '1.000' dibaca sebagai 1 karena titik adalah pemisah desimal | jika maksudnya 1000, tulis tanpa titik"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(try #require(condition).evaluate(["jumlah": .number(2)]) == .success(true))
    }

    @Test(arguments: [
        ("jumlah >= 3", ["jumlah": Value.number(3)], Result<Bool, ConditionEvaluationError>.success(true)),
        ("jumlah >= 3", ["jumlah": .number(2.5)], .success(false)),
        ("jumlah > 2.5 and jumlah < 3 and jumlah != 2.7", ["jumlah": .number(2.6)], .success(true)),
        ("jumlah == 3 and jumlah <= 3", ["jumlah": .number(3.0)], .success(true)),
        ("kategori == 'teknis'", ["kategori": .text("Teknis")], .success(true)),
        ("kategori == 'teknis'", ["kategori": .text("administrasi")], .success(false)),
        ("kategori != 'TEKNIS'", ["kategori": .text("teknis")], .success(false)),
        ("nama == 'Budi'", ["nama": .text("budi ")], .success(false)),
        ("selesai", ["selesai": .bool(true)], .success(true)),
        ("not selesai", ["selesai": .bool(true)], .success(false)),
        ("selesai == tidak", ["selesai": .bool(false)], .success(true)),
        ("selesai != ya", ["selesai": .bool(true)], .success(false)),
        ("bukan (jumlah > 3 atau kategori == 'teknis')", ["jumlah": .number(1), "kategori": .text("administrasi")], .success(true)),
        ("selesai or eskalasi", ["selesai": .bool(true)], .success(true)),
        ("eskalasi or selesai", ["selesai": .bool(true)], .success(true)),
        ("eskalasi and selesai", ["selesai": .bool(false)], .success(false)),
        ("selesai and eskalasi", ["selesai": .bool(true)], .failure(.unfilled(field: "eskalasi"))),
        ("eskalasi or hadir", [:], .failure(.unfilled(field: "eskalasi"))),
        ("selesai", [:], .failure(.unfilled(field: "selesai"))),
        ("jumlah > 3", [:], .failure(.unfilled(field: "jumlah"))),
        ("not (jumlah > 3 or kategori == 'teknis')", ["jumlah": .number(1)], .failure(.unfilled(field: "kategori"))),
        ("jumlah > 3", ["jumlah": .text("4")], .failure(.incomparable(.greater, .text("4"), .number(3)))),
        ("selesai or eskalasi", ["selesai": .text("ya"), "eskalasi": .bool(true)], .failure(.notBoolean(.text("ya")))),
    ])
    func evaluation(input: String, data: [String: Value], expected: Result<Bool, ConditionEvaluationError>) throws {
        let condition = try #require(Self.parse(input).0)
        #expect(condition.evaluate(data) == expected)
    }

    @Test func evaluatorRejectsWhatTheParserWouldHave() {
        let at = Self.origin
        let textOrder = Condition(source: "", expression: .compare(.less, .literal(.text("a"), at), .literal(.text("b"), at), at))
        #expect(textOrder.evaluate([:]) == .failure(.incomparable(.less, .text("a"), .text("b"))))
        #expect(ConditionEvaluationError.unfilled(field: "jumlah").description == "isian 'jumlah' belum diisi")
    }

    @Test func fieldIDsInOrderOfAppearance() throws {
        let condition = try #require(Self.parse("jumlah > 1 and (selesai or jumlah < 9) or not eskalasi").0)
        #expect(condition.fieldIDs == ["jumlah", "selesai", "eskalasi"])
    }

    /// Random token soup: every input ends in a condition or in errors, never in a crash.
    @Test func randomInputNeverCrashes() {
        let pieces = ["selesai", "jumlah", "kategori", "x", "and", "or", "not", "dan", "(", ")", "==", "<", ">=", "!", "=",
                      "&", "'teknis'", "\"a\\", "'", "\"", "3", "2,5", "1.000", ".", "ya", "tidak", "\n", " ", "\u{201C}", "é", "-"]
        var seed: UInt64 = 0x5eed
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(seed % 12) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((seed >> 33) % UInt64(pieces.count))] + ((seed >> 20) % 2 == 0 ? " " : "")
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let (condition, diagnostics) = Self.parse(text)
            let hasErrors = diagnostics.contains { $0.severity == .error }
            #expect((condition == nil) == hasErrors, "\(text.debugDescription)")
            #expect(diagnostics.allSatisfy { $0.location >= Self.origin }, "\(text.debugDescription)")
            _ = condition?.evaluate(["selesai": .bool(true), "jumlah": .number(3)])
        }
    }
}
