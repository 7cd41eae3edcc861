import Foundation
import SOPDSL

/// Deadlines with the clock stopped while the case waits for the outside party
/// (an explicit waiting state): the time already used is kept, and the rest resumes
/// when the wait ends.
///
/// The budget is the time, in the span's own clock, between the start and the deadline
/// without waits: office time for menit/jam/hari kerja, wall time for "NxN jam" and "hari".
/// A wait that begins at or after the deadline does not move it: the step was already late.
extension OfficeSchedule {
    /// Which clock a span runs on.
    enum Measure { case office, wall }

    func deadline(from start: Date, span: TimeSpan, unpaused due: Date, pauses: [DateInterval]) throws(CalendarError) -> Date {
        let waits = Self.merged(pauses, after: start)
        guard !waits.isEmpty else { return due }
        let clock: Measure = switch span {
        case .officeMinutes, .workingDays: .office
        case .wallMinutes, .calendarDays, .days: .wall
        }
        var remaining = try elapsed(clock, from: start, to: due)
        var cursor = start
        for wait in waits {
            let dueNow = try advance(clock, from: cursor, by: remaining)
            guard wait.start < dueNow else { return dueNow }
            remaining -= try elapsed(clock, from: cursor, to: wait.start)
            cursor = max(cursor, wait.end)
        }
        return try advance(clock, from: cursor, by: remaining)
    }

    private func elapsed(_ clock: Measure, from start: Date, to end: Date) throws(CalendarError) -> TimeInterval {
        switch clock {
        case .office: try officeSeconds(from: start, to: end)
        case .wall: max(0, end.timeIntervalSince(start))
        }
    }

    private func advance(_ clock: Measure, from start: Date, by seconds: TimeInterval) throws(CalendarError) -> Date {
        switch clock {
        case .office: try advance(start, officeSeconds: seconds)
        case .wall: start.addingTimeInterval(seconds)
        }
    }

    /// Waits clipped to after `start`, sorted, overlapping ones joined.
    static func merged(_ pauses: [DateInterval], after start: Date) -> [DateInterval] {
        var result: [DateInterval] = []
        for pause in pauses.sorted(by: { $0.start < $1.start }) where pause.end > start {
            let clipped = DateInterval(start: max(pause.start, start), end: pause.end)
            if let last = result.last, clipped.start <= last.end {
                result[result.count - 1] = DateInterval(start: last.start, end: max(last.end, clipped.end))
            } else {
                result.append(clipped)
            }
        }
        return result
    }
}
