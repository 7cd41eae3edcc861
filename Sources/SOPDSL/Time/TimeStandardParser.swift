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
            diagnostics.emit(.malformedTime, "waktu kosong; hapus 'waktu' atau tulis \"-\" bila tidak ada standar waktu",
                             at: location, notes: commonNotes)
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
            var notes = error.notes
            // A whole text that is a typo of "Tentative" and the like gets its own suggestion; only a
            // close one, since "sesuai peraturan" must not be steered to "sesuai kebutuhan".
            if error.offset == 0, !normalized.contains(where: \.isNumber),
               let word = EditDistance.suggestion(for: normalized, among: noStandardSuggestions),
               EditDistance.distance(normalized, word) <= 2 {
                notes.append("mungkin maksud Anda '\(word)'?")
            }
            diagnostics.emit(.malformedTime, "waktu '\(shortened(written))' tidak dikenali",
                             at: location.advanced(by: error.offset), notes: notes + commonNotes)
            return nil
        }
        if let offset = reading.calendarDayOffset, dayReading == nil {
            diagnostics.emit(.calendarDays, "\"hari\" tanpa \"kerja\" dihitung sebagai hari kalender",
                             at: location.advanced(by: offset), notes: [
                                 "putusan MK No. 31/PUU-XVI/2018 membaca \"hari\" dalam UU Pemilu sebagai hari kerja; "
                                     + "tulis \"hari kerja\" atau \"x24 jam\" agar jelas",
                             ])
        }
        if let lower = reading.lower, lower.roughMinutes > reading.upper.roughMinutes {
            diagnostics.emit(.invertedRange, "rentang waktu '\(shortened(written))' terbalik: batas bawah lebih lama dari batas atas",
                             at: location, notes: ["tenggat dihitung dari batas atas; tulis yang lebih singkat dulu, misalnya \"1-2 jam\""])
            return nil
        }
        return TimeStandard(written: written, rule: .limit(lower: reading.lower, upper: reading.upper), location: location)
            .resolvingDays(dayReading)
    }

    /// Texts meaning "no standard, no deadline", compared lowercased with spaces collapsed.
    static let noStandard: Set<String> = ["tentative", "tentatif", "-", "\u{2013}", "\u{2014}", "sesuai kebutuhan", "sesuai peraturan", "menyesuaikan"]

    static let noStandardSuggestions = ["Tentative", "tentatif", "sesuai kebutuhan", "sesuai peraturan", "menyesuaikan"]

    static let commonNotes = [
        "bentuk yang diterima: " + acceptedForms.map { "\"\($0)\"" }.joined(separator: ", "),
        "untuk tenggat yang ditulis dengan kata-kata, tulis waktu: {bebas: \"...\", hitung: \"10 hari kerja\"}",
    ]

    /// Keeps a message readable when the author pasted a paragraph into `waktu`.
    static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}

/// Why a `waktu` was not understood: the notes to print and the scalar offset to point at.
struct TimeSyntaxError: Error {
    var offset: Int
    var notes: [String]

    init(at offset: Int, _ reason: String, _ extra: [String] = []) {
        self.offset = offset
        self.notes = [reason] + extra
    }
}
