import Foundation
import SOPDSL

/// Deadlines and elapsed office time on one office's `WorkCalendar`.
///
/// Each step gets its own deadline from the moment it becomes active, counted on the calendar
/// of the office that holds it (an escalation to another office starts a fresh count on that
/// office's calendar, in its time zone). How each unit is counted:
///
/// - menit, jam (`officeMinutes`): office time only; an amount used up exactly at closing is due
///   at closing, not at the next opening.
/// - hari kerja (`workingDays`): whole working days; the end follows the calendar's
///   `hari_kerja_berakhir` policy (see docs/kalender.md).
/// - "NxN jam" (`wallMinutes`) and a bare "hari" (`calendarDays`): wall time, days off included.
///
/// Counting that needs a day outside the calendar's years throws `CalendarError.outsideCalendar`.
/// Wall time needs no calendar day, so it is counted for any date. Pure: no clock, no I/O.
public struct DeadlineCalculator: Sendable {
    public let calendar: WorkCalendar
    /// How "N hari kerja" ends; the calendar's own policy unless overridden.
    public let policy: WorkingDayPolicy
    private let schedule: OfficeSchedule

    public init(calendar: WorkCalendar, policy: WorkingDayPolicy? = nil) {
        self.calendar = calendar
        self.policy = policy ?? calendar.policy
        self.schedule = OfficeSchedule(calendar)
    }

    /// When a step that became active at `start` with this amount of time is due.
    public func deadline(from start: Date, span: TimeSpan) throws(CalendarError) -> Date {
        switch resolved(span) {
        case .officeMinutes(let minutes):
            guard minutes >= 0 else { throw .negativeSpan(span) }
            return try schedule.advance(start, officeSeconds: TimeInterval(minutes) * 60)
        case .workingDays(let days):
            guard days >= 0 else { throw .negativeSpan(span) }
            return try schedule.deadline(from: start, workingDays: days, policy: policy)
        case .wallMinutes(let minutes):
            guard minutes >= 0 else { throw .negativeSpan(span) }
            return start.addingTimeInterval(TimeInterval(minutes) * 60)
        case .calendarDays(let days):
            guard days >= 0 else { throw .negativeSpan(span) }
            return schedule.gregorian.date(byAdding: .day, value: days, to: start)!
        case .days:
            preconditionFailure("resolved(_:) never returns .days")
        }
    }

    /// A bare "hari" read as the office calendar says (`hari:`), else as calendar days. An SOP's
    /// own `hari:` is applied before the span reaches here (`TimeStandard.resolvingDays`).
    public func resolved(_ span: TimeSpan) -> TimeSpan {
        guard case .days(let n) = span else { return span }
        return calendar.dayReading == .working ? .workingDays(n) : .calendarDays(n)
    }

    /// The deadline for a step's time standard: the upper bound of a range ("1-2 jam" is due
    /// after 2 jam); nil for "Tentative", "-" and free text, which have no deadline.
    public func deadline(from start: Date, rule: TimeRule) throws(CalendarError) -> Date? {
        guard let span = Self.span(of: rule) else { return nil }
        return try deadline(from: start, span: span)
    }

    /// The deadline with the clock stopped during `waits` (waiting for the outside party).
    /// A wait still going on can be passed as ending now: the result is then the deadline
    /// if the case resumed now. Waits that begin at or after the unpaused deadline change nothing.
    public func deadline(from start: Date, span: TimeSpan, pausedDuring waits: [DateInterval]) throws(CalendarError) -> Date {
        let due = try deadline(from: start, span: span)
        return try schedule.deadline(from: start, span: resolved(span), unpaused: due, pauses: waits)
    }

    /// `deadline(from:span:pausedDuring:)` for a time standard; nil when it has no deadline.
    public func deadline(from start: Date, rule: TimeRule, pausedDuring waits: [DateInterval]) throws(CalendarError) -> Date? {
        guard let span = Self.span(of: rule) else { return nil }
        return try deadline(from: start, span: span, pausedDuring: waits)
    }

    /// Office minutes between two instants, whole minutes rounded toward zero; negative when
    /// `end` is before `start`. `officeMinutes(from: due, to: now)` says how late a step is, in
    /// office time (positive) or how much office time is left (negative).
    public func officeMinutes(from start: Date, to end: Date) throws(CalendarError) -> Int {
        if end < start { return -(try officeMinutes(from: end, to: start)) }
        return Int(try schedule.officeSeconds(from: start, to: end) / 60)
    }

    /// Whether the local day of `instant` is a working day (an open weekday, not a day off).
    public func isWorkingDay(_ instant: Date) throws(CalendarError) -> Bool {
        try isWorkingDay(schedule.localDate(of: instant))
    }

    /// Whether `date` is a working day on this calendar.
    public func isWorkingDay(_ date: CalendarDate) throws(CalendarError) -> Bool {
        try schedule.day(date).isWorkingDay
    }

    /// Whether office time runs at `instant` (not in a break, not after closing, not on a day off).
    public func isOpen(at instant: Date) throws(CalendarError) -> Bool {
        try schedule.isOpen(at: instant)
    }

    /// The first moment at or after `instant` at which office time runs: `instant` itself during
    /// office hours, else the end of the break, the next morning, or the first day after days off.
    public func nextOpening(after instant: Date) throws(CalendarError) -> Date {
        try schedule.nextOpening(after: instant)
    }

    /// The days off on the calendar between two instants' local days, inclusive (to explain why
    /// a deadline moved: "melewati cuti bersama Idul Fitri ...").
    public func daysOff(from start: Date, to end: Date) -> [DayOff] {
        let first = schedule.localDate(of: start), last = schedule.localDate(of: end)
        return calendar.daysOff.filter { $0.date >= first && $0.date <= last }
    }

    /// The local day of `instant` in the calendar's time zone.
    public func localDate(of instant: Date) -> CalendarDate {
        schedule.localDate(of: instant)
    }

    /// The instant of a local date and clock time in the calendar's time zone.
    public func instant(_ date: CalendarDate, _ time: ClockTime) -> Date {
        schedule.instant(date, time)
    }

    static func span(of rule: TimeRule) -> TimeSpan? {
        switch rule {
        case .limit(_, let upper): upper
        case .none, .freeText: nil
        }
    }
}
