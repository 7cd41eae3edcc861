import Foundation
import SOPDSL

/// The one parser for every time a person gives the program (`--pada`, `$SOP_WAKTU_SEKARANG`):
/// "2024-04-05 10:30" in the office's zone, or ISO 8601 with seconds and a zone
/// ("2024-04-05T03:30:00Z", "2024-04-05T10:30:00+07:00"). Nothing is rolled over: 24:00, 25:61,
/// 2025-02-31 or +25:00 is refused with what is wrong, as the field validator refuses them.
public enum TimeInput {
    /// The instant, or the reason in Bahasa Indonesia why the text is not one.
    public static func parse(_ text: String, zone: String) -> Result<Date, TimeInputError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        let scalars = Array(t.unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var v = 0
            for s in scalars[from..<(from + count)] {
                guard let d = s.properties.numericType == .decimal ? Int(String(s)) : nil, s.isASCII else { return nil }
                v = v * 10 + d
            }
            return v
        }
        func at(_ i: Int, _ c: Character) -> Bool { i < scalars.count && Character(scalars[i]) == c }
        guard scalars.count >= 16, let year = digits(0, 4), at(4, "-"), let month = digits(5, 2), at(7, "-"), let day = digits(8, 2),
              at(10, " ") || at(10, "T"), let hour = digits(11, 2), at(13, ":") || at(13, "."), let minute = digits(14, 2) else {
            return .failure(.shape)
        }
        guard (1900...2200).contains(year) else { return .failure(.year(year)) }
        guard (1...12).contains(month) else { return .failure(.month(month)) }
        guard CalendarDate(year: year, month: month, day: day) != nil else { return .failure(.day(year: year, month: month, day: day)) }
        guard hour < 24 else { return .failure(.hour(hour)) }
        guard minute < 60 else { return .failure(.minute(minute)) }
        var i = 16
        var second = 0
        if at(i, ":") {
            guard let s = digits(i + 1, 2), s < 60 else { return .failure(.second) }
            second = s
            i += 3
            if at(i, ".") {
                i += 1
                while i < scalars.count, digits(i, 1) != nil { i += 1 }
            }
        }
        let offsetSeconds: Int?
        if i == scalars.count {
            // No zone written: the office's.
            offsetSeconds = nil
        } else if at(i, "Z"), i + 1 == scalars.count {
            offsetSeconds = 0
        } else if at(i, "+") || at(i, "-"), let oh = digits(i + 1, 2), at(i + 3, ":"), let om = digits(i + 4, 2), i + 6 == scalars.count {
            guard oh <= 14, om < 60 else { return .failure(.offset(String(t.unicodeScalars.suffix(6)))) }
            offsetSeconds = (at(i, "-") ? -1 : 1) * (oh * 3600 + om * 60)
        } else {
            return .failure(.shape)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offsetSeconds.flatMap { TimeZone(secondsFromGMT: $0) }
            ?? TimeZone(identifier: zone) ?? TimeZone(identifier: "Asia/Jakarta")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return .failure(.shape) }
        let fraction = t.firstIndex(of: ".").flatMap { dot -> Double? in
            dot > t.index(t.startIndex, offsetBy: 16) ? Double("0" + t[dot...].prefix { $0 == "." || $0.isNumber }) : nil
        } ?? 0
        return .success(date.addingTimeInterval(fraction))
    }
}

/// Why a typed time is not one, in Bahasa Indonesia.
public enum TimeInputError: Error, Equatable, Sendable {
    case shape, year(Int), month(Int), day(year: Int, month: Int, day: Int), hour(Int), minute(Int), second, offset(String)

    public var reason: String {
        switch self {
        case .shape: "bentuknya tidak dikenali"
        case .year(let y): "tahun \(y) di luar 1900-2200"
        case .month(let m): "bulan \(m) tidak ada (01-12)"
        case .day(let y, let m, let d): "tanggal \(d) tidak ada pada bulan \(m) tahun \(y)"
        case .hour(let h): "jam \(h) tidak ada (00-23; tengah malam ditulis 00:00 hari berikutnya)"
        case .minute(let m): "menit \(m) tidak ada (00-59)"
        case .second: "detik tidak sah (00-59)"
        case .offset(let o): "selisih zona \(o) tidak sah (paling jauh ±14:00)"
        }
    }
}
