/// One token of a condition, with where it was written (a range of Unicode scalar offsets
/// into the condition text, the unit libyaml columns are counted in).
struct ConditionToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case identifier(String)
        case number(Double)
        case text(String)
        case bool(Bool)
        case and, or, not
        case compare(ComparisonOperator)
        case leftParen, rightParen
        case end
    }

    var kind: Kind
    /// The token as written ("dan", "'teknis'"), so messages quote the author's own words.
    var spelling: String
    var range: Range<Int>
}

/// Maps scalar offsets in a condition to file locations, counting lines when the text has newlines.
struct ConditionSourceMap: Sendable {
    let origin: SourceLocation
    /// Offsets at which the second, third, ... line of the text begins.
    private var lineStarts: [Int] = []

    init(_ scalars: [Unicode.Scalar], origin: SourceLocation) {
        self.origin = origin
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
    }

    func location(_ offset: Int) -> SourceLocation {
        // Binary search for how many line starts lie at or before `offset`.
        var low = 0, high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return origin.advanced(by: offset) }
        return SourceLocation(fileID: origin.fileID, line: origin.line + low, column: offset - lineStarts[low - 1] + 1)
    }
}

/// Splits a condition into tokens. Mistakes a drafter is likely to make (`=`, `&&`, `2,5`,
/// curly quotes) are reported with a hint and replaced by the intended token, so the parser
/// can go on and report independent problems too.
struct ConditionLexer {
    /// Lexing stops after this many errors: a pasted paragraph should not yield hundreds.
    static let maximumErrors = 10

    private let scalars: [Unicode.Scalar]
    private let map: ConditionSourceMap
    private var index = 0
    private var tokens: [ConditionToken] = []
    private var diagnostics: [Diagnostic] = []
    /// Set when something was dropped rather than replaced: the parser's complaints about the
    /// gap would only repeat this error, so it keeps its syntax errors to itself.
    private var dropped = false

    static func tokenize(_ scalars: [Unicode.Scalar], map: ConditionSourceMap)
        -> (tokens: [ConditionToken], diagnostics: [Diagnostic], dropped: Bool) {
        var lexer = ConditionLexer(scalars: scalars, map: map)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics, lexer.dropped || lexer.errorCount >= maximumErrors)
    }

    private init(scalars: [Unicode.Scalar], map: ConditionSourceMap) {
        self.scalars = scalars
        self.map = map
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func add(_ kind: ConditionToken.Kind, from start: Int) {
        let spelling = String(String.UnicodeScalarView(scalars[start..<index]))
        tokens.append(ConditionToken(kind: kind, spelling: spelling, range: start..<index))
    }

    private mutating func error(_ message: ConditionMessage, at offset: Int) {
        diagnostics.append(DiagnosticMessage.condition(message).diagnostic(at: map.location(offset)))
    }

    private var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    private mutating func run() {
        while let scalar = peek(), errorCount < Self.maximumErrors {
            let start = index
            if scalar.properties.isWhitespace { index += 1; continue }
            if Self.isDigit(scalar) || (scalar == "-" && peek(1).map(Self.isDigit) == true) {
                number()
            } else if Self.isWordStart(scalar) {
                word()
            } else if let quote = ConditionLexer.straightQuotes[scalar] {
                string(closing: quote, escapes: scalar == "\"")
            } else if let closing = ConditionLexer.curlyQuotes[scalar] {
                error(.curlyQuote(scalar), at: start)
                curlyString(closing: closing)
            } else {
                symbol(scalar)
            }
        }
        tokens.append(ConditionToken(kind: .end, spelling: "", range: scalars.count..<scalars.count))
    }

    private mutating func symbol(_ scalar: Unicode.Scalar) {
        let start = index
        let next = peek(1)
        index += 1
        switch (scalar, next) {
        case ("(", _): add(.leftParen, from: start)
        case (")", _): add(.rightParen, from: start)
        case ("=", "="), ("!", "="), ("<", "="), (">", "="):
            index += 1
            add(.compare(ComparisonOperator(rawValue: "\(scalar)=")!), from: start)
        case ("=", ">"), ("=", "<"), ("<", ">"):
            index += 1
            let meant: ComparisonOperator = next == ">" ? (scalar == "=" ? .greaterOrEqual : .notEqual) : .lessOrEqual
            error(.unknownOperator(written: String(scalar) + String(next!), meant: meant.rawValue), at: start)
            add(.compare(meant), from: start)
        case ("<", _): add(.compare(.less), from: start)
        case (">", _): add(.compare(.greater), from: start)
        case ("=", _):
            error(.singleEquals, at: start)
            add(.compare(.equal), from: start)
        case ("!", _):
            error(.bang, at: start)
            add(.not, from: start)
        case ("&", "&"), ("|", "|"):
            index += 1
            error(.doubledLogical(scalar), at: start)
            add(scalar == "&" ? .and : .or, from: start)
        case ("&", _), ("|", _):
            error(.singleLogical(scalar), at: start)
            add(scalar == "&" ? .and : .or, from: start)
        case ("+", _), ("-", _), ("*", _), ("/", _):
            dropped = true
            error(.arithmetic(scalar), at: start)
        default:
            dropped = true
            error(.unknownCharacter(scalar), at: start)
        }
    }

    private mutating func word() {
        let start = index
        while let scalar = peek(), Self.isWordStart(scalar) || Self.isDigit(scalar) { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index]))
        switch word.lowercased() {
        case "and", "dan": add(.and, from: start)
        case "or", "atau": add(.or, from: start)
        case "not", "bukan": add(.not, from: start)
        case "ya", "benar", "true": add(.bool(true), from: start)
        case "tidak", "salah", "false": add(.bool(false), from: start)
        default: add(.identifier(word), from: start)
        }
    }

    /// Digits with `.` or `,` between them, read as a whole so `2,5` and `1.000.000` get one clear message.
    private mutating func number() {
        let start = index
        if peek() == "-" { index += 1 }
        var separators: [Int] = []
        while let scalar = peek() {
            if Self.isDigit(scalar) { index += 1 } else if (scalar == "." || scalar == ","), peek(1).map(Self.isDigit) == true {
                separators.append(index); index += 2
            } else { break }
        }
        let written = String(String.UnicodeScalarView(scalars[start..<index]))
        let plain = written.filter { $0 != "." && $0 != "," }
        let commas = separators.filter { scalars[$0] == "," }
        if separators.count > 1 {
            error(.thousandsSeparators(written, plain: plain), at: separators[0])
        } else if let comma = commas.first {
            error(.decimalComma(written, dotted: written.replacingComma()), at: comma)
        } else if let dot = separators.first, index - dot == 4, !written.hasPrefix("0"), !written.hasPrefix("-0") {
            // In Indonesian "1.000" usually means a thousand; say how it is read.
            error(.dotReadAsDecimal(written, read: .number(Double(written) ?? 0), plain: plain), at: dot)
        }
        if peek() == ".", errorCount < Self.maximumErrors {
            error(.trailingDot(written), at: index)
            index += 1
        }
        let value = Double(separators.count > 1 ? plain : written.replacingComma()) ?? .infinity
        if !value.isFinite { error(.numberTooLarge(written), at: start) }
        add(.number(value), from: start)
    }

    /// A quoted string; in double quotes only `\"` and `\\` are escapes.
    private mutating func string(closing: Unicode.Scalar, escapes: Bool) {
        let start = index
        index += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == closing { index += 1; add(.text(String(value)), from: start); return }
            if escapes, scalar == "\\", let next = peek(1) {
                if next == "\"" || next == "\\" { value.append(next); index += 2; continue }
                error(.unknownEscape(next), at: index)
            }
            value.append(scalar)
            index += 1
        }
        error(.unclosedQuote(closing), at: start)
        add(.text(String(value)), from: start)
    }

    /// Text in curly quotes pasted from a word processor: already reported, read on as text.
    private mutating func curlyString(closing: Set<Unicode.Scalar>) {
        let start = index
        index += 1
        while let scalar = peek(), !closing.contains(scalar) { index += 1 }
        let value = String(String.UnicodeScalarView(scalars[(start + 1)..<index]))
        if index < scalars.count { index += 1 }
        add(.text(value), from: start)
    }

    private static let straightQuotes: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "'": "'"]
    private static let curlyQuotes: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{201C}": ["\u{201D}", "\u{201C}"], "\u{201D}": ["\u{201D}", "\u{201C}"],
        "\u{2018}": ["\u{2019}", "\u{2018}"], "\u{2019}": ["\u{2019}", "\u{2018}"],
    ]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }
}

private extension String {
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
