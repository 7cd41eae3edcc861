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

    /// One version of one SOP: its steps with their own standards.
    public struct SOPRow: Sendable {
        public var name: String
        public var number: String
        /// The version's hash, its Tanggal Revisi and the file it was pinned from.
        public var version: String
        public var revisedOn: String?
        public var path: String
        /// Cases with a step done under this version in the period.
        public var cases: Int
        public var steps: [StepRow]
    }

    /// Several versions of one SOP number pooled, only for steps that match (same id, same
    /// standard, in every version that has them); the others stay per version.
    public struct Rollup: Sendable {
        public var number: String
        public var versions: [String]
        /// Distinct cases across the versions.
        public var cases: Int
        public var steps: [StepRow]
        /// Step ids not pooled, with why.
        public var unmatched: [(step: String, reason: String)]
    }

    public var from: CalendarDate
    public var through: CalendarDate
    /// One row per SOP version, by number, name, then revision.
    public var sops: [SOPRow]
    public var rollups: [Rollup] = []

    /// Where the spans come from: the store's typed rows when it keeps them (the fast way), else
    /// (or when asked: the reference the typed rows are tested against) every case's events folded.
    public enum Source: Sendable { case typedRows, events }

    public static func build(_ engine: CaseEngine, clock: SLAClock, from: CalendarDate, through: CalendarDate,
                             source: Source = .typedRows) throws -> ComplianceReport {
        let period = DateInterval(start: ReportDay(from, calculator: clock.calculator).interval.start,
                                  end: ReportDay(through, calculator: clock.calculator).interval.end)
        var accumulators: [String: SOPAccumulator] = [:]
        // Distinct cases per SOP number, counted as they pass: every case reaches `add` once, so a
        // count (not a set of ids) keeps memory flat however many cases the store holds.
        var casesByNumber: [String: Int] = [:]
        func add(_ caseID: String, _ spans: [StepSpan], _ sopOf: (String) -> SOP) {
            // Spans done in the period, by index (no copy of the spans themselves).
            let done = spans.indices.filter { spans[$0].completedAt.map(period.contains) == true }
            guard let head = done.first else { return }
            // Each step under the version it was done in: a case moved mid-way counts in both.
            let first = spans[head].sopHash
            let versions = done.allSatisfy { spans[$0].sopHash == first } ? [first] : Set(done.map { spans[$0].sopHash }).sorted()
            var numbers: [String] = []
            for version in versions {
                let sop = sopOf(version)
                // Taken out while it grows: a copy left in the dictionary would make every add copy its tables.
                var acc = accumulators.removeValue(forKey: version) ?? SOPAccumulator(sop: sop, version: version, path: sop.path)
                acc.cases += 1
                for i in done where spans[i].sopHash == version {
                    acc.add(clock.assess(spans[i], at: period.end), lateByEntry: clock.lateByEntry(spans[i]))
                }
                accumulators[version] = acc
                if !numbers.contains(sop.identity.number.value) { numbers.append(sop.identity.number.value) }
            }
            for number in numbers { casesByNumber[number, default: 0] += 1 }
        }
        let typed = source == .typedRows ? try SpanCorpus.forEach(engine, add) : false
        if !typed {
            try CaseCorpus.forEach(engine) { record in add(record.state.id, record.spans) { record.versions[$0] ?? record.sop } }
        }
        let ordered = accumulators.values.sorted {
            ($0.sop.identity.number.value, $0.sop.identity.name.value, $0.sop.identity.revisedOn?.printed ?? "", $0.version)
                < ($1.sop.identity.number.value, $1.sop.identity.name.value, $1.sop.identity.revisedOn?.printed ?? "", $1.version)
        }
        let rollups = Dictionary(grouping: ordered, by: { $0.sop.identity.number.value }).filter { $0.value.count > 1 }.keys.sorted().map { number in
            SOPAccumulator.rollup(ordered.filter { $0.sop.identity.number.value == number }, cases: casesByNumber[number] ?? 0)
        }
        return ComplianceReport(from: from, through: through, sops: ordered.map(\.row), rollups: rollups)
    }
}

/// Running totals for one SOP.
struct SOPAccumulator {
    let sop: SOP
    let version: String
    let path: String
    var cases = 0
    var steps: [String: StepAccumulator] = [:]

    mutating func add(_ a: SLAClock.Assessment, lateByEntry: Bool) {
        // In place: a copy taken out of `steps` would copy its histogram on every add.
        Self.add(a, lateByEntry: lateByEntry, to: &steps[a.span.step, default: StepAccumulator()])
    }

    private static func add(_ a: SLAClock.Assessment, lateByEntry: Bool, to acc: inout StepAccumulator) {
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
    }

    var row: ComplianceReport.SOPRow {
        ComplianceReport.SOPRow(name: sop.identity.name.value, number: sop.identity.number.value, version: version,
                                revisedOn: sop.identity.revisedOn?.printed, path: path, cases: cases,
                                steps: sop.steps.compactMap { step in steps[step.id].map { Self.row(step, $0) } })
    }

    static func row(_ step: Step, _ acc: StepAccumulator) -> ComplianceReport.StepRow {
        ComplianceReport.StepRow(
            step: step.id, number: step.number, activity: step.activity.value.split(separator: "\n").first.map(String.init) ?? "",
            standard: step.time?.written ?? "-", count: acc.count, medianMinutes: acc.percentile(0.5), p90Minutes: acc.percentile(0.9),
            timed: acc.timed, withinStandard: acc.within, late: acc.late, uncomputed: acc.uncomputed, missingRequirements: acc.missingRequirements,
            missingOutput: acc.missingOutput, clock: acc.clock, backdated: acc.backdated, widestBackdateMinutes: acc.widestBackdate,
            lateByEntry: acc.lateByEntry)
    }

    /// Pools the versions of one SOP number where a step has the same id and standard in each
    /// version that has it; every other step is named, with its standard per version.
    static func rollup(_ versions: [SOPAccumulator], cases: Int) -> ComplianceReport.Rollup {
        var order: [String] = []
        for v in versions { for step in v.sop.steps where v.steps[step.id] != nil && !order.contains(step.id) { order.append(step.id) } }
        var pooled: [ComplianceReport.StepRow] = []
        var unmatched: [(String, String)] = []
        for id in order {
            let holders = versions.filter { $0.sop.step(id) != nil }
            let standards = holders.map { $0.sop.step(id)?.time?.written ?? "-" }
            guard Set(standards).count == 1, let step = holders.last?.sop.step(id) else {
                unmatched.append((id, "standar berbeda antarversi: " + zip(holders, standards).map { "\($0.version.prefix(12)) \($1)" }.joined(separator: ", ")))
                continue
            }
            var acc = StepAccumulator()
            for v in holders { if let a = v.steps[id] { acc.merge(a) } }
            pooled.append(row(step, acc))
        }
        return ComplianceReport.Rollup(number: versions[0].sop.identity.number.value, versions: versions.map(\.version), cases: cases,
                                       steps: pooled, unmatched: unmatched)
    }
}

struct StepAccumulator {
    var count = 0, timed = 0, within = 0, late = 0, uncomputed = 0, missingRequirements = 0, missingOutput = 0
    var backdated = 0, lateByEntry = 0, widestBackdate: Int?
    var clock: SLAClock.Kind = .office
    /// Duration in minutes -> how many times: exact percentiles in bounded memory.
    var histogram: [Int: Int] = [:]

    mutating func merge(_ other: StepAccumulator) {
        count += other.count; timed += other.timed; within += other.within; late += other.late; uncomputed += other.uncomputed
        missingRequirements += other.missingRequirements; missingOutput += other.missingOutput
        backdated += other.backdated; lateByEntry += other.lateByEntry
        widestBackdate = [widestBackdate, other.widestBackdate].compactMap { $0 }.max()
        clock = other.clock
        for (m, n) in other.histogram { histogram[m, default: 0] += n }
    }

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
