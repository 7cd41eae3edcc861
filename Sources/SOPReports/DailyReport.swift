import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan harian`: the daily recap the helpdesk secretary gives the chair.
public struct DailyReport: Sendable {
    public struct Totals: Sendable, Hashable {
        public var opened = 0, served = 0, escalated = 0, closed = 0
    }

    public struct DeviationRow: Sendable, Hashable {
        public var caseID: String, step: String, desk: String, kind: String, detail: String, note: String?
    }

    public var day: CalendarDate
    public var totals = Totals()
    /// Cases opened that day by channel label ("-" when the case records none).
    public var byChannel: [String: Int] = [:]
    public var bySOP: [String: Totals] = [:]
    public var deviations: [DeviationRow] = []

    public static func build(_ engine: CaseEngine, clock: SLAClock, day date: CalendarDate) throws -> DailyReport {
        let day = ReportDay(date, calculator: clock.calculator)
        var report = DailyReport(day: date)
        try CaseCorpus.forEach(engine) { record in
            let name = record.sop.identity.name.value
            var totals = report.bySOP[name] ?? Totals()
            defer { report.bySOP[name] = totals }
            if day.interval.contains(record.state.openedAt) {
                totals.opened += 1
                let channel = record.state.data["kanal"].map { id in record.sop.channels.first { $0.id == id.description }?.label.value ?? id.description } ?? "-"
                report.byChannel[channel, default: 0] += 1
            }
            let doneToday = record.spans.filter { $0.completedAt.map(day.interval.contains) == true }
            if doneToday.contains(where: { $0.actor?.kind == .staff }) { totals.served += 1 }
            totals.escalated += doneToday.filter(\.isEscalation).count
            if record.state.status == .closed, day.interval.contains(record.state.updatedAt) { totals.closed += 1 }
            // Deviations of the day: steps done today, and steps still open at the day's end.
            let endOfDay = day.interval.end
            let relevant = record.spans.filter { span in
                span.completedAt.map(day.interval.contains) ?? (span.activatedAt < endOfDay)
            }
            for deviation in Deviation.find(in: relevant.map { clock.assess($0, at: endOfDay) }) {
                report.deviations.append(DeviationRow(caseID: deviation.span.caseID, step: deviation.span.step, desk: deviation.span.desk,
                                                      kind: deviation.kind.label, detail: ReportWording.detail(deviation.kind), note: deviation.note))
            }
        }
        report.totals = report.bySOP.values.reduce(into: Totals()) { sum, t in
            sum.opened += t.opened; sum.served += t.served; sum.escalated += t.escalated; sum.closed += t.closed
        }
        report.bySOP = report.bySOP.filter { $0.value != Totals() }
        return report
    }
}

/// Wording shared by the reports.
public enum ReportWording {
    /// "1 jam 5 menit", "45 menit", "2 hari kerja 10 menit" style is avoided: office minutes read plainly.
    public static func minutes(_ m: Int) -> String {
        let h = m / 60, r = m % 60
        if h == 0 { return "\(r) menit" }
        return r == 0 ? "\(h) jam" : "\(h) jam \(r) menit"
    }

    /// "05 April 2024".
    public static func date(_ d: CalendarDate) -> String {
        SOPDate(year: d.year, month: d.month, day: d.day, location: .unknown()).printed
    }

    public static func detail(_ kind: Deviation.Kind) -> String {
        switch kind {
        case .late(let by): "terlambat \(minutes(by)) (waktu kerja)"
        case .missingRequirements(let items): items.joined(separator: ", ")
        case .missingOutput: "output tidak dihasilkan"
        case .deadlineUnknown(let why): "tenggat tidak dapat dihitung: \(why)"
        }
    }
}
