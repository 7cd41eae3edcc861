import Foundation
import SOPDSL

/// Office time: the clock that runs only inside office intervals, stopping for breaks,
/// after closing, at weekends and on days off.
///
/// One convention throughout: an amount that is used up exactly at the end of an interval
/// is due at that end (16:00), not at the next opening, so a deadline never lands in a
/// break or overnight.
extension OfficeSchedule {
    /// The moment `seconds` of office time after `start` have run.
    func advance(_ start: Date, officeSeconds seconds: TimeInterval) throws(CalendarError) -> Date {
        guard seconds > 0 else { return start }
        var remaining = seconds
        var date = localDate(of: start)
        while true {
            for interval in try day(date).intervals where interval.end > start {
                let from = max(interval.start, start)
                let available = interval.end.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
            date = date.next
        }
    }

    /// Office time between two instants (zero when `end` is not after `start`).
    func officeSeconds(from start: Date, to end: Date) throws(CalendarError) -> TimeInterval {
        guard start < end else { return 0 }
        var total: TimeInterval = 0
        var date = localDate(of: start)
        // A day that begins at or after `end` adds nothing, so it need not be on the calendar.
        while instant(date, ClockTime(minutes: 0)) < end {
            for interval in try day(date).intervals {
                let from = max(interval.start, start), to = min(interval.end, end)
                if to > from { total += to.timeIntervalSince(from) }
            }
            date = date.next
        }
        return total
    }

    /// `instant` itself when office time runs then, otherwise the start of the next office interval.
    func nextOpening(after instant: Date) throws(CalendarError) -> Date {
        var date = localDate(of: instant)
        while true {
            if let interval = try day(date).intervals.first(where: { $0.end > instant }) {
                return max(interval.start, instant)
            }
            date = date.next
        }
    }

    /// Whether office time runs at `instant` (an interval's start counts, its end does not).
    func isOpen(at instant: Date) throws(CalendarError) -> Bool {
        try day(localDate(of: instant)).intervals.contains { $0.start <= instant && instant < $0.end }
    }
}
