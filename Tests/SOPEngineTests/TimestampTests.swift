import Foundation
import Testing
@testable import SOPEngine

/// The hand-written timestamp codec agrees with Foundation's ISO 8601 on every shape it handles.
@Suite struct TimestampTests {
    @Test func roundTripsAgainstFoundation() {
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let ms = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &rng)
            let date = Date(timeIntervalSince1970: Double(ms) / 1000)
            let text = Timestamp.format(date)
            #expect(text == reference.string(from: date), "\(ms)")
            #expect(Timestamp.parse(text) == date)
        }
    }

    @Test(arguments: [
        ("2024-02-29T23:59:59.999Z", 1_709_251_199_999), ("2024-04-05T03:00:00Z", 1_712_286_000_000),
        ("1970-01-01T00:00:00.000Z", 0), ("2024-04-05T10:00:00+07:00", 1_712_286_000_000),
    ])
    func parsesFixedAndOffsetForms(_ text: String, _ ms: Int64) {
        #expect(Timestamp.parse(text) == Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    @Test func rejectsJunk() {
        #expect(Timestamp.parse("kemarin") == nil)
        #expect(Timestamp.parse("2024-13-05T03:00:00.000Z") == nil)
    }
}
