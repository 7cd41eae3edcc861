import Foundation
import SOPEngine

/// `--json` output: pretty, sorted, dates in ISO 8601 UTC.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        Output.print(String(decoding: data, as: UTF8.self))
    }
}

/// Local times for people: "Jum, 05 Apr 2024 10.30 WIB".
enum LocalTime {
    static func format(_ date: Date, zone: String = "Asia/Jakarta") -> String {
        let tz = TimeZone(identifier: zone) ?? TimeZone(identifier: "Asia/Jakarta")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = tz
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let days = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
        let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        let label = ["Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"][tz.identifier] ?? tz.identifier
        return String(format: "%@, %02d %@ %04d %02d.%02d %@", days[c.weekday! - 1], c.day!, months[c.month! - 1], c.year!, c.hour!, c.minute!, label)
    }
}
