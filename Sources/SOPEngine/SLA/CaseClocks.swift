import Foundation
import SOPDSL

/// The three clocks of a case: per step (in `SLAClock`), per escalation level (how long each
/// level held the case), and for the whole case. Waiting for the outside party stops the level
/// and case clocks and is reported on its own.
public struct CaseClocks: Sendable, Hashable {
    public var levelMinutes: [OrgLevel: Int]
    public var caseMinutes: Int
    public var waitingMinutes: Int

    /// `levelCalendars`: each level's share is counted on its own office's calendar.
    public static func measure(_ spans: [StepSpan], openedAt: Date, closedAt: Date?, at moment: Date,
                               calculator: DeadlineCalculator,
                               levelCalendars: [OrgLevel: DeadlineCalculator] = [:]) throws(CalendarError) -> CaseClocks {
        var levels: [OrgLevel: Int] = [:]
        var waiting = 0
        for span in spans {
            let own = span.level.flatMap { levelCalendars[$0] } ?? calculator
            let minutes = try own.officeMinutes(from: span.activatedAt, to: span.completedAt ?? moment)
            if span.isWaiting { waiting += minutes; continue }
            if let level = span.level { levels[level, default: 0] += minutes }
        }
        let total = try calculator.officeMinutes(from: openedAt, to: closedAt ?? moment)
        return CaseClocks(levelMinutes: levels, caseMinutes: max(0, total - waiting), waitingMinutes: waiting)
    }
}

/// A departure from the Mutu Baku, recorded against the case, step, actor and level.
public struct Deviation: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case late(byMinutes: Int, clock: SLAClock.Kind)
        case missingRequirements([String])
        case missingOutput
        /// The step has a time standard but its deadline could not be counted (dates outside the
        /// calendar): reported, so a recap never passes it off as on time.
        case deadlineUnknown(String)

        /// The name used in reports.
        public var label: String {
            switch self {
            case .late: "terlambat"
            case .missingRequirements: "kelengkapan tidak tersedia"
            case .missingOutput: "output tidak dihasilkan"
            case .deadlineUnknown: "tenggat tidak dapat dihitung"
            }
        }
    }

    public var kind: Kind
    public var span: StepSpan
    /// The actor's own explanation (`--catatan`).
    public var note: String?

    /// Every deviation of a case's spans at `moment` (open steps count as late once past due).
    public static func find(in assessments: [SLAClock.Assessment]) -> [Deviation] {
        assessments.flatMap { a -> [Deviation] in
            var found: [Deviation] = []
            if case .late(let by) = a.status { found.append(Deviation(kind: .late(byMinutes: by, clock: a.clock), span: a.span, note: a.span.note)) }
            if case .unknown(let why) = a.status { found.append(Deviation(kind: .deadlineUnknown(why), span: a.span, note: a.span.note)) }
            if !a.span.requirementsMissing.isEmpty {
                found.append(Deviation(kind: .missingRequirements(a.span.requirementsMissing), span: a.span, note: a.span.note))
            }
            if a.span.completedAt != nil, !a.span.outputProduced {
                found.append(Deviation(kind: .missingOutput, span: a.span, note: a.span.note))
            }
            return found
        }
    }
}
