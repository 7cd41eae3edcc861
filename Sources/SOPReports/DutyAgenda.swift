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

    public static func build(sop: SOP, done: [(CaseEvent, DutyDone)], calculator: DeadlineCalculator,
                             day date: CalendarDate, now: Date) throws -> DutyAgenda {
        guard try calculator.isWorkingDay(date) else { return DutyAgenda(day: date, isWorkingDay: false, slots: []) }
        let day = ReportDay(date, calculator: calculator).interval
        var slots: [Slot] = []
        for duty in sop.recurringDuties {
            let records = done.filter { $0.1.duty == duty.id && day.contains($0.0.occurredAt) }.map(\.0)
            let activity = duty.activity.value.split(separator: "\n").first.map(String.init) ?? ""
            for slot in try DutySlots.slots(duty.schedule, on: date, calculator: calculator) {
                let (due, window, lateUntil) = (slot.due, slot.window, slot.lateUntil)
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
}
