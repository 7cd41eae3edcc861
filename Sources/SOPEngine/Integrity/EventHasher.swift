import Crypto
import Foundation

/// The canonical bytes of an event and their SHA-256. Canonical = JSON with sorted keys,
/// dates as ISO 8601 UTC with milliseconds, the `hash` field left out.
public enum EventHasher {
    private struct Canonical: Codable {
        let caseID: String, sequence: Int, payload: EventPayload, occurredAt: Date, recordedAt: Date
        let isBackdated: Bool, actor: ActorRecord, previousHash: String
    }

    public static func canonicalBody(_ event: CaseEvent) -> Data {
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
        hex(SHA256.hash(data: canonicalBody(event)))
    }

    /// Fills in `previousHash` and `hash` for an event about to be appended.
    public static func seal(_ event: CaseEvent, after previousHash: String) -> CaseEvent {
        var sealed = event
        sealed.previousHash = previousHash
        sealed.hash = hash(sealed)
        return sealed
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }()

    static let decoder: JSONDecoder = {
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

/// ISO 8601 UTC with milliseconds: "2024-04-05T02:30:00.000Z".
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = Int(ms - seconds * 1000)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(c.year!, 4))-\(pad(c.month!, 2))-\(pad(c.day!, 2))T\(pad(c.hour!, 2)):\(pad(c.minute!, 2)):\(pad(c.second!, 2)).\(pad(millis, 3))Z"
    }

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
