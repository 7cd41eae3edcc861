/// Reads a step's `waktu` (mutu baku waktu) into a `TimeStandard`.
///
/// Grammar (units case-insensitive, whitespace free, "(satu)" after any number ignored):
///
///     waktu  := none | side | side sep side       -- a range; the left side may borrow the right's unit
///     none   := Tentative | tentatif | - | – | — | sesuai kebutuhan | sesuai peraturan | menyesuaikan
///     side   := number [unit]
///     unit   := menit | mnt | jam | hari kerja | hari-kerja | hari | (x | ×) integer jam
///     sep    := - | – | — | s.d. | s/d | sampai [dengan] | hingga
///     number := digits [(, | .) digits]
public enum TimeStandardParser {
    /// The accepted forms, listed in SOP301's notes and in the authoring guide.
    public static let acceptedForms: [String] = [
        "5 menit", "1 jam", "1-2 jam", "1 hari kerja", "10x24 jam", "3 hari", "2 minggu", "Tentative", "-",
    ]

    /// Parses a `waktu` as written. `location` is where the text starts in the file.
    /// Returns nil and emits SOP301 when the text is not understood; emits SOP303 for an inverted
    /// range (and returns nil); emits the warning SOP302 for calendar "hari" (and still returns the value).
    public static func parse(
        _ written: String, at location: SourceLocation, dayReading: DayReading? = nil, diagnostics: inout DiagnosticCollector
    ) -> TimeStandard? {
        let normalized = written.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if normalized.isEmpty {
            diagnostics.emit(.time(.emptyTime), at: location)
            return nil
        }
        if noStandard.contains(normalized) {
            return TimeStandard(written: written, rule: .none, location: location)
        }
        var reader = TimeReader(tokens: TimeTokenizer.tokens(of: written))
        let reading: TimeReader.Reading
        do {
            reading = try reader.read()
        } catch {
            // A legal deadline in words ("paling lambat 10 hari kerja sejak ..."): printed verbatim,
            // counted from the one duration phrase inside it.
            if let embedded = DeadlinePhrase.find(in: written) {
                var inner = DiagnosticCollector()
                if let standard = parse(embedded.text, at: location.advanced(by: embedded.offset), dayReading: dayReading, diagnostics: &inner) {
                    diagnostics.append(contentsOf: inner.diagnostics)
                    return TimeStandard(written: written, rule: standard.rule, location: location)
                }
            }
            // A whole text that is a typo of "Tentative" and the like gets its own suggestion; only a
            // close one, since "sesuai peraturan" must not be steered to "sesuai kebutuhan".
            var suggestion: String?
            if error.offset == 0, !normalized.contains(where: \.isNumber),
               let word = EditDistance.suggestion(for: normalized, among: noStandardSuggestions),
               EditDistance.distance(normalized, word) <= 2 {
                suggestion = word
            }
            diagnostics.emit(.time(.unrecognized(written, reason: error.reason, suggestion: suggestion)),
                             at: location.advanced(by: error.offset))
            return nil
        }
        if let offset = reading.calendarDayOffset, dayReading == nil {
            diagnostics.emit(.time(.bareHari), at: location.advanced(by: offset))
        }
        if let lower = reading.lower, lower.roughMinutes > reading.upper.roughMinutes {
            diagnostics.emit(.time(.invertedRange(written)), at: location)
            return nil
        }
        return TimeStandard(written: written, rule: .limit(lower: reading.lower, upper: reading.upper), location: location)
            .resolvingDays(dayReading)
    }

    /// Texts meaning "no standard, no deadline", compared lowercased with spaces collapsed.
    static let noStandard: Set<String> = ["tentative", "tentatif", "-", "\u{2013}", "\u{2014}", "sesuai kebutuhan", "sesuai peraturan", "menyesuaikan"]

    static let noStandardSuggestions = ["Tentative", "tentatif", "sesuai kebutuhan", "sesuai peraturan", "menyesuaikan"]
}

/// Why a `waktu` was not understood, and the scalar offset to point at.
struct TimeSyntaxError: Error {
    var offset: Int
    var reason: TimeSyntaxReason

    init(at offset: Int, _ reason: TimeSyntaxReason) {
        self.offset = offset
        self.reason = reason
    }
}
