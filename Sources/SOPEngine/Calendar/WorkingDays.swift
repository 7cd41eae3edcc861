import Foundation
import SOPDSL

/// "N hari kerja": whole working days on the office calendar, never 24-hour blocks.
///
/// Both policies first ask where the start stands in office time: a start before opening,
/// after closing (or exactly at it), or on a day off stands at the opening of the next
/// working day, with that whole day still ahead. So Sunday 23:00, Monday 06:00 and Monday
/// 07:30 give the same deadline, as they are the same point in office time.
extension OfficeSchedule {
    func deadline(from start: Date, workingDays count: Int, policy: WorkingDayPolicy) throws(CalendarError) -> Date {
        guard count > 0 else { return start }
        let resumes = try nextOpening(after: start)
        let first = try day(localDate(of: resumes))
        if resumes == first.opening {
            // The whole first day is ahead: it is day 1 under both policies.
            return try closingOfWorkingDay(count, from: first)
        }
        switch policy {
        case .closeOfDay:
            // Part of the day has gone: day 1 is the next working day.
            return try closingOfWorkingDay(count, from: try workingDay(after: first.date))
        case .sameTime:
            return try sameClockTime(as: start, workingDays: count, after: first)
        }
    }

    /// The close of the `count`th working day, counting `first` as day 1.
    private func closingOfWorkingDay(_ count: Int, from first: OfficeDay) throws(CalendarError) -> Date {
        var day = first
        for _ in 1..<count { day = try workingDay(after: day.date) }
        return day.closing!
    }

    /// `start`'s clock time `count` working days later, pulled back to the last moment of office
    /// time at or before it: into a break -> the break's start; past closing -> the closing;
    /// at or before opening -> the close of the working day before.
    private func sameClockTime(as start: Date, workingDays count: Int, after first: OfficeDay) throws(CalendarError) -> Date {
        var target = first
        for _ in 0..<count { target = try workingDay(after: target.date) }
        let clock = clock(of: start)
        let due = instant(target.date, hour: clock.hour!, minute: clock.minute!, second: clock.second!, nanosecond: clock.nanosecond!)
        guard due > target.opening! else { return try workingDay(before: target.date).closing! }
        let interval = target.intervals.last { $0.start < due }!
        return min(due, interval.end)
    }
}
