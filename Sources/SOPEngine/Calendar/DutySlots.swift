import Foundation
import SOPDSL

/// The occurrences of a recurring duty on one local day: when each is due, the window in which
/// doing the duty counts for it, and until when a late record still counts. The agenda reports
/// them; recording a duty uses them so that one occurrence is never recorded twice.
public enum DutySlots {
    public struct Slot: Sendable, Hashable {
        public var due: Date
        public var window: DateInterval
        public var lateUntil: Date
    }

    /// Fixed-time duties count as done from 30 minutes before to 60 minutes after the hour.
    public static let before: TimeInterval = 30 * 60, after: TimeInterval = 60 * 60

    /// None on a day off.
    public static func slots(_ schedule: DutySchedule, on date: CalendarDate, calculator: DeadlineCalculator) throws(CalendarError) -> [Slot] {
        guard try calculator.isWorkingDay(date) else { return [] }
        let start = calculator.instant(date, ClockTime(hour: 0, minute: 0))
        let day = DateInterval(start: start, duration: 86_400)
        switch schedule {
        case .at(let minutes):
            return minutes.map { m in
                let due = calculator.instant(date, ClockTime(minutes: m))
                return Slot(due: due, window: DateInterval(start: due - before, end: due + after), lateUntil: day.end)
            }
        case .every(let interval):
            // Every N office minutes from the day's opening: each slot's window is the stretch since the last.
            var result: [Slot] = []
            let opening = try calculator.nextOpening(after: day.start)
            var from = opening
            guard day.contains(from) else { return [] }
            for k in 1...200 {
                let due = try calculator.deadline(from: opening, span: .officeMinutes(k * interval))
                guard day.contains(due), due > from else { break }
                result.append(Slot(due: due, window: DateInterval(start: from, end: due), lateUntil: due))
                from = due
            }
            return result
        }
    }

    /// The occurrence a record made at `instant` is for: the one whose window holds it, else the
    /// latest one it is late for; nil when it is for none (a day off, before the first window).
    public static func occurrence(at instant: Date, among slots: [Slot]) -> Slot? {
        slots.first { $0.window.contains(instant) }
            ?? slots.last { $0.window.end < instant && instant <= $0.lateUntil }
    }

    /// The occurrence of `duty` a record at `instant` is for, on that instant's local day.
    public static func occurrence(of duty: RecurringDuty, at instant: Date, calculator: DeadlineCalculator) throws(CalendarError) -> Slot? {
        occurrence(at: instant, among: try slots(duty.schedule, on: calculator.localDate(of: instant), calculator: calculator))
    }
}
