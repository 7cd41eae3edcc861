/// A step's Waktu (time standard): kept verbatim for printing, parsed for the engine.
public struct TimeStandard: Hashable, Sendable, Codable {
    /// Exactly as the author wrote it ("5 Menit", "1-2 jam", "Tentative").
    public var written: String
    public var rule: TimeRule
    public var location: SourceLocation

    public init(written: String, rule: TimeRule, location: SourceLocation) {
        self.written = written; self.rule = rule; self.location = location
    }
}

/// What a time standard means for deadlines.
public enum TimeRule: Hashable, Sendable, Codable {
    /// Due after `upper`; `lower` is kept for ranges ("1-2 jam": due at the upper bound).
    case limit(lower: TimeSpan?, upper: TimeSpan)
    /// "Tentative", "-": no standard, no deadline.
    case none
    /// Free text marked by the author (a legal deadline phrased in words): printed, no deadline.
    case freeText
}

/// An amount of time in the unit that decides how it is counted.
public enum TimeSpan: Hashable, Sendable, Codable {
    /// "menit", "jam": counted in office time.
    case officeMinutes(Int)
    /// "NxN jam" (e.g. 10x24 jam): counted in wall-clock time.
    case wallMinutes(Int)
    /// "hari kalender", "N minggu" (7N days): calendar days, counted on the wall clock.
    case calendarDays(Int)
    /// A bare "hari": what it counts is the SOP's `hari:` or the office calendar's setting
    /// (calendar days when neither says; the linter warns, see putusan MK 31/PUU-XVI/2018).
    case days(Int)
    /// "hari kerja": whole working days on the office calendar.
    case workingDays(Int)

    /// A comparable magnitude for checking that a range is not inverted (not a deadline).
    public var roughMinutes: Int {
        switch self {
        case .officeMinutes(let m), .wallMinutes(let m): m
        case .calendarDays(let d), .workingDays(let d), .days(let d): d * 24 * 60
        }
    }
}

extension TimeSpan {
    /// A bare "hari" read as `reading`; every other span unchanged.
    public func resolvingDays(_ reading: DayReading?) -> TimeSpan {
        guard case .days(let n) = self, let reading else { return self }
        return reading == .working ? .workingDays(n) : .calendarDays(n)
    }
}

extension TimeStandard {
    /// The standard with a bare "hari" read as `reading`.
    public func resolvingDays(_ reading: DayReading?) -> TimeStandard {
        guard case .limit(let lower, let upper) = rule else { return self }
        var copy = self
        copy.rule = .limit(lower: lower?.resolvingDays(reading), upper: upper.resolvingDays(reading))
        return copy
    }
}
