import Foundation
import SOPDSL

/// One local day of an office: its office time as absolute intervals (empty on a day off).
struct OfficeDay: Sendable {
    let date: CalendarDate
    let intervals: [DateInterval]
    /// Why the office is closed on a weekday it normally opens.
    let daysOff: [DayOff]

    var isWorkingDay: Bool { !intervals.isEmpty }
    var opening: Date? { intervals.first?.start }
    var closing: Date? { intervals.last?.end }
}

/// A `WorkCalendar` seen in local time: turns instants into local days and local days into
/// office intervals, using Foundation's Gregorian calendar in the calendar's own time zone
/// (never the machine's, never a fixed offset).
struct OfficeSchedule: Sendable {
    let calendar: WorkCalendar
    let gregorian: Calendar
    private let daysOff: [CalendarDate: [DayOff]]
    /// Days and midnights already worked out (`ScheduleMemo`).
    private let memo: ScheduleMemo

    init(_ calendar: WorkCalendar) {
        self.calendar = calendar
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        self.gregorian = gregorian
        self.daysOff = Dictionary(grouping: calendar.daysOff, by: \.date)
        // Days before the first covered year's 1 January (and a margin for zones) index from here.
        self.memo = ScheduleMemo(firstDay: Timestamp.days(fromCivil: Int64(calendar.years.range.lowerBound), 1, 1) - 2,
                                 count: (calendar.years.range.count + 1) * 366 + 4)
    }

    var covered: ClosedRange<Int> { calendar.years.range }

    /// The local day `instant` falls on: the day whose local midnight is at or before it and
    /// whose next midnight is after it (any zone within a day of UTC), else as Foundation says.
    func localDate(of instant: Date) -> CalendarDate {
        if let known = memo.lastDay(containing: instant) { return known }
        let utcDay = Int64((instant.timeIntervalSince1970 / 86_400).rounded(.down))
        for n in [utcDay, utcDay + 1, utcDay - 1] {
            let (y, m, d) = Timestamp.civil(fromDays: n)
            guard let date = CalendarDate(year: Int(y), month: Int(m), day: Int(d)) else { break }
            let start = midnight(date), end = midnight(date.next)
            if start <= instant && instant < end {
                memo.keep(lastDay: date, from: start, to: end)
                return date
            }
        }
        return foundationLocalDate(of: instant)
    }

    private func foundationLocalDate(of instant: Date) -> CalendarDate {
        let parts = gregorian.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The instant of a local date and clock time; 24:00 is the next day's midnight.
    func instant(_ date: CalendarDate, _ time: ClockTime) -> Date {
        if time.minutes >= 24 * 60 { return instant(date.next, ClockTime(minutes: time.minutes - 24 * 60)) }
        if time.minutes == 0 { return midnight(date) }
        return instant(date, hour: time.hour, minute: time.minute, second: 0, nanosecond: 0)
    }

    func instant(_ date: CalendarDate, hour: Int, minute: Int, second: Int, nanosecond: Int) -> Date {
        let parts = DateComponents(year: date.year, month: date.month, day: date.day,
                                   hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        return gregorian.date(from: parts)!
    }

    /// The local clock reading of `instant` on its own day.
    func clock(of instant: Date) -> DateComponents {
        gregorian.dateComponents([.hour, .minute, .second, .nanosecond], from: instant)
    }

    func weekday(of date: CalendarDate) -> Weekday {
        Weekday(foundationWeekday: gregorian.component(.weekday, from: instant(date, ClockTime(minutes: 12 * 60))))!
    }

    /// The local midnight starting `date`.
    func midnight(_ date: CalendarDate) -> Date {
        if let known = memo.midnight(date) { return known }
        let start = instant(date, hour: 0, minute: 0, second: 0, nanosecond: 0)
        memo.keep(midnight: start, for: date)
        return start
    }

    /// The office day for `date`; throws outside the years the calendar lists.
    func day(_ date: CalendarDate) throws(CalendarError) -> OfficeDay {
        if let known = memo.day(date) { return known }
        let day = try computedDay(date)
        memo.keep(day)
        return day
    }

    private func computedDay(_ date: CalendarDate) throws(CalendarError) -> OfficeDay {
        guard covered.contains(date.year) else {
            throw .outsideCalendar(year: date.year, covered: covered, date: date)
        }
        let off = daysOff[date] ?? []
        guard off.isEmpty, let hours = calendar.hours[weekday(of: date)] else {
            return OfficeDay(date: date, intervals: [], daysOff: off)
        }
        let intervals = hours.intervals.map { DateInterval(start: instant(date, $0.start), end: instant(date, $0.end)) }
        return OfficeDay(date: date, intervals: intervals, daysOff: [])
    }

    /// The first working day after `date`.
    func workingDay(after date: CalendarDate) throws(CalendarError) -> OfficeDay {
        var next = date.next
        while true {
            let day = try day(next)
            if day.isWorkingDay { return day }
            next = next.next
        }
    }

    /// The last working day before `date`.
    func workingDay(before date: CalendarDate) throws(CalendarError) -> OfficeDay {
        var previous = date.previous
        while true {
            let day = try day(previous)
            if day.isWorkingDay { return day }
            previous = previous.previous
        }
    }
}

/// The office days and local midnights a schedule has worked out, kept for its lifetime: a
/// report over a year of cases asks for the same few hundred days hundreds of thousands of
/// times, and each costs several Foundation calendar calls. A kept value is exactly the one
/// computed (the calendar never changes under a schedule); bounded by the days asked for.
final class ScheduleMemo: @unchecked Sendable {
    private let lock = NSLock()
    /// By day number (days since 1970) from `firstDay`, over the covered years: an array index,
    /// not a hash, on the report's hot path. Days outside are kept in the dictionaries.
    private let firstDay: Int64
    private var days: [OfficeDay?]
    private var midnights: [Date?]
    private var otherMidnights: [CalendarDate: Date] = [:]
    /// The local day last found, with its midnights: the next instant asked about is mostly on it.
    private var last: (date: CalendarDate, start: Date, end: Date)?

    func lastDay(containing instant: Date) -> CalendarDate? {
        lock.withLock {
            guard let last, last.start <= instant, instant < last.end else { return nil }
            return last.date
        }
    }

    func keep(lastDay date: CalendarDate, from start: Date, to end: Date) { lock.withLock { last = (date, start, end) } }

    init(firstDay: Int64, count: Int) {
        self.firstDay = firstDay
        days = Array(repeating: nil, count: max(0, count))
        midnights = Array(repeating: nil, count: max(0, count))
    }

    private func slot(_ date: CalendarDate) -> Int? {
        let i = Timestamp.days(fromCivil: Int64(date.year), Int64(date.month), Int64(date.day)) - firstDay
        return i >= 0 && i < Int64(days.count) ? Int(i) : nil
    }

    func day(_ date: CalendarDate) -> OfficeDay? {
        guard let i = slot(date) else { return nil }
        return lock.withLock { days[i] }
    }

    func keep(_ day: OfficeDay) {
        guard let i = slot(day.date) else { return }
        lock.withLock { days[i] = day }
    }

    func midnight(_ date: CalendarDate) -> Date? {
        let i = slot(date)
        return lock.withLock { i.map { midnights[$0] } ?? otherMidnights[date] }
    }

    func keep(midnight: Date, for date: CalendarDate) {
        let i = slot(date)
        lock.withLock { if let i { midnights[i] = midnight } else { otherMidnights[date] = midnight } }
    }
}
