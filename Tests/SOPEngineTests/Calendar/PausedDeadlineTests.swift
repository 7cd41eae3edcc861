import Foundation
import SOPDSL
import Testing
@testable import SOPEngine

/// Waiting for the outside party stops the clock: the time used is kept, the rest resumes.
/// Each expected value is worked out in the comment above it (office hours 07:30-12:00,
/// 13:00-16:00 Monday to Thursday; Monday 1 July 2024).
@Suite struct PausedDeadlineTests {
    static let calculator = DeadlineCalculator(calendar: CalendarFixtures.national)

    static func wib(_ text: String) -> Date { try! LocalTimeFormat.parse(text, zone: "WIB") }

    static func wait(_ from: String, _ to: String) -> DateInterval { DateInterval(start: wib(from), end: wib(to)) }

    static func due(_ start: String, _ span: TimeSpan, _ waits: [DateInterval]) throws -> String {
        LocalTimeFormat.format(try calculator.deadline(from: wib(start), span: span, pausedDuring: waits), zone: "WIB")
    }

    @Test func noWaitChangesNothing() throws {
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), []) == "Sen 2024-07-01 12:00")
    }

    @Test func aWaitPushesTheRestOut() throws {
        // 2 jam from 10:00: 30 used before the wait, 90 left from 11:00: 60 until 12:00, 30 after the break.
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), [Self.wait("2024-07-01 10:30", "2024-07-01 11:00")])
            == "Sen 2024-07-01 13:30")
    }

    @Test func aWaitAfterTheDeadlineDoesNotHelp() throws {
        // Due 12:00; the step was already late when the wait began.
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), [Self.wait("2024-07-01 13:00", "2024-07-01 14:00")])
            == "Sen 2024-07-01 12:00")
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), [Self.wait("2024-07-01 12:00", "2024-07-01 14:00")])
            == "Sen 2024-07-01 12:00")
    }

    @Test func aWaitBeforeTheStartCountsOnlyFromTheStart() throws {
        // Waiting until 10:30: 120 minutes from 10:30 = 90 until 12:00 + 30 after the break.
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), [Self.wait("2024-07-01 09:00", "2024-07-01 10:30")])
            == "Sen 2024-07-01 13:30")
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), [Self.wait("2024-07-01 08:00", "2024-07-01 09:00")])
            == "Sen 2024-07-01 12:00")
    }

    @Test func overlappingWaitsAreJoined() throws {
        // 10:30-11:15 waited: 30 used, 90 left from 11:15: 45 until 12:00, 45 after the break.
        let waits = [Self.wait("2024-07-01 10:45", "2024-07-01 11:15"), Self.wait("2024-07-01 10:30", "2024-07-01 11:00")]
        #expect(try Self.due("2024-07-01 10:00", .officeMinutes(120), waits) == "Sen 2024-07-01 13:45")
    }

    @Test func severalWaits() throws {
        // 3 jam from 08:00: 08:00-09:00 used, wait to 10:00, 10:00-11:00 used (120 in all), wait to 14:00, 60 left: 15:00.
        let waits = [Self.wait("2024-07-01 09:00", "2024-07-01 10:00"), Self.wait("2024-07-01 11:00", "2024-07-01 14:00")]
        #expect(try Self.due("2024-07-01 08:00", .officeMinutes(180), waits) == "Sen 2024-07-01 15:00")
    }

    @Test func aWaitOutsideOfficeHoursChangesNothing() throws {
        // 2 jam from 15:00 is due Tuesday 08:30 with or without a wait overnight.
        #expect(try Self.due("2024-07-01 15:00", .officeMinutes(120), [Self.wait("2024-07-01 17:00", "2024-07-02 07:00")])
            == "Sel 2024-07-02 08:30")
    }

    @Test func workingDaysResumeInOfficeTime() throws {
        // 1 hari kerja from Monday 10:00 is due Tuesday 16:00: 300 + 450 = 750 office minutes.
        // Waiting Tuesday 09:00-11:00 (120 office minutes) moves it 120 office minutes on: Wednesday 09:30.
        #expect(try Self.due("2024-07-01 10:00", .workingDays(1), [Self.wait("2024-07-02 09:00", "2024-07-02 11:00")])
            == "Rab 2024-07-03 09:30")
        // A whole working day waited moves it a whole working day.
        #expect(try Self.due("2024-07-01 10:00", .workingDays(1), [Self.wait("2024-07-02 07:00", "2024-07-02 17:00")])
            == "Rab 2024-07-03 16:00")
    }

    @Test func aWaitAcrossLebaranCostsOnlyOfficeTime() throws {
        // 1 jam from Friday 5 April 2024 15:30: 30 used by 16:00, then waiting through the whole break until
        // Tuesday 16 April 09:00; 30 left from 09:00.
        #expect(try Self.due("2024-04-05 15:30", .officeMinutes(60), [Self.wait("2024-04-05 16:00", "2024-04-16 09:00")])
            == "Sel 2024-04-16 09:30")
    }

    @Test func wallTimeStopsForTheWholeWait() throws {
        // 1x24 jam from Monday 10:00 with six hours of waiting: Tuesday 16:00.
        #expect(try Self.due("2024-07-01 10:00", .wallMinutes(1440), [Self.wait("2024-07-01 12:00", "2024-07-01 18:00")])
            == "Sel 2024-07-02 16:00")
        #expect(try Self.due("2024-07-01 10:00", .calendarDays(1), [Self.wait("2024-07-01 12:00", "2024-07-01 18:00")])
            == "Sel 2024-07-02 16:00")
    }

    @Test func rulesWithoutAStandardStayWithoutADeadline() throws {
        #expect(try Self.calculator.deadline(from: Self.wib("2024-07-01 10:00"), rule: .none,
                                             pausedDuring: [Self.wait("2024-07-01 10:30", "2024-07-01 11:00")]) == nil)
    }
}
