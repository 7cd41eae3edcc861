import Foundation
import SOPDSL
@testable import SOPEngine

/// Locations and shared calendars for the calendar tests, found from this file so the tests
/// run from any directory.
enum CalendarFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = directory.appendingPathComponent("Fixtures")
    static let shipped = packageRoot.appendingPathComponent("kalender")
    static let goldenTable = directory.appendingPathComponent("deadline-cases.tsv")

    /// The calendars the golden table names in its `zona` column.
    static let calendarFiles: [String: URL] = [
        "WIB": shipped.appendingPathComponent("nasional.yaml"),
        "WITA": fixtures.appendingPathComponent("kantor-wita.yaml"),
        "WIT": shipped.appendingPathComponent("contoh-kantor-wit.yaml"),
        "WIB-jam_sama": fixtures.appendingPathComponent("nasional-jam-sama.yaml"),
    ]

    /// Each calendar loaded once; a calendar that fails to load stops the tests with its findings.
    static let calendars: [String: WorkCalendar] = calendarFiles.mapValues { load($0) }

    static func load(_ url: URL) -> WorkCalendar {
        let (calendar, diagnostics) = CalendarLoader.load(path: url.path)
        guard let calendar else { fatalError("kalender \(url.path) gagal dimuat: \(diagnostics)") }
        return calendar
    }

    static var national: WorkCalendar { calendars["WIB"]! }
}

/// Reads and writes local times as the golden table does: "Sen 2024-07-01 10:00", optionally
/// followed by a zone ("WIT") when the instant is given in another zone than the row's.
struct LocalTimeFormat {
    static let weekdays = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let zones = ["WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"]

    enum Failure: Error, CustomStringConvertible {
        case malformed(String), wrongWeekday(String, expected: String)
        var description: String {
            switch self {
            case .malformed(let text): "waktu '\(text)' tidak dapat dibaca"
            case .wrongWeekday(let text, let expected): "'\(text)': hari seharusnya \(expected)"
            }
        }
    }

    static func gregorian(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zones[zone] ?? zone)!
        return calendar
    }

    /// The instant a cell names; `zone` is the row's zone abbreviation unless the cell gives one.
    static func parse(_ text: String, zone: String) throws -> Date {
        var words = text.split(separator: " ").map(String.init)
        var cellZone = zone
        if let last = words.last, zones[last] != nil { cellZone = last; words.removeLast() }
        var weekday: String?
        if let first = words.first, weekdays.contains(first) { weekday = first; words.removeFirst() }
        guard words.count == 2, let day = CalendarDate(iso: words[0]) else { throw Failure.malformed(text) }
        let clock = words[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2 else { throw Failure.malformed(text) }
        let calendar = gregorian(cellZone)
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: clock[0], minute: clock[1]))!
        let actual = weekdays[calendar.component(.weekday, from: date) - 1]
        if let weekday, weekday != actual { throw Failure.wrongWeekday(text, expected: actual) }
        return date
    }

    /// "Sen 2024-07-01 10:00" in `zone`, with the zone written when `showZone`.
    static func format(_ date: Date, zone: String, showZone: Bool = false) -> String {
        let calendar = gregorian(zone)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let day = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        var clock = two(parts.hour!) + ":" + two(parts.minute!)
        if parts.second! != 0 { clock += ":" + two(parts.second!) }
        return "\(weekdays[parts.weekday! - 1]) \(day) \(clock)" + (showZone ? " \(zone)" : "")
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
