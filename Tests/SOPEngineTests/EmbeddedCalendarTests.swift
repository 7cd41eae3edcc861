import Foundation
import Testing
@testable import SOPEngine

/// The calendar built into the binary is exactly kalender/nasional.yaml (regenerate with scripts/embed-calendar.py).
@Suite struct EmbeddedCalendarTests {
    @Test func embeddedCalendarMatchesTheShippedFile() throws {
        let file = try String(contentsOf: EngineFixture.root.appendingPathComponent("kalender/nasional.yaml"), encoding: .utf8)
        #expect(EmbeddedCalendar.national == file, "run python3 scripts/embed-calendar.py")
    }
}
