/// A number exactly as written in a `waktu` ("5", "1,5", "1.5"), kept as digits so that
/// arithmetic is exact: "1,1 jam" must be 66 minutes, not 65.99… from floating point.
struct WrittenNumber: Equatable, Sendable {
    var whole: String
    /// Digits after the decimal comma or dot; empty when there are none.
    var fraction: String
    /// The dot in "1.000" may be a thousands separator (Indonesian style), so it is remembered.
    var usesDot: Bool
    /// Scalar offsets in the written text, for pointing at the number.
    var offset: Int
    var text: String

    enum Scaled: Equatable { case value(Int), notWhole, tooLarge }

    /// The number times `factor`, when that is a whole number no larger than `limit`.
    func scaled(by factor: Int, limit: Int) -> Scaled {
        var digits = Substring(fraction)
        while digits.last == "0" { digits.removeLast() }
        // A fraction this long cannot give a whole number for any factor the grammar uses.
        guard digits.count <= 6 else { return .notWhole }
        var mantissa = 0
        for scalar in (whole + digits).unicodeScalars {
            let step = mantissa.multipliedReportingOverflow(by: 10)
            let next = step.partialValue.addingReportingOverflow(Int(scalar.value) - 48)
            if step.overflow || next.overflow { return .tooLarge }
            mantissa = next.partialValue
        }
        var scale = 1
        for _ in 0..<digits.count { scale *= 10 }
        let product = mantissa.multipliedReportingOverflow(by: factor)
        if product.overflow { return .tooLarge }
        guard product.partialValue % scale == 0 else { return .notWhole }
        let value = product.partialValue / scale
        return value > limit ? .tooLarge : .value(value)
    }

    /// True when there is a fraction that is not just zeros ("1,0" counts as whole).
    var hasFraction: Bool { fraction.contains { $0 != "0" } }
}

/// One piece of a `waktu` text, located by scalar offset (as libyaml counts columns).
struct TimeToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(WrittenNumber)
        /// Letters (and "." or "/" inside, for "s.d." and "s/d"), lowercased.
        case word(String)
        /// "-", "–", "—", "−": a range separator, or the hyphen of "hari-kerja".
        case dash
        /// "x", "X" or "×" of "10x24 jam".
        case times
        /// "(satu)": a number spelled in words as legal texts do; ignored.
        case parenthesis
        case unclosedParenthesis
        case other
    }

    var kind: Kind
    var offset: Int
    /// One past the last scalar, to tell "hari-kerja" from "hari - 2".
    var end: Int
    /// The scalars as written, for messages.
    var text: String
}

/// Splits a `waktu` text into tokens; whitespace only separates.
enum TimeTokenizer {
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2212}"]

    static func tokens(of written: String) -> [TimeToken] {
        let scalars = Array(written.unicodeScalars)
        var tokens: [TimeToken] = []
        var i = 0

        func isDigit(_ index: Int) -> Bool {
            index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        func isLetter(_ index: Int) -> Bool {
            index < scalars.count && scalars[index].properties.isAlphabetic
        }
        func add(_ kind: TimeToken.Kind, from start: Int) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<i])
            tokens.append(TimeToken(kind: kind, offset: start, end: i, text: String(text)))
        }

        while i < scalars.count {
            let start = i
            let scalar = scalars[i]
            if scalar.properties.isWhitespace {
                i += 1
            } else if isDigit(i) {
                while isDigit(i) { i += 1 }
                let wholeEnd = i
                var fractionStart = i
                if i < scalars.count, scalars[i] == "," || scalars[i] == ".", isDigit(i + 1) {
                    i += 1
                    fractionStart = i
                    while isDigit(i) { i += 1 }
                }
                let text = String(String.UnicodeScalarView(scalars[start..<i]))
                let number = WrittenNumber(
                    whole: String(String.UnicodeScalarView(scalars[start..<wholeEnd])),
                    fraction: String(String.UnicodeScalarView(scalars[fractionStart..<i])),
                    usesDot: wholeEnd < i && scalars[wholeEnd] == ".",
                    offset: start, text: text)
                add(.number(number), from: start)
            } else if isLetter(i) {
                i += 1
                while isLetter(i) || (i < scalars.count && (scalars[i] == "." || scalars[i] == "/")) { i += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<i])).lowercased()
                add(word == "x" ? .times : .word(word), from: start)
            } else if dashes.contains(scalar) {
                i += 1
                add(.dash, from: start)
            } else if scalar == "\u{00D7}" {
                i += 1
                add(.times, from: start)
            } else if scalar == "(" {
                while i < scalars.count, scalars[i] != ")" { i += 1 }
                if i == scalars.count {
                    add(.unclosedParenthesis, from: start)
                } else {
                    i += 1
                    add(.parenthesis, from: start)
                }
            } else {
                i += 1
                add(.other, from: start)
            }
        }
        return tokens
    }
}
