/// A day of the week, named as the calendar file names it (`senin` .. `minggu`).
public enum Weekday: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case senin, selasa, rabu, kamis, jumat, sabtu, minggu

    /// Foundation's numbering (`Calendar.component(.weekday, ...)`): Sunday is 1, Saturday 7.
    public init?(foundationWeekday: Int) {
        let order: [Weekday] = [.minggu, .senin, .selasa, .rabu, .kamis, .jumat, .sabtu]
        guard (1...7).contains(foundationWeekday) else { return nil }
        self = order[foundationWeekday - 1]
    }

    /// The printed name ("Senin").
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public static func < (a: Weekday, b: Weekday) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A local wall-clock time of day, in whole minutes after midnight (0 ... 1440; 24:00 ends a day).
public struct ClockTime: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// "07:30".
    public var description: String {
        (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// One stretch of office time on a weekday ("07:30-12:00"), where it was written.
public struct OfficeInterval: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: ClockTime
    public var end: ClockTime
    public var location: SourceLocation

    public init(start: ClockTime, end: ClockTime, location: SourceLocation) {
        self.start = start; self.end = end; self.location = location
    }

    public var minutes: Int { end.minutes - start.minutes }

    public var description: String { "\(start)-\(end)" }
}

/// A weekday's office time: ordered, non-overlapping intervals (breaks are the gaps).
/// No interval means the office is closed that weekday.
public struct DayHours: Hashable, Sendable, Codable {
    public var intervals: [OfficeInterval]
    public var location: SourceLocation

    public init(intervals: [OfficeInterval], location: SourceLocation) {
        self.intervals = intervals; self.location = location
    }

    public var isOpen: Bool { !intervals.isEmpty }
    public var opening: ClockTime? { intervals.first?.start }
    public var closing: ClockTime? { intervals.last?.end }
    /// Office minutes in the day, breaks excluded.
    public var minutes: Int { intervals.reduce(0) { $0 + $1.minutes } }
}

/// Office time for each weekday; a weekday without an entry is closed.
public struct WeekHours: Hashable, Sendable, Codable {
    public var days: [Weekday: DayHours]

    public init(days: [Weekday: DayHours] = [:]) { self.days = days }

    public subscript(weekday: Weekday) -> DayHours? {
        get { days[weekday] }
        set { days[weekday] = newValue }
    }

    /// The weekdays the office opens, Monday first.
    public var openWeekdays: [Weekday] { Weekday.allCases.filter { days[$0]?.isOpen == true } }

    /// Office minutes in a week without days off (37.5 hours = 2250 for central government).
    public var weeklyMinutes: Int { days.values.reduce(0) { $0 + $1.minutes } }
}
