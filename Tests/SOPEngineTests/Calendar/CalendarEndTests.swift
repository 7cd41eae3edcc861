import Foundation
import SOPDSL
import Testing
import TestSupport
@testable import SOPEngine
@testable import SOPReports

/// The calendar runs out each 31 December of its last year: offices are warned 60 days before,
/// and past it no report calls a step "on time" whose deadline could not be counted.
@Suite struct CalendarEndTests {
    static let wib = SLAClockTests.wib
    static let clock = SLAClockTests.clock
    static let calendar = CalendarFixtures.national

    @Test func warnsFromSixtyDaysBeforeTheLastDay() throws {
        #expect(Self.calendar.years.range.upperBound == 2027)
        #expect(CalendarHorizon(calendar: Self.calendar, now: Self.wib("2027-10-31 23:59")).warning == nil)
        let sixty = CalendarHorizon(calendar: Self.calendar, now: Self.wib("2027-11-01 00:01"))
        #expect(sixty.daysLeft == 60)
        #expect(sixty.warning?.contains("31 Desember 2027 (60 hari lagi)") == true)
        #expect(CalendarHorizon(calendar: Self.calendar, now: Self.wib("2027-12-31 15:00")).warning?.contains("(hari ini)") == true)
        let past = CalendarHorizon(calendar: Self.calendar, now: Self.wib("2028-01-03 08:00"))
        #expect(past.daysLeft == -3)
        #expect(past.warning?.contains("sudah berakhir pada 31 Desember 2027") == true)
        // The day is read in the calendar's zone: 1 November 00:30 WIB is still 31 October in UTC.
        #expect(CalendarHorizon(calendar: Self.calendar, now: Self.wib("2027-11-01 00:30")).daysLeft == 60)
    }

    /// A step whose deadline lies past the calendar is neither on time nor late, in every report.
    @Test func uncountableDeadlinesAreNeverOnTime() throws {
        let f = EngineFixture()
        f.clock.set(Self.wib("2027-12-31 10:00"))
        let id = try f.open("pengaduan.yaml").id
        f.clock.advance(by: 3_600)
        _ = try f.engine.perform(StepRequest(caseID: id, step: "perintah_pemeriksaan", actingAs: "Maria Ulfa"))
        let december = (CalendarDate(year: 2027, month: 12, day: 1)!, CalendarDate(year: 2027, month: 12, day: 31)!)

        let report = try ComplianceReport.build(f.engine, clock: Self.clock, from: december.0, through: december.1)
        let step = try #require(report.sops.first?.steps.first { $0.step == "perintah_pemeriksaan" })
        #expect(step.uncomputed == 1)
        #expect(step.timed == 0)
        #expect(step.withinStandard == 0)
        #expect(step.withinShare == nil)

        let form = MonitoringForm.build(from: report)
        #expect(form.rows[0].runsWell == false)
        #expect(form.rows[0].findings.contains("tidak ada langkah yang ketepatan waktunya dapat dinilai"))
        #expect(form.rows[0].findings.contains("1 langkah tidak dapat dinilai"))
        #expect(form.rows[0].actions.contains("Perbarui kalender kerja"))

        // The open step (terima_pengaduan, 1 hari kerja from Friday 31 December) is listed, not hidden.
        let daily = try DailyReport.build(f.engine, clock: Self.clock, day: december.1, now: .distantFuture)
        #expect(daily.deviations.contains { $0.kind == "tenggat tidak dapat dihitung" && $0.step == "terima_pengaduan" })
        let overdue = try OverdueReport.build(f.engine, clock: Self.clock, at: Self.wib("2027-12-31 15:00"))
        #expect(overdue.desks.flatMap(\.rows).contains { if case .unknown = $0.status { true } else { false } })
    }

    /// The warning as users meet it: on stderr of any command that uses the calendar, exit unchanged.
    @Test func theBinaryWarnsOnStderr() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-kal-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        func overdue(at now: String) throws -> ProcessResult {
            try ProcessResult.sop(["laporan", "terlambat", "--data", data], environment: ["SOP_WAKTU_SEKARANG": now])
        }
        let before = try overdue(at: "2027-10-30T17:00:00Z")   // 31 October 00:00 WIB: 61 days left
        #expect(before.status == 0, "\(before.stderr)")
        #expect(!before.stderr.contains("KALENDER003"))
        let near = try overdue(at: "2027-10-31T17:00:00Z")     // 1 November 00:00 WIB
        #expect(near.status == 0, "\(near.stderr)")
        #expect(near.stderr.contains("peringatan KALENDER003: kalender kerja berakhir pada 31 Desember 2027 (60 hari lagi)"))
        let past = try overdue(at: "2028-01-03T01:00:00Z")
        #expect(past.status == 0, "\(past.stderr)")
        #expect(past.stderr.contains("sudah berakhir pada 31 Desember 2027"))
    }
}
