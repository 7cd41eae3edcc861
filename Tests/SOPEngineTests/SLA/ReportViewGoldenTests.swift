import Foundation
import Testing
import SOPDSL
import TestSupport
@testable import SOPEngine
@testable import SOPReports

/// Every report's and the case view's text, JSON and printable page, pinned as golden files
/// (Tests/SOPEngineTests/SLA/Golden; `SOP_RECORD=1` re-records): presentation changes are
/// reviewed diffs.
@Suite struct ReportViewGoldenTests {
    typealias F = EngineFixture
    static let wib = SLAClockTests.wib
    static let clock = SLAClockTests.clock
    static let zone = TimeZone.wib

    /// Two pengaduan cases in March 2024: one late at `disposisi` with a note, one entered three
    /// days after it was done; a refused attempt; a duty done.
    func store() throws -> F {
        let f = F()
        f.clock.set(Self.wib("2024-03-04 08:00"))
        let first = try f.open("pengaduan.yaml").id
        try f.step(first, "perintah_pemeriksaan", as: "Maria Ulfa", after: 30)
        try f.step(first, "terima_pengaduan", as: "Fitri Amalia", after: 60)
        f.clock.set(Self.wib("2024-03-04 13:00"))
        let second = try f.open("pengaduan.yaml").id
        try f.step(second, "perintah_pemeriksaan", as: "Maria Ulfa", after: 10)
        f.clock.set(Self.wib("2024-03-07 09:00"))
        _ = try f.engine.perform(StepRequest(caseID: second, step: "terima_pengaduan", actingAs: "Fitri Amalia", occurredAt: Self.wib("2024-03-04 14:00")))
        _ = try? f.engine.perform(StepRequest(caseID: first, step: "disposisi", actingAs: "Bayu Santoso"))
        f.clock.set(Self.wib("2024-03-07 10:00"))
        _ = try f.engine.perform(StepRequest(caseID: first, step: "disposisi", actingAs: "Maria Ulfa", note: "menunggu arahan pimpinan"))
        let (sop, source) = EngineFixture.sop("helpdesk.yaml")
        try f.engine.recordDuty(sop: sop, source: source, duty: "laporan_sipol", actingAs: "Rina Wulandari", calculator: Self.clock.calculator)
        f.clock.set(Self.wib("2024-03-07 11:00"))
        return f
    }

    func expect(_ text: String, _ name: String) {
        let url = PackagePaths.url("Tests/SOPEngineTests/SLA/Golden/\(name)")
        if let difference = Golden.compare(text.hasSuffix("\n") ? text : text + "\n", with: url) { Issue.record("\(difference)") }
    }

    func expect(_ base: String, text: String, json: String, html: String?) {
        expect(text, "\(base).txt")
        expect(json, "\(base).json")
        if let html { expect(html, "\(base).html") }
    }

    @Test func reportsAndTheCaseView() throws {
        let f = try store()
        let now = f.clock.now()
        let march = (CalendarDate(year: 2024, month: 3, day: 1)!, CalendarDate(year: 2024, month: 3, day: 31)!)
        let point = CheckpointJSON(size: 12, root: String(repeating: "ab", count: 32))

        let overdue = OverdueView(try OverdueReport.build(f.engine, clock: Self.clock, at: Self.wib("2024-03-06 09:00")), zone: Self.zone)
        expect("terlambat", text: overdue.text, json: overdue.json, html: overdue.html)

        let daily = DailyView(try DailyReport.build(f.engine, clock: Self.clock, day: CalendarDate(year: 2024, month: 3, day: 7)!, now: now),
                              checkpoint: point, zone: Self.zone)
        expect("harian", text: daily.text, json: daily.json, html: daily.html)

        let report = try ComplianceReport.build(f.engine, clock: Self.clock, from: march.0, through: march.1)
        let compliance = ComplianceView(report, periodNote: nil, zone: Self.zone)
        expect("kepatuhan", text: compliance.text, json: compliance.json, html: compliance.html)

        let monitoring = MonitoringView(MonitoringForm.build(from: report), periodNote: "bawaan: bulan berjalan", checkpoint: point, zone: Self.zone)
        expect("monitoring", text: monitoring.text, json: monitoring.json, html: monitoring.html)

        let (helpdesk, _) = EngineFixture.sop("helpdesk.yaml")
        let day = CalendarDate(year: 2024, month: 3, day: 7)!
        let agenda = try DutyAgenda.build(sop: helpdesk, done: try CaseCorpus.duties(f.engine, sop: helpdesk), calculator: Self.clock.calculator,
                                          day: day, now: now)
        let agendaView = AgendaView(day: day, entries: agenda.slots.map { .init(sop: helpdesk.identity.name.value, slot: $0) }, zone: Self.zone)
        expect("agenda", text: agendaView.text, json: agendaView.json, html: agendaView.html)

        let state = try f.engine.state(of: "PENGADUAN-0001")
        let view = CasePresentation(state: state, sop: try f.engine.sop(of: state), clock: Self.clock, now: now)
        expect("kasus", text: view.text, json: view.json, html: nil)
    }
}
