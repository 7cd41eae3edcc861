import Foundation
import Testing
import SOPDSL
@testable import SOPEngine
@testable import SOPReports

/// Reports computed from recorded cases: compliance, the monitoring form, the daily recap,
/// overdue steps by desk, and the duty agenda.
@Suite struct ReportTests {
    typealias F = EngineFixture
    static let wib = SLAClockTests.wib
    static let clock = SLAClockTests.clock

    /// Three pengaduan cases in March 2024: one on time, one late at `disposisi`, one without output.
    func threeCases() throws -> F {
        let f = F()
        f.clock.set(Self.wib("2024-03-04 08:00"))
        let people = ["perintah_pemeriksaan": "Maria Ulfa", "terima_pengaduan": "Fitri Amalia", "disposisi": "Maria Ulfa"]
        for variant in 0..<3 {
            f.clock.set(Self.wib("2024-03-0\(4 + variant) 08:00"))
            let id = try f.open("pengaduan.yaml").id
            for step in ["perintah_pemeriksaan", "terima_pengaduan", "disposisi"] {
                // Variant 1 leaves `disposisi` for three working days: late.
                f.clock.advance(by: variant == 1 && step == "disposisi" ? 3 * 86_400 : 3_600)
                _ = try f.engine.perform(StepRequest(caseID: id, step: step, actingAs: people[step]!,
                                                 outputProduced: !(variant == 2 && step == "terima_pengaduan"),
                                                 note: variant == 1 && step == "disposisi" ? "menunggu arahan pimpinan" : nil))
            }
        }
        return f
    }

    @Test func complianceCountsDurationsAndDeviations() throws {
        let f = try threeCases()
        let report = try ComplianceReport.build(f.engine, clock: Self.clock, from: CalendarDate(year: 2024, month: 3, day: 1)!,
                                                through: CalendarDate(year: 2024, month: 3, day: 31)!)
        let sop = try #require(report.sops.first)
        #expect(sop.cases == 3)
        let disposisi = try #require(sop.steps.first { $0.step == "disposisi" })
        #expect(disposisi.count == 3)
        #expect(disposisi.timed == 3)
        #expect(disposisi.late == 1)
        #expect(disposisi.withinStandard == 2)
        #expect(disposisi.medianMinutes == 60)
        let terima = try #require(sop.steps.first { $0.step == "terima_pengaduan" })
        #expect(terima.missingOutput == 1)
        let form = MonitoringForm.build(from: report)
        #expect(form.rows.count == 1)
        #expect(form.rows[0].runsWell == false)
        #expect(form.rows[0].actions.contains("langkah 3 (disposisi): 1 kali terlambat"))
        #expect(form.rows[0].actions.contains("output langkah 2 (terima_pengaduan)"))
    }

    @Test func dailyRecapCountsTheDay() throws {
        let f = try threeCases()
        let report = try DailyReport.build(f.engine, clock: Self.clock, day: CalendarDate(year: 2024, month: 3, day: 5)!, now: .distantFuture)
        #expect(report.totals.opened == 1)
        #expect(report.totals.served == 1)
        #expect(report.byChannel == ["-": 1])
        #expect(report.deviations.isEmpty)   // its disposisi is open but not yet due at the day's end
        let later = try DailyReport.build(f.engine, clock: Self.clock, day: CalendarDate(year: 2024, month: 3, day: 8)!, now: .distantFuture)
        #expect(later.totals.opened == 0)
        #expect(later.deviations.contains { $0.kind == "terlambat" && $0.step == "disposisi" && $0.note == "menunggu arahan pimpinan" })
    }

    @Test func overdueStepsAreListedByDesk() throws {
        let f = F()
        f.clock.set(Self.wib("2024-03-04 08:00"))
        let id = try f.open("pengaduan.yaml").id
        let report = try OverdueReport.build(f.engine, clock: Self.clock, at: Self.wib("2024-03-06 09:00"))
        #expect(report.desks.map(\.desk) == ["Kasubbag Hukum Ketua Tim Teknis"])
        #expect(report.desks.first?.rows.first?.caseID == id)
        guard case .late = report.desks.first?.rows.first?.status else { Issue.record("expected late"); return }
    }

    @Test func agendaShowsDoneAndMissedDuties() throws {
        let f = F()
        f.clock.set(Self.wib("2024-03-05 08:10"))
        let (sop, source) = EngineFixture.sop("helpdesk.yaml")
        let calculator = Self.clock.calculator
        try f.engine.recordDuty(sop: sop, source: source, duty: "laporan_sipol", actingAs: "Rina Wulandari", calculator: calculator)
        #expect(throws: EngineError.self) { try f.engine.recordDuty(sop: sop, source: source, duty: "laporan_sipol", actingAs: "Maria Ulfa", calculator: calculator) }
        let agenda = try DutyAgenda.build(sop: sop, done: try CaseCorpus.duties(f.engine, sop: sop), calculator: Self.clock.calculator,
                                          day: CalendarDate(year: 2024, month: 3, day: 5)!, now: Self.wib("2024-03-05 18:30"))
        let report = agenda.slots.filter { $0.duty == "laporan_sipol" }
        #expect(report.map(\.status) == [.done, .missed])
        #expect(report.first?.doneBy == "Rina Wulandari")
        let hourly = agenda.slots.filter { $0.duty == "cek_surat_elektronik" }
        #expect(hourly.count == 7)   // 7.5 office hours: a check after each full hour
        let holiday = try DutyAgenda.build(sop: sop, done: [], calculator: Self.clock.calculator,
                                           day: CalendarDate(year: 2024, month: 4, day: 10)!, now: Self.wib("2024-04-10 12:00"))
        #expect(!holiday.isWorkingDay && holiday.slots.isEmpty)
    }

    @Test func percentilesAreNearestRank() {
        var acc = StepAccumulator()
        for (minutes, n) in [(10, 5), (20, 4), (90, 1)] { acc.histogram[minutes] = n }
        #expect(acc.percentile(0.5) == 10)
        #expect(acc.percentile(0.9) == 20)
        #expect(acc.percentile(1.0) == 90)
    }
}
