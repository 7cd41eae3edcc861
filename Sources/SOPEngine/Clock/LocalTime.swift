import Foundation

/// Times as the office reads them: in the office's one zone, labelled WIB, WITA or WIT.
public enum LocalTime {
    private static let days = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// "Jum, 05 Apr 2024 10.30 WIB".
    public static func format(_ date: Date, zone: TimeZone) -> String {
        let c = components(date, zone)
        return String(format: "%@, %02d %@ %04d %02d.%02d %@", days[c.weekday! - 1], c.day!, months[c.month! - 1], c.year!, c.hour!, c.minute!,
                      label(zone))
    }

    /// ISO 8601 with the office's offset, for machine-readable output: "2024-04-05T10:30:00+07:00".
    public static func iso(_ date: Date, zone: TimeZone) -> String {
        let c = components(date, zone)
        let offset = zone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!,
                      sign, abs(offset) / 60, abs(offset) % 60)
    }

    /// "WIB", "WITA", "WIT" by the zone's offset (Asia/Pontianak is WIB too); else the zone's name.
    public static func label(_ zone: TimeZone) -> String {
        switch zone.secondsFromGMT() {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        default: zone.identifier
        }
    }

    private static func components(_ date: Date, _ zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }
}

/// An instant with the zone it is told in: engine messages name times as the office reads them.
public struct OfficeMoment: Sendable, Hashable, CustomStringConvertible {
    public var date: Date
    public var zone: TimeZone

    public init(_ date: Date, zone: TimeZone) { self.date = date; self.zone = zone }

    public var description: String { LocalTime.format(date, zone: zone) }
}

extension TimeZone {
    /// WIB, the zone of an office that names none.
    public static let wib = TimeZone(identifier: "Asia/Jakarta")!
}
