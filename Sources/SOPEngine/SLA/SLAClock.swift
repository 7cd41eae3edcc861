import Foundation
import SOPDSL

/// Deadlines and lateness computed from recorded events and the calendar for any moment, never
/// by timers: a report for `at` is the same whenever it is run, and follows calendar changes.
public struct SLAClock: Sendable {
    public let calculator: DeadlineCalculator
    /// A step is "near" its deadline when this share of its standard (or less) is left.
    public var nearShare = 0.2

    public init(calculator: DeadlineCalculator) { self.calculator = calculator }

    public enum Status: Sendable, Hashable {
        /// No time standard (Tentative, -, free text) or a step inside a merged cell.
        case noStandard
        case onTime(leftMinutes: Int)
        case near(leftMinutes: Int)
        /// Late by this many minutes (office minutes for office-time standards, else wall minutes).
        case late(byMinutes: Int)
        /// The calendar does not cover the dates needed: said, not guessed.
        case unknown(String)
    }

    public struct Assessment: Sendable, Hashable {
        public var span: StepSpan
        public var deadline: Date?
        public var status: Status
        /// How long the step took (or has taken so far), in the standard's own kind of minutes.
        public var durationMinutes: Int?
    }

    public func assess(_ span: StepSpan, at moment: Date) -> Assessment {
        guard let standard = span.standard, let written = Self.upper(standard.rule) else {
            return Assessment(span: span, deadline: nil, status: .noStandard, durationMinutes: duration(span, at: moment, wall: false))
        }
        let upper = calculator.resolved(written)
        let wall = Self.countsWallTime(upper)
        do {
            let deadline = try calculator.deadline(from: span.activatedAt, span: upper)
            let end = span.measuredUntil ?? moment
            let overrun = try minutes(from: deadline, to: end, wall: wall)
            let status: Status
            if overrun > 0 {
                status = .late(byMinutes: overrun)
            } else if span.measuredUntil == nil, Double(-overrun) <= nearShare * Double(Self.size(upper)) {
                status = .near(leftMinutes: -overrun)
            } else {
                status = .onTime(leftMinutes: -overrun)
            }
            return Assessment(span: span, deadline: deadline, status: status, durationMinutes: duration(span, at: moment, wall: wall))
        } catch {
            return Assessment(span: span, deadline: nil, status: .unknown(error.message), durationMinutes: nil)
        }
    }

    func duration(_ span: StepSpan, at moment: Date, wall: Bool) -> Int? {
        try? minutes(from: span.activatedAt, to: span.measuredUntil ?? moment, wall: wall)
    }

    func minutes(from start: Date, to end: Date, wall: Bool) throws(CalendarError) -> Int {
        wall ? Int(end.timeIntervalSince(start) / 60) : try calculator.officeMinutes(from: start, to: end)
    }

    static func upper(_ rule: TimeRule) -> TimeSpan? {
        if case .limit(_, let upper) = rule { upper } else { nil }
    }

    static func countsWallTime(_ span: TimeSpan) -> Bool {
        switch span {
        case .wallMinutes, .calendarDays, .days: true
        case .officeMinutes, .workingDays: false
        }
    }

    /// The standard's size in its own minutes, for the "near" threshold (a working day = 450 office minutes).
    static func size(_ span: TimeSpan) -> Int {
        switch span {
        case .officeMinutes(let m), .wallMinutes(let m): m
        case .workingDays(let d): d * 450
        case .calendarDays(let d), .days(let d): d * 1440
        }
    }
}
