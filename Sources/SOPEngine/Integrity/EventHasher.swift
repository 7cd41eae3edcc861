import Crypto
import Foundation

/// The canonical bytes of an event and their SHA-256. Canonical = JSON with sorted keys,
/// dates as ISO 8601 UTC with milliseconds, the `hash` field left out.
public enum EventHasher {
    private struct Canonical: Codable {
        let caseID: String, sequence: Int, payload: EventPayload, occurredAt: Date, recordedAt: Date
        let isBackdated: Bool, actor: ActorRecord, previousHash: String
    }

    /// Written by `CanonicalEventBody` (no `JSONEncoder` on the step path); the bytes are those
    /// of `encodedBody`, which `CanonicalJSONTests` holds it to.
    public static func canonicalBody(_ event: CaseEvent) -> Data { Data(canonicalBytes(event)) }

    static func canonicalBytes(_ event: CaseEvent) -> [UInt8] {
        // Where the writer cannot (a NaN in the data), the encoder's own outcome, byte for byte.
        CanonicalEventBody.bytes(event) ?? [UInt8](encodedBody(event))
    }

    /// The body as `JSONEncoder` writes it: the definition the hand-written body must equal.
    static func encodedBody(_ event: CaseEvent) -> Data {
        let body = Canonical(caseID: event.caseID, sequence: event.sequence, payload: event.payload,
                             occurredAt: event.occurredAt, recordedAt: event.recordedAt,
                             isBackdated: event.isBackdated, actor: event.actor, previousHash: event.previousHash)
        return (try? encoder.encode(body)) ?? Data()
    }

    /// The event a stored canonical body describes, with the hash it was stored under.
    public static func decodeBody(_ body: Data, hash: String) throws -> CaseEvent {
        let c = try decoder.decode(Canonical.self, from: body)
        return CaseEvent(caseID: c.caseID, sequence: c.sequence, payload: c.payload, occurredAt: c.occurredAt,
                         recordedAt: c.recordedAt, isBackdated: c.isBackdated, actor: c.actor, previousHash: c.previousHash, hash: hash)
    }

    public static func hash(_ event: CaseEvent) -> String {
        hex(SHA256.hash(data: canonicalBytes(event)))
    }

    /// Fills in `previousHash` and `hash` for an event about to be appended.
    public static func seal(_ event: CaseEvent, after previousHash: String) -> CaseEvent {
        sealed(event, after: previousHash).event
    }

    /// `seal`, with the canonical body the hash was taken of (the store keeps it: written once).
    static func sealed(_ event: CaseEvent, after previousHash: String) -> (event: CaseEvent, body: [UInt8]) {
        var sealed = event
        sealed.previousHash = previousHash
        let body = canonicalBytes(sealed)
        sealed.hash = hex(SHA256.hash(data: body))
        return (sealed, body)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest { out.append(hexDigits[Int(byte >> 4)]); out.append(hexDigits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }()

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
            }
            return date
        }
        return decoder
    }()
}

/// ISO 8601 UTC with milliseconds: "2024-04-05T02:30:00.000Z". Formatting and parsing this one
/// fixed shape is done by hand: a formatter per call was half the time of a step (docs/performance.md).
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        // Nearest, not floor: stored times are whole milliseconds, and t * 1000 may land a hair below one.
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
        let inDay = ms - days * 86_400_000
        let (y, m, d) = civil(fromDays: days)
        // Written in place: building digit arrays per field was most of a step's time stamps.
        return String(unsafeUninitializedCapacity: 24) { out in
            func put(_ n: Int64, _ width: Int, at start: Int) {
                var v = n
                for i in stride(from: start + width - 1, through: start, by: -1) { out[i] = UInt8(48 + v % 10); v /= 10 }
            }
            put(y, 4, at: 0); out[4] = 45; put(m, 2, at: 5); out[7] = 45; put(d, 2, at: 8); out[10] = 84
            put(inDay / 3_600_000, 2, at: 11); out[13] = 58; put(inDay / 60_000 % 60, 2, at: 14); out[16] = 58
            put(inDay / 1000 % 60, 2, at: 17); out[19] = 46; put(inDay % 1000, 3, at: 20); out[23] = 90
            return 24
        }
    }

    /// The fixed shape above (milliseconds optional); anything else (an offset such as +07:00)
    /// goes through Foundation's ISO 8601 parser.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int64? {
            var v: Int64 = 0
            for i in from..<from + count {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        if (b.count == 24 || b.count == 20), b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b.last == 90,
           let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2), let s = num(17, 2),
           (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 {
            var ms: Int64 = 0
            if b.count == 24 {
                guard b[19] == 46, let frac = num(20, 3) else { return fallback(text) }
                ms = frac
            }
            let total = (days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s) * 1000 + ms
            return Date(timeIntervalSince1970: Double(total) / 1000)
        }
        return fallback(text)
    }

    private static func fallback(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
