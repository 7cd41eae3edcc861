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
    /// By SOP and version: a case counts under the version it runs on at the end of the day.
    public var bySOP: [SOPVersionKey: Totals] = [:]
    public var deviations: [DeviationRow] = []

    /// `now` caps the moment open steps are judged at: a recap of today judges them as of now, as
    /// `laporan terlambat` does, not as of the day's close.
    public var judgedAt: Date

    public static func build(_ engine: CaseEngine, clock: SLAClock, day date: CalendarDate, now: Date) throws -> DailyReport {
        let day = ReportDay(date, calculator: clock.calculator)
        let moment = min(day.interval.end, now)
        var report = DailyReport(day: date, judgedAt: moment)
        try CaseCorpus.forEach(engine) { record in
            let name = SOPVersionKey(name: record.sop.identity.name.value, version: record.state.sopHash)
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
            // Deviations of the day: steps done today, and steps still open at the moment judged.
            let relevant = record.spans.compactMap { $0.asOf(moment) }.filter { span in
                span.completedAt.map(day.interval.contains) ?? true
            }
            for deviation in Deviation.find(in: relevant.map { clock.assess($0, at: moment) }) {
                report.deviations.append(DeviationRow(caseID: deviation.span.caseID, step: deviation.span.step, desk: deviation.span.desk,
                                                      kind: deviation.kind.label, detail: ReportWording.detail(deviation.kind), note: deviation.note))
            }
            // Entries made today for an earlier time, and refusals: a supervisor sees both.
            for span in record.spans where span.recordedAt.map(day.interval.contains) == true {
                guard let gap = span.backdatedMinutes, let stated = span.completedAt, let entered = span.recordedAt else { continue }
                let verdict = clock.lateByEntry(span) ? "; terlambat bila dinilai dari waktu dicatat" : ""
                report.deviations.append(DeviationRow(
                    caseID: span.caseID, step: span.step, desk: span.desk, kind: "dicatat mundur",
                    detail: "dinyatakan \(LocalTime.format(stated, zone: clock.calculator.calendar.timeZone)), dicatat "
                        + "\(LocalTime.format(entered, zone: clock.calculator.calendar.timeZone)) (selisih \(ReportWording.elapsed(gap)))\(verdict)",
                    note: span.note))
            }
            for event in record.state.events where day.interval.contains(event.recordedAt) {
                guard case .stepRefused(let refused) = event.payload else { continue }
                let desk = record.sop.step(refused.step).map { $0.actors.map { record.sop.actor($0.id)?.label.value ?? $0.id }.joined(separator: ", ") } ?? "-"
                report.deviations.append(DeviationRow(caseID: record.state.id, step: refused.step, desk: desk, kind: "penolakan",
                                                      detail: "\(event.actor.name): [\(refused.code)] \(refused.message)", note: nil))
            }
        }
        report.totals = report.bySOP.values.reduce(into: Totals()) { sum, t in
            sum.opened += t.opened; sum.served += t.served; sum.escalated += t.escalated; sum.closed += t.closed
        }
        report.bySOP = report.bySOP.filter { $0.value != Totals() }
        return report
    }
}
