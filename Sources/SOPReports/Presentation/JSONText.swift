import Foundation
import SOPDSL
import SOPEngine

/// The one JSON form of every command's `--json`: keys in snake_case Indonesian, sorted, numbers
/// as numbers, times as ISO 8601 with the office's offset ("2024-04-05T10:30:00+07:00"). Each
/// command's shape is documented in docs/json/.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T, zone: TimeZone) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(LocalTime.iso(date, zone: zone))
        }
        // Every view is plain data: encoding cannot fail short of a bug, and then says so.
        guard let data = try? encoder.encode(value) else { return "{\"galat\": \"keluaran JSON tidak dapat dibuat\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// `{"jumlah": 12, "akar": "…"}`: the store-wide log's head, printed on recaps and forms.
public struct CheckpointJSON: Encodable, Sendable {
    public var jumlah: Int
    public var akar: String

    public init(size: Int, root: String) { jumlah = size; akar = root }

    public var text: String { "Titik periksa penyimpanan: \(jumlah) peristiwa, akar \(akar)" }
}
