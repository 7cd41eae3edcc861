import Foundation
import SOPDSL
import SOPEngine

/// `sop agenda`: the recurring duties of an SOP due on a day, and which were done, late or missed.
public struct DutyAgenda: Sendable {
    public enum SlotStatus: String, Sendable { case done = "dilakukan", late = "terlambat", missed = "terlewat", due = "berjalan", upcoming = "akan datang" }

    public struct Slot: Sendable, Hashable {
        public var duty: String
        public var activity: String
        public var due: Date
        /// The window in which doing the duty counts for this slot.
        public var window: DateInterval
        public var status: SlotStatus
        public var doneBy: String?
        public var doneAt: Date?
    }

    public var day: CalendarDate
    public var isWorkingDay: Bool
    public var slots: [Slot]

    /// Fixed-time duties count as done from 30 minutes before to 60 minutes after the hour.
    static let before: TimeInterval = 30 * 60, after: TimeInterval = 60 * 60

    public static func build(sop: SOP, done: [(CaseEvent, DutyDone)], calculator: DeadlineCalculator,
                             day date: CalendarDate, now: Date) throws -> DutyAgenda {
        guard try calculator.isWorkingDay(date) else { return DutyAgenda(day: date, isWorkingDay: false, slots: []) }
        let day = ReportDay(date, calculator: calculator).interval
        var slots: [Slot] = []
        for duty in sop.recurringDuties {
            let records = done.filter { $0.1.duty == duty.id && day.contains($0.0.occurredAt) }.map(\.0)
            let activity = duty.activity.value.split(separator: "\n").first.map(String.init) ?? ""
            for (due, window, lateUntil) in try windows(duty.schedule, day: day, date: date, calculator: calculator) {
                let inWindow = records.first { window.contains($0.occurredAt) }
                let lateRecord = inWindow == nil ? records.first { $0.occurredAt > window.end && $0.occurredAt <= lateUntil } : nil
                let status: SlotStatus
                if inWindow != nil { status = .done } else if lateRecord != nil { status = .late }
                else if now < window.start { status = .upcoming } else if now <= window.end { status = .due } else { status = .missed }
                let record = inWindow ?? lateRecord
                slots.append(Slot(duty: duty.id, activity: activity, due: due, window: window, status: status,
                                  doneBy: record?.actor.name, doneAt: record?.occurredAt))
            }
        }
        return DutyAgenda(day: date, isWorkingDay: true, slots: slots.sorted { ($0.due, $0.duty) < ($1.due, $1.duty) })
    }

    /// (due, window, late-until) per slot of a duty on a working day.
    static func windows(_ schedule: DutySchedule, day: DateInterval, date: CalendarDate,
                        calculator: DeadlineCalculator) throws -> [(Date, DateInterval, Date)] {
        switch schedule {
        case .at(let minutes):
            return minutes.map { m in
                let due = calculator.instant(date, ClockTime(minutes: m))
                return (due, DateInterval(start: due - before, end: due + after), day.end)
            }
        case .every(let interval):
            // Every N office minutes from the day's opening: each slot's window is the stretch since the last.
            var result: [(Date, DateInterval, Date)] = []
            var start = try calculator.nextOpening(after: day.start)
            guard day.contains(start) else { return [] }
            for k in 1...200 {
                let due = try calculator.deadline(from: try calculator.nextOpening(after: day.start), span: .officeMinutes(k * interval))
                guard day.contains(due), due > start else { break }
                result.append((due, DateInterval(start: start, end: due), due))
                start = due
            }
            return result
        }
    }
}
