/// The grammar of a `waktu` over its tokens (see `TimeStandardParser` for the rules):
/// one duration or a range, turned into exact `TimeSpan`s.
struct TimeReader {
    struct Reading {
        var lower: TimeSpan?
        var upper: TimeSpan
        /// Where a bare "hari" was written, for the SOP302 warning.
        var calendarDayOffset: Int?
    }

    /// Longer than this is a typo; refusing it also keeps `roughMinutes` (days × 1440) far from overflow.
    static let maxDays = 36_500
    static let maxMinutes = maxDays * 24 * 60

    /// The unit that decides how a number is counted.
    enum Unit: Equatable {
        case minutes, hours, workingDays, calendarDays, weeks
        /// "hari kalender": calendar days, written out (no warning).
        case explicitCalendarDays
        case wallHours(multiplier: Int)
    }

    struct Side {
        var number: WrittenNumber
        var unit: Unit?
        var unitOffset: Int
    }

    static let unitNames = ["menit", "mnt", "jam", "hari", "hari kerja", "hari kalender", "minggu"]
    static let separatorWords: Set<String> = ["s.d.", "s.d", "s/d", "sampai", "hingga"]

    private let tokens: [TimeToken]
    private var index = 0

    init(tokens: [TimeToken]) { self.tokens = tokens }

    private var current: TimeToken? { index < tokens.count ? tokens[index] : nil }

    mutating func read() throws(TimeSyntaxError) -> Reading {
        let first = try side(after: nil)
        guard let next = current else {
            guard let unit = first.unit else { throw missingUnit(first) }
            let span = try Self.span(first.number, unit)
            return Reading(lower: nil, upper: span, calendarDayOffset: unit == .calendarDays ? first.unitOffset : nil)
        }
        guard isSeparator(next) else { throw unexpected(next) }
        index += 1
        if next.kind == .word("sampai"), current?.kind == .word("dengan") { index += 1 }
        let second = try side(after: next)
        if let extra = current { throw unexpected(extra) }
        guard let upperUnit = second.unit else { throw missingUnit(second) }
        let lowerUnit = first.unit ?? upperUnit
        let lower = try Self.span(first.number, lowerUnit)
        let upper = try Self.span(second.number, upperUnit)
        guard Self.sameKind(lower, upper) else {
            throw TimeSyntaxError(at: second.number.offset, .mixedRange)
        }
        // Both ends are the same kind here, so one warning, at the first "hari" written.
        let calendar = first.unit == .calendarDays ? first.unitOffset
            : upperUnit == .calendarDays ? second.unitOffset : nil
        return Reading(lower: lower, upper: upper, calendarDayOffset: calendar)
    }

    /// A number, an ignored "(satu)", and the unit if one follows.
    private mutating func side(after separator: TimeToken?) throws(TimeSyntaxError) -> Side {
        guard let token = current else {
            guard let separator else { throw TimeSyntaxError(at: 0, .noNumber) }
            throw TimeSyntaxError(at: separator.offset, .incompleteRange(after: separator.text))
        }
        guard case .number(let number) = token.kind else {
            if token.kind == .dash, separator == nil, index + 1 < tokens.count,
               case .number = tokens[index + 1].kind {
                throw TimeSyntaxError(at: token.offset, .notPositive)
            }
            if case .word(let word) = token.kind, Self.unitNames.contains(word) {
                throw TimeSyntaxError(at: token.offset, .numberMissingBefore(token.text))
            }
            throw unexpected(token)
        }
        index += 1
        skipParenthesis()
        let unitOffset = current?.offset ?? token.end
        return Side(number: number, unit: try unit(), unitOffset: unitOffset)
    }

    /// The unit after a number, or nil when a separator or the end comes first.
    private mutating func unit() throws(TimeSyntaxError) -> Unit? {
        guard let token = current else { return nil }
        switch token.kind {
        case .times:
            index += 1
            return try wallHours(after: token)
        case .word(let word) where Self.separatorWords.contains(word):
            return nil
        case .word("menit"), .word("mnt"):
            index += 1
            return .minutes
        case .word("jam"):
            index += 1
            return .hours
        case .word("hari"):
            index += 1
            return try afterHari(token)
        case .word("minggu"), .word("pekan"):
            index += 1
            return .weeks
        case .word:
            throw TimeSyntaxError(at: token.offset, .unknownUnit(token.text, candidates: Self.unitNames))
        default:
            return nil
        }
    }

    /// "hari kerja", "hari-kerja" (hyphen touching both words), or a bare calendar "hari".
    private mutating func afterHari(_ hari: TimeToken) throws(TimeSyntaxError) -> Unit {
        guard let next = current else { return .calendarDays }
        if next.kind == .word("kerja") {
            index += 1
            return .workingDays
        }
        if next.kind == .word("kalender") {
            index += 1
            return .explicitCalendarDays
        }
        if next.kind == .dash, next.offset == hari.end, index + 1 < tokens.count,
           tokens[index + 1].kind == .word("kerja"), tokens[index + 1].offset == next.end {
            index += 2
            return .workingDays
        }
        if case .word(let word) = next.kind, !Self.separatorWords.contains(word) {
            let phrase = "\(hari.text) \(next.text)"
            throw TimeSyntaxError(at: next.offset, .unknownUnit(phrase, candidates: ["hari kerja"]))
        }
        return .calendarDays
    }

    /// The "x24 jam" of "10x24 jam": a whole number of hours, counted on the wall clock.
    private mutating func wallHours(after times: TimeToken) throws(TimeSyntaxError) -> Unit {
        guard let token = current, case .number(let number) = token.kind else {
            throw TimeSyntaxError(at: current?.offset ?? times.offset, .wallHoursNeedNumber(after: times.text))
        }
        index += 1
        skipParenthesis()
        guard let unit = current, unit.kind == .word("jam") else {
            let at = current ?? token
            throw TimeSyntaxError(at: at.offset, .wallHoursOnlyForJam(written: current?.text))
        }
        index += 1
        guard !number.hasFraction else {
            throw TimeSyntaxError(at: number.offset, .wallHoursNeedWholeNumber)
        }
        switch number.scaled(by: 60, limit: Self.maxMinutes) {
        case .value(0): throw TimeSyntaxError(at: number.offset, .notPositive)
        case .value(let minutes): return .wallHours(multiplier: minutes / 60)
        case .notWhole, .tooLarge: throw TimeSyntaxError(at: number.offset, .tooLong)
        }
    }

    private mutating func skipParenthesis() {
        if current?.kind == .parenthesis { index += 1 }
    }

    private func isSeparator(_ token: TimeToken) -> Bool {
        if token.kind == .dash { return true }
        if case .word(let word) = token.kind { return Self.separatorWords.contains(word) }
        return false
    }

    private func unexpected(_ token: TimeToken) -> TimeSyntaxError {
        switch token.kind {
        case .unclosedParenthesis: TimeSyntaxError(at: token.offset, .unclosedParenthesis)
        case .word: TimeSyntaxError(at: token.offset, .unexpectedWord(token.text))
        default: TimeSyntaxError(at: token.offset, .unexpected(token.text))
        }
    }

    private func missingUnit(_ side: Side) -> TimeSyntaxError {
        TimeSyntaxError(at: side.number.offset, .missingUnit(after: side.number.text))
    }
}

extension TimeReader {
    /// The exact span of `number` in `unit`: whole minutes for menit/jam, whole days for hari.
    static func span(_ number: WrittenNumber, _ unit: Unit) throws(TimeSyntaxError) -> TimeSpan {
        // "1.000" reads as one in decimal and as a thousand in Indonesian; refuse to guess.
        if number.usesDot, number.fraction.count == 3 {
            throw TimeSyntaxError(at: number.offset, .ambiguousDot(number.text))
        }
        let factor: Int
        switch unit {
        case .minutes: factor = 1
        case .hours: factor = 60
        case .wallHours(let multiplier): factor = multiplier * 60
        case .workingDays, .calendarDays, .explicitCalendarDays: factor = 1
        case .weeks: factor = 7
        }
        let isDays = unit == .workingDays || unit == .calendarDays || unit == .explicitCalendarDays || unit == .weeks
        if number.hasFraction {
            if isDays {
                throw TimeSyntaxError(at: number.offset, .fractionalDays)
            }
            if case .wallHours = unit {
                throw TimeSyntaxError(at: number.offset, .wallHoursNeedWholeNumber)
            }
        }
        let value: Int
        switch number.scaled(by: factor, limit: isDays ? maxDays : maxMinutes) {
        case .value(let v): value = v
        case .notWhole:
            throw TimeSyntaxError(at: number.offset, .notWholeMinutes(number.text))
        case .tooLarge:
            throw TimeSyntaxError(at: number.offset, .tooLong)
        }
        guard value > 0 else { throw TimeSyntaxError(at: number.offset, .notPositive) }
        switch unit {
        case .minutes, .hours: return .officeMinutes(value)
        case .wallHours: return .wallMinutes(value)
        case .workingDays: return .workingDays(value)
        case .calendarDays: return .days(value)
        case .explicitCalendarDays, .weeks: return .calendarDays(value)
        }
    }

    /// Both ends of a range must be counted the same way for the range to mean anything.
    static func sameKind(_ a: TimeSpan, _ b: TimeSpan) -> Bool {
        switch (a, b) {
        case (.officeMinutes, .officeMinutes), (.wallMinutes, .wallMinutes),
             (.workingDays, .workingDays), (.calendarDays, .calendarDays), (.days, .days): true
        default: false
        }
    }
}
