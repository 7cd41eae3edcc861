import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan kepatuhan`: per SOP and per step, over a period: how many times the step was done,
/// median and 90th-percentile duration against its standard, the share within standard, and
/// deviations by kind. Durations are kept as a histogram, so memory does not grow with cases.
public struct ComplianceReport: Sendable {
    public struct StepRow: Sendable, Hashable {
        public var step: String
        public var number: Int
        public var activity: String
        public var standard: String
        public var count: Int
        public var medianMinutes: Int?
        public var p90Minutes: Int?
        /// Steps with a deadline, and how many of them met it.
        public var timed: Int
        public var withinStandard: Int
        public var late: Int
        /// Steps with a standard whose deadline could not be counted (dates outside the calendar):
        /// neither on time nor late, and never silently dropped.
        public var uncomputed: Int
        public var missingRequirements: Int
        public var missingOutput: Int
        /// Which clock the durations and the standard are on.
        public var clock: SLAClock.Kind
        /// Completions entered later than they are said to have happened (`--pada`), the widest
        /// gap, and how many would be late judged by when they were entered.
        public var backdated: Int
        public var widestBackdateMinutes: Int?
        public var lateByEntry: Int

        public var withinShare: Double? { timed == 0 ? nil : Double(withinStandard) / Double(timed) }
    }

    public struct SOPRow: Sendable {
        public var name: String
        public var number: String
        public var cases: Int
        public var steps: [StepRow]
    }

    public var from: CalendarDate
    public var through: CalendarDate
    public var sops: [SOPRow]

    public static func build(_ engine: CaseEngine, clock: SLAClock, from: CalendarDate, through: CalendarDate) throws -> ComplianceReport {
        let period = DateInterval(start: ReportDay(from, calculator: clock.calculator).interval.start,
                                  end: ReportDay(through, calculator: clock.calculator).interval.end)
        var accumulators: [String: SOPAccumulator] = [:]
        try CaseCorpus.forEach(engine) { record in
            let done = record.spans.filter { $0.completedAt.map(period.contains) == true }
            guard !done.isEmpty else { return }
            let key = record.sop.identity.name.value
            var acc = accumulators[key] ?? SOPAccumulator(sop: record.sop)
            acc.cases += 1
            for span in done { acc.add(clock.assess(span, at: period.end), lateByEntry: clock.lateByEntry(span)) }
            accumulators[key] = acc
        }
        return ComplianceReport(from: from, through: through, sops: accumulators.keys.sorted().map { accumulators[$0]!.row })
    }
}

/// Running totals for one SOP.
struct SOPAccumulator {
    let sop: SOP
    var cases = 0
    var steps: [String: StepAccumulator] = [:]

    mutating func add(_ a: SLAClock.Assessment, lateByEntry: Bool) {
        var acc = steps[a.span.step] ?? StepAccumulator()
        acc.count += 1
        if a.span.standard != nil { acc.clock = a.clock }
        if let gap = a.span.backdatedMinutes {
            acc.backdated += 1
            acc.widestBackdate = max(acc.widestBackdate ?? 0, gap)
            if lateByEntry { acc.lateByEntry += 1 }
        }
        if let d = a.durationMinutes { acc.histogram[d, default: 0] += 1 }
        switch a.status {
        case .late: acc.timed += 1; acc.late += 1
        case .onTime, .near: acc.timed += 1; acc.within += 1
        case .unknown: acc.uncomputed += 1
        case .noStandard: break
        }
        if !a.span.requirementsMissing.isEmpty { acc.missingRequirements += 1 }
        if !a.span.outputProduced { acc.missingOutput += 1 }
        steps[a.span.step] = acc
    }

    var row: ComplianceReport.SOPRow {
        let rows = sop.steps.compactMap { step -> ComplianceReport.StepRow? in
            guard let acc = steps[step.id] else { return nil }
            return ComplianceReport.StepRow(
                step: step.id, number: step.number, activity: step.activity.value.split(separator: "\n").first.map(String.init) ?? "",
                standard: step.time?.written ?? "-", count: acc.count, medianMinutes: acc.percentile(0.5), p90Minutes: acc.percentile(0.9),
                timed: acc.timed, withinStandard: acc.within, late: acc.late, uncomputed: acc.uncomputed, missingRequirements: acc.missingRequirements,
                missingOutput: acc.missingOutput, clock: acc.clock, backdated: acc.backdated, widestBackdateMinutes: acc.widestBackdate,
                lateByEntry: acc.lateByEntry)
        }
        return ComplianceReport.SOPRow(name: sop.identity.name.value, number: sop.identity.number.value, cases: cases, steps: rows)
    }
}

struct StepAccumulator {
    var count = 0, timed = 0, within = 0, late = 0, uncomputed = 0, missingRequirements = 0, missingOutput = 0
    var backdated = 0, lateByEntry = 0, widestBackdate: Int?
    var clock: SLAClock.Kind = .office
    /// Duration in minutes -> how many times: exact percentiles in bounded memory.
    var histogram: [Int: Int] = [:]

    /// The nearest-rank percentile.
    func percentile(_ p: Double) -> Int? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let rank = max(1, Int((p * Double(total)).rounded(.up)))
        var seen = 0
        for (minutes, n) in histogram.sorted(by: { $0.key < $1.key }) {
            seen += n
            if seen >= rank { return minutes }
        }
        return histogram.keys.max()
    }
}
