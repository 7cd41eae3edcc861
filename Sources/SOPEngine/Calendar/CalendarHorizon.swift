import Foundation
import SOPDSL

/// How close the calendar is to its last listed day. Days off are decreed a year at a time, so a
/// calendar runs out; past its end no deadline can be counted, and offices must be told before.
public struct CalendarHorizon: Sendable, Hashable {
    /// Warn from this many days before the calendar's last day.
    public static let warningDays = 60

    /// 31 December of the calendar's last year.
    public let lastDay: CalendarDate
    /// Whole days from today (in the calendar's zone) to `lastDay`; negative once it has passed.
    public let daysLeft: Int

    public init(calendar: WorkCalendar, now: Date) {
        let last = calendar.years.range.upperBound
        lastDay = CalendarDate(year: last, month: 12, day: 31)!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: calendar.zone.identifier) ?? TimeZone(identifier: "Asia/Jakarta")!
        let today = gregorian.startOfDay(for: now)
        let end = gregorian.date(from: DateComponents(year: last, month: 12, day: 31))!
        daysLeft = gregorian.dateComponents([.day], from: today, to: end).day ?? 0
    }

    /// The warning to show, or nil while the calendar has more than `warningDays` left.
    public var warning: String? {
        guard daysLeft <= Self.warningDays else { return nil }
        let end = SOPDate(year: lastDay.year, month: 12, day: 31, location: .unknown()).printed
        if daysLeft < 0 {
            return "kalender kerja sudah berakhir pada \(end): tenggat sesudah tanggal itu tidak dapat dihitung dan dilaporkan "
                + "\"tidak dapat dihitung\", bukan tepat waktu. Tambahkan hari libur tahun berikutnya (docs/kalender.md)."
        }
        let when = daysLeft == 0 ? "hari ini" : "\(daysLeft) hari lagi"
        return "kalender kerja berakhir pada \(end) (\(when)): tenggat yang melewati tanggal itu tidak dapat dihitung. "
            + "Tambahkan hari libur tahun berikutnya begitu Keputusan Bersama-nya terbit (docs/kalender.md)."
    }
}
