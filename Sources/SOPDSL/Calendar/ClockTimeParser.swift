/// Reads office-hour text: a time "07:30" (also "7:30", and "07.30" as Indonesian texts write it)
/// and an interval "07:30-12:00" (spaces and an en dash allowed around the separator).
enum ClockTimeParser {
    /// Why the text is not a time or interval, and the scalar offset to point at.
    struct Failure: Error {
        var offset: Int
        var reason: ClockTimeFailure
    }

    /// A time of day; `24:00` only when `endOfDay` (the end of an interval may reach midnight).
    static func time(_ text: String, endOfDay: Bool = false) throws(Failure) -> ClockTime {
        try time(Array(text.unicodeScalars), from: 0, endOfDay: endOfDay)
    }

    /// An interval "start-end" with start before end.
    static func interval(_ text: String) throws(Failure) -> (start: ClockTime, end: ClockTime, endOffset: Int) {
        let scalars = Array(text.unicodeScalars)
        guard let dash = scalars.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) else {
            throw Failure(offset: 0, reason: .noDash(text))
        }
        let start = try time(Array(scalars[..<dash]), from: 0, endOfDay: false)
        let endOffset = dash + 1 + leadingSpaces(scalars[(dash + 1)...])
        let end = try time(Array(scalars[(dash + 1)...]), from: dash + 1, endOfDay: true)
        guard start < end else {
            throw Failure(offset: endOffset, reason: .emptyInterval(text))
        }
        return (start, end, endOffset)
    }

    /// Parses `scalars` (which start at `base` in the whole text), trimming spaces around.
    private static func time(_ scalars: [Unicode.Scalar], from base: Int, endOfDay: Bool) throws(Failure) -> ClockTime {
        let lead = leadingSpaces(scalars[...])
        let body = Array(scalars[lead...].reversed().drop { $0 == " " }.reversed())
        let offset = base + lead
        let text = String(String.UnicodeScalarView(body))
        guard let separator = body.firstIndex(where: { $0 == ":" || $0 == "." }),
              (1...2).contains(separator), body.count - separator - 1 == 2,
              body.indices.allSatisfy({ $0 == separator || ("0"..."9").contains(body[$0]) }),
              let hour = Int(String(String.UnicodeScalarView(body[..<separator]))),
              let minute = Int(String(String.UnicodeScalarView(body[(separator + 1)...])))
        else {
            throw Failure(offset: offset, reason: .notATime(text))
        }
        guard minute < 60, hour < 24 || (hour == 24 && minute == 0 && endOfDay) else {
            throw Failure(offset: offset, reason: .outOfRange(text, endOfDay: endOfDay))
        }
        return ClockTime(hour: hour, minute: minute)
    }

    private static func leadingSpaces(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.prefix { $0 == " " }.count
    }
}
