import Foundation
import SOPDSL
import Testing
@testable import SOPEngine

/// The calculator's API beyond the golden table: elapsed office time, the queries the case
/// engine asks, errors, and exact arithmetic with seconds.
@Suite struct DeadlineCalculatorTests {
    static let calculator = DeadlineCalculator(calendar: CalendarFixtures.national)

    /// An instant written in WIB ("2024-07-01 10:00").
    static func wib(_ text: String) -> Date { try! LocalTimeFormat.parse(text, zone: "WIB") }

    @Test func centralGovernmentHoursAre37AndAHalfHoursAWeek() {
        let hours = CalendarFixtures.national.hours
        #expect(hours.weeklyMinutes == 2250)
        for weekday in [Weekday.senin, .selasa, .rabu, .kamis] {
            #expect(hours[weekday]?.intervals.map(\.description) == ["07:30-12:00", "13:00-16:00"])
            #expect(hours[weekday]?.minutes == 450)
        }
        #expect(hours[.jumat]?.intervals.map(\.description) == ["07:30-11:30", "13:00-16:30"])
        #expect(hours[.jumat]?.minutes == 450)
        #expect(hours[.sabtu]?.isOpen == false)
        #expect(hours[.minggu]?.isOpen == false)
    }

    @Test func officeMinutesCountOnlyOfficeTime() throws {
        let c = Self.calculator
        // "1 hari kerja" is not 24 hours: Monday 10:00 to Tuesday 10:00 is one day of office time.
        #expect(try c.officeMinutes(from: Self.wib("2024-07-01 10:00"), to: Self.wib("2024-07-02 10:00")) == 450)
        #expect(try c.officeMinutes(from: Self.wib("2024-07-01 11:45"), to: Self.wib("2024-07-01 13:15")) == 30)
        #expect(try c.officeMinutes(from: Self.wib("2024-07-01 12:10"), to: Self.wib("2024-07-01 12:50")) == 0)
        // Across the Lebaran 2024 break: 30 minutes on Friday 5 April, 30 on Tuesday 16 April.
        #expect(try c.officeMinutes(from: Self.wib("2024-04-05 16:00"), to: Self.wib("2024-04-16 08:00")) == 60)
        #expect(try c.officeMinutes(from: Self.wib("2024-07-05 07:30"), to: Self.wib("2024-07-12 07:30")) == 2250)
    }

    @Test func officeMinutesAreNegativeWhenTimeIsLeft() throws {
        let due = Self.wib("2024-07-01 14:00")
        #expect(try Self.calculator.officeMinutes(from: due, to: Self.wib("2024-07-02 08:00")) == 150)
        #expect(try Self.calculator.officeMinutes(from: due, to: Self.wib("2024-07-01 11:00")) == -120)
        #expect(try Self.calculator.officeMinutes(from: due, to: due) == 0)
        // Whole minutes, rounded toward zero.
        #expect(try Self.calculator.officeMinutes(from: due, to: due.addingTimeInterval(119)) == 1)
    }

    @Test func officeMinutesOutsideTheCalendarThrow() throws {
        #expect(throws: CalendarError.self) {
            try Self.calculator.officeMinutes(from: Self.wib("2027-12-31 10:00"), to: Self.wib("2028-01-03 10:00"))
        }
        // Ending exactly at midnight needs nothing of the next day.
        #expect(try Self.calculator.officeMinutes(from: Self.wib("2027-12-31 15:00"), to: Self.wib("2028-01-01 00:00")) == 90)
    }

    @Test func outsideCalendarErrorSaysWhichDate() {
        do {
            _ = try Self.calculator.deadline(from: Self.wib("2028-01-03 10:00"), span: .officeMinutes(30))
            Issue.record("tidak ada galat")
        } catch {
            #expect(error == .outsideCalendar(year: 2028, covered: 2024...2027, date: CalendarDate(year: 2028, month: 1, day: 3)!))
            #expect(error.message == "kalender hanya mencakup tahun 2024-2027; tanggal 2028-01-03 di luar kalender")
            #expect(error.localizedDescription == error.message)
        }
    }

    @Test func rulesWithoutAStandardHaveNoDeadline() throws {
        let start = Self.wib("2024-07-01 10:00")
        #expect(try Self.calculator.deadline(from: start, rule: .none) == nil)
        #expect(try Self.calculator.deadline(from: start, rule: .freeText) == nil)
        let range = TimeRule.limit(lower: .officeMinutes(60), upper: .officeMinutes(120))
        #expect(try Self.calculator.deadline(from: start, rule: range) == Self.wib("2024-07-01 12:00"))
    }

    @Test func zeroAndNegativeSpans() throws {
        let start = Self.wib("2024-07-06 10:00")
        #expect(try Self.calculator.deadline(from: start, span: .officeMinutes(0)) == start)
        #expect(try Self.calculator.deadline(from: start, span: .workingDays(0)) == start)
        #expect(throws: CalendarError.negativeSpan(.officeMinutes(-5))) {
            try Self.calculator.deadline(from: start, span: .officeMinutes(-5))
        }
    }

    @Test func secondsAreKept() throws {
        let start = Self.wib("2024-07-01 10:15").addingTimeInterval(30.25)
        let due = try Self.calculator.deadline(from: start, span: .officeMinutes(30))
        #expect(due == Self.wib("2024-07-01 10:45").addingTimeInterval(30.25))
        let sameTime = DeadlineCalculator(calendar: CalendarFixtures.national, policy: .sameTime)
        #expect(try sameTime.deadline(from: start, span: .workingDays(1)) == Self.wib("2024-07-02 10:15").addingTimeInterval(30.25))
    }

    @Test func policyComesFromTheCalendarAndCanBeOverridden() throws {
        #expect(Self.calculator.policy == .closeOfDay)
        #expect(DeadlineCalculator(calendar: CalendarFixtures.calendars["WIB-jam_sama"]!).policy == .sameTime)
        let start = Self.wib("2024-07-01 10:00")
        let sameTime = DeadlineCalculator(calendar: CalendarFixtures.national, policy: .sameTime)
        #expect(try sameTime.deadline(from: start, span: .workingDays(1)) == Self.wib("2024-07-02 10:00"))
        #expect(try Self.calculator.deadline(from: start, span: .workingDays(1)) == Self.wib("2024-07-02 16:00"))
    }

    @Test func workingDaysAndOpenings() throws {
        let c = Self.calculator
        for (day, working) in [("2024-04-05", true), ("2024-04-10", false), ("2024-04-15", false), ("2024-04-16", true),
                               ("2024-02-14", false), ("2024-11-27", false), ("2025-08-18", false), ("2024-07-06", false),
                               ("2025-02-05", true)] {
            #expect(try c.isWorkingDay(CalendarDate(iso: day)!) == working, "\(day)")
            #expect(try c.isWorkingDay(Self.wib("\(day) 12:00")) == working, "\(day)")
        }
        let wit = DeadlineCalculator(calendar: CalendarFixtures.calendars["WIT"]!)
        #expect(try wit.isWorkingDay(CalendarDate(iso: "2025-02-05")!) == false)
        #expect(try c.isWorkingDay(CalendarDate(iso: "2027-01-01")!) == false)
        #expect(try c.isWorkingDay(CalendarDate(iso: "2027-01-04")!) == true)
        #expect(throws: CalendarError.self) { try c.isWorkingDay(CalendarDate(iso: "2028-01-03")!) }

        #expect(try c.nextOpening(after: Self.wib("2024-07-01 10:00")) == Self.wib("2024-07-01 10:00"))
        #expect(try c.nextOpening(after: Self.wib("2024-07-01 12:30")) == Self.wib("2024-07-01 13:00"))
        #expect(try c.nextOpening(after: Self.wib("2024-07-01 16:00")) == Self.wib("2024-07-02 07:30"))
        #expect(try c.nextOpening(after: Self.wib("2024-04-05 17:00")) == Self.wib("2024-04-16 07:30"))

        #expect(try c.isOpen(at: Self.wib("2024-07-01 07:30")))
        #expect(try !c.isOpen(at: Self.wib("2024-07-01 12:00")))
        #expect(try !c.isOpen(at: Self.wib("2024-07-01 16:00")))
        #expect(try c.isOpen(at: Self.wib("2024-07-05 16:15")))
    }

    @Test func daysOffExplainAMovedDeadline() {
        let names = Self.calculator.daysOff(from: Self.wib("2024-04-05 10:00"), to: Self.wib("2024-04-16 16:00")).map(\.date.iso)
        #expect(names == ["2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12", "2024-04-15"])
    }

    @Test func localDatesFollowTheCalendarsZone() {
        let instant = Self.wib("2024-07-01 22:30")
        let wit = DeadlineCalculator(calendar: CalendarFixtures.calendars["WIT"]!)
        #expect(Self.calculator.localDate(of: instant).iso == "2024-07-01")
        #expect(wit.localDate(of: instant).iso == "2024-07-02")
        #expect(wit.instant(CalendarDate(iso: "2024-07-02")!, ClockTime(hour: 0, minute: 30)) == instant)
    }
}
