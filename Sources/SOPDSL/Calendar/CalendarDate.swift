/// A day on the wall calendar (no time, no zone): the unit days off are declared in.
///
/// Kept free of a source location on purpose, so it can key a lookup table; the values that
/// carry one (`DayOff`) hold their location beside it. Day arithmetic is pure proleptic
/// Gregorian arithmetic, the same in every time zone, so it needs no Foundation calendar.
public struct CalendarDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil when the day does not exist (2025-02-29, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Reads "2024-04-10" (exactly four, two and two digits).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "2024-04-10".
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public var description: String { iso }

    /// The next day on the calendar (31 December rolls into the next year).
    public var next: CalendarDate {
        if day < Self.daysIn(month: month, year: year) { return Self(unchecked: year, month, day + 1) }
        if month < 12 { return Self(unchecked: year, month + 1, 1) }
        return Self(unchecked: year + 1, 1, 1)
    }

    /// The previous day on the calendar.
    public var previous: CalendarDate {
        if day > 1 { return Self(unchecked: year, month, day - 1) }
        if month > 1 { return Self(unchecked: year, month - 1, Self.daysIn(month: month - 1, year: year)) }
        return Self(unchecked: year - 1, 12, 31)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year; self.month = month; self.day = day
    }
}
