import Foundation
import SOPDSL

/// Deadlines and lateness computed from recorded events and the calendar for any moment, never
/// by timers: a report for `at` is the same whenever it is run, and follows calendar changes.
public struct SLAClock: Sendable {
    public let calculator: DeadlineCalculator
    /// A step is "near" its deadline when this share of its standard (or less) is left.
    public var nearShare = 0.2

    /// The calendars of the offices a case is escalated to, by level: each level counts its own
    /// clock on its own calendar (`kalender_tingkat` in the roster). Levels not named use `calculator`.
    public let levels: [OrgLevel: DeadlineCalculator]

    public init(calculator: DeadlineCalculator, levels: [OrgLevel: DeadlineCalculator] = [:]) {
        self.calculator = calculator
        self.levels = levels
    }

    /// The calendar a span's clock runs on: its level's office, else this office.
    public func calculator(for span: StepSpan) -> DeadlineCalculator {
        guard !levels.isEmpty, let level = span.level else { return calculator }
        return levels[level] ?? calculator
    }

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
        /// Which clock the standard counts on: office time per the calendar, or elapsed time.
        public var clock: Kind = .office
        /// The same stretch on both clocks (nil when the calendar does not cover it).
        public var officeMinutes: Int?
        public var elapsedMinutes: Int?
    }

    /// The two clocks a duration can be told on.
    public enum Kind: String, Sendable, Hashable {
        /// Office minutes: only inside working hours of working days.
        case office = "waktu_kerja"
        /// Wall-clock minutes, nights and days off included (`NxN jam`, calendar days).
        case elapsed = "waktu_berjalan"
    }

    public func assess(_ span: StepSpan, at moment: Date) -> Assessment {
        var a = judge(span, at: moment)
        let end = span.measuredUntil ?? moment
        // On the office clock the duration already is this count: not counted twice.
        a.officeMinutes = a.clock == .office && a.durationMinutes != nil ? a.durationMinutes
            : try? calculator(for: span).officeMinutes(from: span.activatedAt, to: end)
        a.elapsedMinutes = max(0, Int(end.timeIntervalSince(span.activatedAt) / 60))
        return a
    }

    private func judge(_ span: StepSpan, at moment: Date) -> Assessment {
        // The calculator is passed on, not copied out (a copy retains the whole calendar).
        guard !levels.isEmpty, let level = span.level, let other = levels[level] else { return judge(span, at: moment, on: calculator) }
        return judge(span, at: moment, on: other)
    }

    private func judge(_ span: StepSpan, at moment: Date, on calculator: DeadlineCalculator) -> Assessment {
        guard let standard = span.standard, let written = Self.upper(standard.rule) else {
            let took = try? minutes(from: span.activatedAt, to: span.measuredUntil ?? moment, wall: false, on: calculator)
            return Assessment(span: span, deadline: nil, status: .noStandard, durationMinutes: took)
        }
        let upper = calculator.resolved(written)
        let wall = Self.countsWallTime(upper)
        let kind: Kind = wall ? .elapsed : .office
        do {
            let deadline = try calculator.deadline(from: span.activatedAt, span: upper)
            let end = span.measuredUntil ?? moment
            let overrun = try minutes(from: deadline, to: end, wall: wall, on: calculator)
            let status: Status
            if overrun > 0 {
                status = .late(byMinutes: overrun)
            } else if span.measuredUntil == nil, Double(-overrun) <= nearShare * Double(Self.size(upper)) {
                status = .near(leftMinutes: -overrun)
            } else {
                status = .onTime(leftMinutes: -overrun)
            }
            let took = try? minutes(from: span.activatedAt, to: end, wall: wall, on: calculator)
            return Assessment(span: span, deadline: deadline, status: status, durationMinutes: took, clock: kind)
        } catch {
            return Assessment(span: span, deadline: nil, status: .unknown(error.message), durationMinutes: nil, clock: kind)
        }
    }

    /// Whether a back-dated completion would be late had it been done when it was entered.
    public func lateByEntry(_ span: StepSpan) -> Bool {
        guard let recordedAt = span.recordedAt, span.backdatedMinutes != nil, span.measuredUntil == span.completedAt else { return false }
        var entered = span
        entered.completedAt = recordedAt
        entered.measuredUntil = recordedAt
        if case .late = judge(entered, at: recordedAt).status { return true }
        return false
    }

    func duration(_ span: StepSpan, at moment: Date, wall: Bool) -> Int? {
        try? minutes(from: span.activatedAt, to: span.measuredUntil ?? moment, wall: wall, on: calculator(for: span))
    }

    func minutes(from start: Date, to end: Date, wall: Bool, on calculator: DeadlineCalculator) throws(CalendarError) -> Int {
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
