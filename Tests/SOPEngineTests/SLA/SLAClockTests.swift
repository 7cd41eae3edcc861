import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// Deadlines from recorded events on the national calendar, for any moment.
@Suite struct SLAClockTests {
    static let calendar: WorkCalendar = {
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array(EmbeddedCalendar.national.utf8), path: EmbeddedCalendar.path)
        precondition(calendar != nil, "\(diagnostics)")
        return calendar!
    }()
    static let clock = SLAClock(calculator: DeadlineCalculator(calendar: calendar))

    /// A WIB wall-clock time as an instant.
    static func wib(_ text: String) -> Date {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        let p = text.split(whereSeparator: { " -:".contains($0) }).map { Int($0)! }
        return c.date(from: DateComponents(year: p[0], month: p[1], day: p[2], hour: p[3], minute: p[4]))!
    }

    func engine(at start: String) -> EngineFixture {
        let f = EngineFixture()
        f.clock.set(Self.wib(start))
        return f
    }

    @Test func stepFinishedAfterItsDeadlineIsLateByOfficeMinutes() throws {
        // `terima` (10 Menit) becomes active Friday 15:55 and is done Monday 08:00: due Friday 16:05,
        // late by 25 minutes on Friday (to 16:30) + 30 on Monday (from 07:30) = 55 office minutes.
        let f = engine(at: "2024-03-01 15:50")
        let id = try f.open("helpdesk.yaml").id
        f.clock.set(Self.wib("2024-03-01 15:55"))
        _ = try f.engine.perform(StepRequest(caseID: id, step: "hadir", actingAs: "Budi", contact: "0812-3456-7890", fields: EngineFixture.party))
        f.clock.set(Self.wib("2024-03-04 08:00"))
        _ = try f.engine.perform(StepRequest(caseID: id, step: "terima", actingAs: EngineFixture.rina, fields: ["permasalahan": "x"]))
        let state = try f.engine.state(of: id)
        let spans = CaseTimeline.spans(of: state, sop: try f.engine.sop(of: state))
        let terima = try #require(spans.first { $0.step == "terima" })
        let assessment = Self.clock.assess(terima, at: Self.wib("2024-03-04 08:05"))
        #expect(assessment.deadline == Self.wib("2024-03-01 16:05"))
        #expect(assessment.status == .late(byMinutes: 55))
        // At 08:05 the next step (30 Menit, active since 08:00) is not late yet; at 09:00 it would be.
        let deviations = Deviation.find(in: spans.map { Self.clock.assess($0, at: Self.wib("2024-03-04 08:05")) })
        #expect(deviations.map(\.kind) == [.late(byMinutes: 55, clock: .office)])
        #expect(deviations.first?.span.actor?.name == EngineFixture.rina)
        #expect(deviations.first?.span.level == .kabupatenKota)
    }

    @Test func oneWorkingDayStartedBeforeLebaranIsDueAfterTheBreak() throws {
        // Friday 5 April 2024; 8-9 and 12, 15 April cuti bersama, 10-11 Idul Fitri: next working day Tuesday 16 April.
        let f = engine(at: "2024-04-05 09:00")
        let id = try f.open("pengaduan.yaml").id
        f.clock.set(Self.wib("2024-04-05 10:00"))
        _ = try f.engine.perform(StepRequest(caseID: id, step: "perintah_pemeriksaan", actingAs: "Maria Ulfa"))
        let state = try f.engine.state(of: id)
        let open = try #require(CaseTimeline.spans(of: state, sop: try f.engine.sop(of: state)).first { $0.completedAt == nil })
        #expect(open.step == "terima_pengaduan")
        let duringBreak = Self.clock.assess(open, at: Self.wib("2024-04-12 10:00"))
        #expect(duringBreak.deadline == Self.wib("2024-04-16 16:00"))
        if case .onTime = duringBreak.status {} else { Issue.record("expected on time during the break, got \(duringBreak.status)") }
        let after = Self.clock.assess(open, at: Self.wib("2024-04-17 08:00"))
        #expect(after.status == .late(byMinutes: 30))
    }

    @Test func nearTheDeadlineIsFlagged() throws {
        let f = engine(at: "2024-03-05 09:00")
        let id = try f.open("helpdesk.yaml").id
        _ = try f.engine.perform(StepRequest(caseID: id, step: "hadir", actingAs: "Budi", contact: "0812-3456-7890", fields: EngineFixture.party))
        let state = try f.engine.state(of: id)
        let open = try #require(CaseTimeline.spans(of: state, sop: try f.engine.sop(of: state)).first { $0.completedAt == nil })
        #expect(Self.clock.assess(open, at: Self.wib("2024-03-05 09:09")).status == .near(leftMinutes: 1))
        #expect(Self.clock.assess(open, at: Self.wib("2024-03-05 09:02")).status == .onTime(leftMinutes: 8))
    }

    @Test func tentativeHasNoDeadlineAndOutsideTheCalendarIsSaid() throws {
        let f = engine(at: "2027-12-30 09:00")
        let id = try f.open("pengaduan.yaml").id
        let state = try f.engine.state(of: id)
        let open = try #require(CaseTimeline.spans(of: state, sop: try f.engine.sop(of: state)).first)
        let status = Self.clock.assess(open, at: Self.wib("2028-01-05 09:00")).status
        guard case .unknown(let why) = status else { Issue.record("expected unknown, got \(status)"); return }
        #expect(why.contains("2024-2027"))
        let auth = try f.open("autentifikasi.yaml")
        let span = try #require(CaseTimeline.spans(of: auth, sop: try f.engine.sop(of: auth)).first)
        #expect(Self.clock.assess(span, at: Self.wib("2027-12-31 09:00")).status == .noStandard)
    }

    @Test func waitingStopsTheCaseClockAndLevelsAreMeasured() throws {
        func span(_ step: String, _ from: String, _ to: String, level: OrgLevel?, waiting: Bool = false) -> StepSpan {
            StepSpan(caseID: "K", sopHash: "h", step: step, activatedAt: Self.wib(from), completedAt: Self.wib(to), measuredUntil: Self.wib(to),
                     standard: nil, actor: nil, level: level, desk: "", isWaiting: waiting, isEscalation: false,
                     requirementsMissing: [], outputProduced: true, note: nil)
        }
        let spans = [span("a", "2024-03-05 08:00", "2024-03-05 09:00", level: .kabupatenKota),
                     span("tunggu", "2024-03-05 09:00", "2024-03-05 11:00", level: .eksternal, waiting: true),
                     span("b", "2024-03-05 11:00", "2024-03-05 14:00", level: .provinsi)]
        let clocks = try CaseClocks.measure(spans, openedAt: Self.wib("2024-03-05 08:00"), closedAt: Self.wib("2024-03-05 14:00"),
                                            at: Self.wib("2024-03-05 15:00"), calculator: Self.clock.calculator)
        #expect(clocks.waitingMinutes == 120)
        #expect(clocks.levelMinutes == [.kabupatenKota: 60, .provinsi: 120])   // 11:00-14:00 less the 12:00-13:00 break
        #expect(clocks.caseMinutes == 180)
    }
}
