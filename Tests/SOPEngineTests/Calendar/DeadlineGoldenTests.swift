import Foundation
import SOPDSL
import Testing
@testable import SOPEngine

/// One row of deadline-cases.tsv: zone, start, time standard, expected deadline, note.
struct DeadlineCase: Sendable, CustomTestStringConvertible {
    var line: Int
    var zone: String
    var start: String
    var standard: String
    var expected: String
    var note: String

    var testDescription: String { "baris \(line): \(zone) \(start) + \(standard)" }

    static let noDeadline = "tidak ada"
    static let errorPrefix = "galat: "

    /// What the calculator gives for this row, written as the table writes it.
    func actual() throws -> String {
        let calendar = try #require(CalendarFixtures.calendars[zone], "zona '\(zone)' tidak dikenal")
        let instant = try LocalTimeFormat.parse(start, zone: Self.zoneAbbreviation(zone))
        var diagnostics = DiagnosticCollector()
        let parsed = TimeStandardParser.parse(standard, at: .unknown(), diagnostics: &diagnostics)
        let rule = try #require(parsed?.rule, "waktu '\(standard)' tidak dapat dibaca: \(diagnostics.diagnostics)")
        do {
            guard let due = try DeadlineCalculator(calendar: calendar).deadline(from: instant, rule: rule) else {
                return Self.noDeadline
            }
            // A deadline written in another zone than the row's is compared in that zone.
            let shownZone = expected.split(separator: " ").last.map(String.init).flatMap { LocalTimeFormat.zones[$0] != nil ? $0 : nil }
            return LocalTimeFormat.format(due, zone: shownZone ?? Self.zoneAbbreviation(zone), showZone: shownZone != nil)
        } catch {
            return Self.errorPrefix + error.message
        }
    }

    /// "WIB-jam_sama" is a WIB calendar.
    static func zoneAbbreviation(_ zone: String) -> String {
        String(zone.prefix { $0 != "-" })
    }
}

/// The golden table: every row computed by `DeadlineCalculator` and compared exactly.
/// `SOP_RECORD=1` rewrites the `tenggat` column; each recorded value must then be checked by
/// hand (the note column says why the tricky ones are right) before it is committed.
@Suite struct DeadlineGoldenTests {
    static let text = (try? String(contentsOf: CalendarFixtures.goldenTable, encoding: .utf8)) ?? ""
    static let cases: [DeadlineCase] = parse(text)

    static func parse(_ text: String) -> [DeadlineCase] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4 else { return nil }
            return DeadlineCase(line: index + 1, zone: cells[0], start: cells[1], standard: cells[2], expected: cells[3],
                                note: cells.count > 4 ? cells[4] : "")
        }
    }

    @Test func tableHasAtLeast200Cases() {
        #expect(Self.cases.count >= 200, "baru \(Self.cases.count) kasus")
        let malformed = Self.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .filter { $0.split(separator: "\t", omittingEmptySubsequences: false).count < 4 }
        #expect(malformed.isEmpty, "baris tanpa 4 kolom: \(malformed)")
    }

    @Test(arguments: cases)
    func deadlineMatchesTable(_ row: DeadlineCase) throws {
        guard !Self.isRecording else { return }
        let actual = try row.actual()
        #expect(actual == row.expected, "\(row.note)")
    }

    /// Rewrites the expected column from the calculator (only with SOP_RECORD=1).
    @Test func recordTable() throws {
        guard Self.isRecording else { return }
        var lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for row in Self.cases {
            var cells = lines[row.line - 1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            cells[3] = try row.actual()
            lines[row.line - 1] = cells.joined(separator: "\t")
        }
        try lines.joined(separator: "\n").write(to: CalendarFixtures.goldenTable, atomically: true, encoding: .utf8)
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["SOP_RECORD"] == "1" }
}
