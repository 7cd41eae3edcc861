import Foundation
import SOPDSL

/// A JSON byte writer that produces exactly what `EventHasher.encoder` (`JSONEncoder` with
/// `.sortedKeys, .withoutEscapingSlashes`, dates as `Timestamp`) produces, without its
/// intermediate tree: stored hashes were computed from those bytes, so they must not change by
/// one byte. Callers write an object's keys in sorted (UTF-8 byte) order themselves; the keys
/// of types are fixed, so their order is fixed at compile time. Dynamic keys (case data) are
/// sorted here. `CanonicalJSONTests` checks every payload against `JSONEncoder`.
struct CanonicalJSON {
    private(set) var bytes: [UInt8] = []
    /// False once a number could not be written (NaN or infinity): `JSONEncoder` throws there.
    private(set) var isValid = true
    private var needsComma = false

    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: containers

    /// `{ ... }`: `body` writes the members, keys in sorted order.
    mutating func object(_ body: (inout CanonicalJSON) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<S: Sequence>(_ items: S, _ element: (inout CanonicalJSON, S.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for item in items { element(&self, item) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// `"key":` before a member's value.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    private mutating func dynamicKey(_ name: String) {
        separate()
        escaped(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    // MARK: values

    mutating func value(_ text: String) {
        separate()
        escaped(text)
        needsComma = true
    }

    mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
        needsComma = true
    }

    mutating func value(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        needsComma = true
    }

    mutating func value(_ date: Date) { value(Timestamp.format(date)) }

    /// As `JSONEncoder` writes a Double: its `description` without a trailing ".0".
    mutating func value(_ number: Double) {
        separate()
        guard number.isFinite else { isValid = false; needsComma = true; return }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    mutating func value(_ value: Value) {
        switch value {
        case .text(let text): self.value(text)
        case .number(let number): self.value(number)
        case .bool(let flag): self.value(flag)
        }
    }

    mutating func value(_ strings: [String]) { array(strings) { $0.value($1) } }

    /// A string-keyed dictionary: keys in UTF-8 byte order, as `JSONEncoder` sorts them off Darwin.
    mutating func value(_ values: [String: Value]) {
        object { json in
            for (key, value) in values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.dynamicKey(key)
                json.value(value)
            }
        }
    }

    // MARK: optional members (left out when nil, as synthesized `Codable` does)

    mutating func member(_ name: StaticString, _ text: String?) { if let text { key(name); value(text) } }
    mutating func member(_ name: StaticString, _ strings: [String]?) { if let strings { key(name); value(strings) } }

    // MARK: strings

    /// Quotes and escapes as `JSONEncoder` does: `"` and `\`, the short escapes \b \f \n \r \t,
    /// every other control character as \u00xx (lowercase hex); "/" and all non-ASCII verbatim.
    private mutating func escaped(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: bytes.append(UInt8(ascii: "\""))
                case 0x5C: bytes.append(UInt8(ascii: "\\"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)])
                }
            }
            if utf8.count > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 87 + nibble }
}
