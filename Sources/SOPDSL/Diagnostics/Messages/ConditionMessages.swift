/// SOP4xx: the condition language of decision exits (`jika:`). Operands are named as
/// `OperandName` names them; `spelling`s are tokens as the author wrote them.
enum ConditionMessage: DiagnosticMessageFamily {
    // SOP401, found by the lexer: each names the intended token, which lexing goes on with.
    case curlyQuote(Unicode.Scalar)
    case unknownOperator(written: String, meant: String)
    case singleEquals
    case bang
    case doubledLogical(Unicode.Scalar)
    case singleLogical(Unicode.Scalar)
    case arithmetic(Unicode.Scalar)
    case unknownCharacter(Unicode.Scalar)
    case thousandsSeparators(String, plain: String)
    case decimalComma(String, dotted: String)
    /// "1.000": a warning, since it is valid but likely meant a thousand.
    case dotReadAsDecimal(String, read: Value, plain: String)
    case trailingDot(String)
    case numberTooLarge(String)
    case unknownEscape(Unicode.Scalar)
    case unclosedQuote(Unicode.Scalar)

    // SOP401, found by the parser.
    case emptyCondition
    case unmatchedClosingParenthesis
    case chainedComparison
    case tooManyOperators(limit: Int)
    case nestedTooDeep(limit: Int)
    case emptyParentheses
    case unclosedParenthesis
    case incomplete(after: String)
    case expectedValue(after: String, found: String)
    case startsWithOperator(String)
    /// `afterTidak`: the operand before was the word "tidak", likely meant as "not".
    case expectedOperator(after: String, found: String, afterTidak: Bool)

    // SOP402: types.
    /// `field`: the id when the operand is a field, for an example comparison.
    case conditionNotBool(subject: String, type: ConditionValueType, field: String?)
    /// `comparisonFollows`: for `not`, a comparison comes next, which `not` binds tighter than.
    case operandNotBool(operator: String, isNot: Bool, comparisonFollows: Bool, subject: String, type: ConditionValueType)
    /// `unquote`: quoted texts that fit the other side's type written bare.
    case mismatchedTypes(left: String, leftType: ConditionValueType, right: String, rightType: ConditionValueType, unquote: [String])
    case orderingOnBool(operator: String)
    case orderingOnText(operator: String, subject: String)
    case notAnOption(String, field: String, options: [String])

    static let codePrefix = "SOP4"

    var content: MessageContent {
        switch self {
        case .curlyQuote(let quote):
            MessageContent(.conditionSyntax, "tanda kutip \(quote) tidak dikenal; gunakan tanda kutip biasa \" atau '")
        case .unknownOperator(let written, let meant):
            MessageContent(.conditionSyntax, "'\(written)' tidak dikenal; gunakan '\(meant)'")
        case .singleEquals:
            MessageContent(.conditionSyntax, "'=' tunggal tidak dikenal; gunakan '==' untuk membandingkan")
        case .bang:
            MessageContent(.conditionSyntax, "'!' tidak dikenal dalam kondisi; gunakan 'not' atau 'bukan'")
        case .doubledLogical(let symbol):
            MessageContent(.conditionSyntax, "'\(symbol)\(symbol)' tidak dikenal dalam kondisi; gunakan \(Self.words(for: symbol))")
        case .singleLogical(let symbol):
            MessageContent(.conditionSyntax, "karakter '\(symbol)' tidak dikenal dalam kondisi; gunakan \(Self.words(for: symbol))")
        case .arithmetic(let symbol):
            MessageContent(.conditionSyntax, "karakter '\(symbol)' tidak dikenal dalam kondisi",
                           notes: ["kondisi tidak mendukung hitungan; bandingkan isian dengan sebuah nilai"])
        case .unknownCharacter(let scalar):
            MessageContent(.conditionSyntax, "karakter '\(Self.shown(scalar))' tidak dikenal dalam kondisi")
        case .thousandsSeparators(let written, let plain):
            MessageContent(.conditionSyntax, "angka '\(written)' tidak sah: jangan memakai pemisah ribuan",
                           notes: ["tulis angka tanpa pemisah, misalnya \(plain), dan titik untuk desimal"])
        case .decimalComma(let written, let dotted):
            MessageContent(.conditionSyntax, "angka '\(written)' memakai koma", notes: ["gunakan titik sebagai pemisah desimal: \(dotted)"])
        case .dotReadAsDecimal(let written, let read, let plain):
            MessageContent(.conditionSyntax, "angka '\(written)' dibaca sebagai \(read) karena titik adalah pemisah desimal",
                           notes: ["jika maksudnya \(plain), tulis tanpa titik"], severity: .warning)
        case .trailingDot(let written):
            MessageContent(.conditionSyntax, "angka '\(written).' tidak lengkap; tulis angka sesudah titik atau hapus titiknya")
        case .numberTooLarge(let written):
            MessageContent(.conditionSyntax, "angka '\(written)' terlalu besar")
        case .unknownEscape(let next):
            MessageContent(.conditionSyntax,
                           "'\\\(next)' tidak dikenal dalam teks; garis miring terbalik hanya boleh sebelum '\"' atau '\\'",
                           notes: ["tulis '\\\\' untuk garis miring terbalik itu sendiri"])
        case .unclosedQuote(let closing):
            MessageContent(.conditionSyntax, "tanda kutip \(closing) tidak ditutup")

        case .emptyCondition:
            MessageContent(.conditionSyntax, "kondisi kosong; tulis misalnya 'terselesaikan == ya'")
        case .unmatchedClosingParenthesis:
            MessageContent(.conditionSyntax, "tanda kurung ')' tanpa pasangan '('")
        case .chainedComparison:
            MessageContent(.conditionSyntax, "perbandingan tidak dapat dirangkai; gunakan 'and' untuk menggabungkan dua perbandingan")
        case .tooManyOperators(let limit):
            MessageContent(.conditionSyntax, "kondisi terlalu panjang: lebih dari \(limit) operator; bagi menjadi beberapa cabang")
        case .nestedTooDeep(let limit):
            MessageContent(.conditionSyntax, "kondisi terlalu bertingkat: lebih dari \(limit) tingkat tanda kurung atau 'not'")
        case .emptyParentheses:
            MessageContent(.conditionSyntax, "tanda kurung kosong; tulis sebuah kondisi di antara '(' dan ')'")
        case .unclosedParenthesis:
            MessageContent(.conditionSyntax, "tanda kurung '(' tidak ditutup")
        case .incomplete(let before):
            MessageContent(.conditionSyntax, "kondisi tidak lengkap: diharapkan nilai setelah '\(before)'")
        case .expectedValue(let before, let found):
            MessageContent(.conditionSyntax, "diharapkan nilai setelah '\(before)', bukan '\(found)'")
        case .startsWithOperator(let spelling):
            MessageContent(.conditionSyntax, "kondisi tidak boleh diawali '\(spelling)'; diharapkan nama isian atau nilai")
        case .expectedOperator(let before, let found, let afterTidak):
            MessageContent(.conditionSyntax, "diharapkan operator setelah '\(before)', bukan '\(found)'",
                           notes: ["gabungkan kondisi dengan 'and'/'dan' atau 'or'/'atau'"]
                               + (afterTidak ? ["untuk membalik kondisi, gunakan 'bukan' atau 'not', misalnya 'bukan \(found)'"] : []))

        case .conditionNotBool(let subject, let type, let field):
            MessageContent(.conditionType, "kondisi harus bernilai ya/tidak, tetapi \(subject) bertipe \(type.rawValue)",
                           notes: field.map { ["bandingkan dengan sebuah nilai, misalnya \($0) \(Self.exampleComparison(for: type))"] } ?? [])
        case .operandNotBool(let word, let isNot, let comparisonFollows, let subject, let type):
            MessageContent(.conditionType,
                           "'\(word)' memerlukan nilai ya/tidak\(isNot ? "" : " di kedua sisi"), tetapi \(subject) bertipe \(type.rawValue)",
                           notes: isNot && comparisonFollows
                               ? ["'\(word)' mengikat lebih kuat daripada perbandingan; untuk membalik perbandingan, apit dengan tanda kurung: \(word) (...)"]
                               : [])
        case .mismatchedTypes(let left, let leftType, let right, let rightType, let unquote):
            MessageContent(.conditionType, "tidak dapat membandingkan \(left) (\(leftType.rawValue)) dengan \(right) (\(rightType.rawValue))",
                           notes: unquote.map { "tulis \($0) tanpa tanda kutip" })
        case .orderingOnBool(let op):
            MessageContent(.conditionType, "operator '\(op)' tidak berlaku untuk nilai ya/tidak; gunakan '==' atau '!='")
        case .orderingOnText(let op, let subject):
            MessageContent(.conditionType, "operator '\(op)' hanya berlaku untuk angka, tetapi \(subject) bertipe teks")
        case .notAnOption(let text, let field, let options):
            MessageContent(.conditionType,
                           "'\(text)' bukan pilihan isian '\(field)'; pilihan yang ada: \(options.map { "'\($0)'" }.joined(separator: ", "))",
                           notes: EditDistance.didYouMean(text, among: options))
        }
    }

    /// A comparison that turns an operand of `type` into ya/tidak.
    private static func exampleComparison(for type: ConditionValueType) -> String {
        type == .number ? "> 0" : "== \"...\""
    }

    /// What to write instead of `&` or `|`.
    private static func words(for symbol: Unicode.Scalar) -> String {
        symbol == "&" ? "'and' atau 'dan'" : "'or' atau 'atau'"
    }

    /// A control character as U+XXXX, anything else as itself.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.properties.generalCategory == .control
            ? "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex : String(scalar)
    }

    static let examples: [ConditionMessage] = [
        .singleEquals, .conditionNotBool(subject: "isian 'jumlah'", type: .number, field: "jumlah"),
    ]
}

/// How condition operands are named inside the messages above.
enum OperandName {
    static func field(_ name: String) -> String { "isian '\(name)'" }
    static func result(of spelling: String) -> String { "hasil '\(spelling)'" }
    static func text(_ value: String) -> String { "\"\(value)\"" }
}
