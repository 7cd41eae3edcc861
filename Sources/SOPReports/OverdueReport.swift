import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan terlambat`: steps open at a moment (now or past) and past or near their deadline
/// then, by desk; cases closed since are judged as they stood.
public struct OverdueReport: Sendable {
    public struct Row: Sendable, Hashable {
        public var caseID: String
        public var sopName: String
        /// The SOP version the step runs under.
        public var version: String
        public var step: String
        public var activity: String
        public var since: Date
        public var deadline: Date?
        public var status: SLAClock.Status
        /// The clock the step's standard counts on.
        public var clock: SLAClock.Kind
    }

    public var moment: Date
    /// Rows by desk (the step's actor labels), most late first.
    public var desks: [(desk: String, rows: [Row])]

    public static func build(_ engine: CaseEngine, clock: SLAClock, at moment: Date) throws -> OverdueReport {
        var byDesk: [String: [Row]] = [:]
        try CaseCorpus.forEach(engine) { record in
            // As the case stood at `moment`: a case closed since, or a step done since, was open then.
            for span in record.spans.compactMap({ $0.asOf(moment) }) where span.completedAt == nil {
                let a = clock.assess(span, at: moment)
                switch a.status {
                case .late, .near, .unknown: break
                case .onTime, .noStandard: continue
                }
                let activity = record.sop(of: span).step(span.step)?.activity.value.split(separator: "\n").first.map(String.init) ?? ""
                byDesk[span.desk, default: []].append(Row(caseID: span.caseID, sopName: record.sop(of: span).identity.name.value, version: span.sopHash, step: span.step,
                                                          activity: activity, since: span.activatedAt, deadline: a.deadline, status: a.status,
                                                          clock: a.clock))
            }
        }
        let desks = byDesk.keys.sorted().map { desk in (desk, byDesk[desk]!.sorted { lateness($0.status) > lateness($1.status) }) }
        return OverdueReport(moment: moment, desks: desks)
    }

    static func lateness(_ status: SLAClock.Status) -> Int {
        switch status {
        case .late(let by): by
        case .near(let left): -left
        case .unknown: Int.min / 2
        case .onTime, .noStandard: Int.min
        }
    }
}
