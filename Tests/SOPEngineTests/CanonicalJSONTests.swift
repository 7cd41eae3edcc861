import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// The hand-written canonical body and case summary are, byte for byte, what `JSONEncoder`
/// wrote before them: every stored hash was taken of those bytes, so existing stores verify.
@Suite struct CanonicalJSONTests {
    /// Strings a person or a file can bring: quotes, backslashes, every control character,
    /// "/", non-ASCII of every UTF-8 length, combining marks, line and paragraph separators.
    static let awkward: [String] = [
        "", "biasa", "\"kutip\" dan 'petik'", "garis\\miring\\", "a/b/c", "</script>", "http://x.id/a?b=c&d",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "tab\there\nnew\rret\u{8}bs\u{C}ff", "\u{7F}del",
        "é café naïve", "Jl. Sudirman № 5 — Jakarta", "中文 日本語 한국어", "emoji 👍🏽 👨‍👩‍👧 🇮🇩", "e\u{301} combining",
        "\u{2028}line\u{2029}para", "\u{FEFF}bom", "\u{10FFFF}", "angka 0812-3456-7890",
    ]

    static let numbers: [Double] = [
        0, -0.0, 1, -1, 1.5, 0.1, 0.1 + 0.2, 1e15, 1e16, 1e21, 1e-7, 123_456_789_012_345_680, .pi, -2.5e-300,
        Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, 4_000_000_000, 12.0, 99.99,
    ]

    static let dates: [Date] = [
        Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_712_023_200.123), Date(timeIntervalSince1970: -86_400_001 / 1000),
        Date(timeIntervalSince1970: -12_219_292_800), Date(timeIntervalSince1970: 253_402_300_799.999),
        Date(timeIntervalSince1970: 1_709_251_199.999),
    ]

    static func data(_ salt: Int) -> [String: Value] {
        var data: [String: Value] = [:]
        // Keys that sort differently by bytes, by case or by number: the encoder sorts by UTF-8 bytes.
        let keys = ["b", "a10", "a9", "A", "_x", "Z_", "é", "z", "nomor", "nomor_handphone", "ab", "a"]
        for (i, key) in keys.enumerated() {
            switch (i + salt) % 3 {
            case 0: data[key] = .text(awkward[(i + salt) % awkward.count])
            case 1: data[key] = .number(numbers[(i + salt) % numbers.count])
            default: data[key] = .bool(i % 2 == 0)
            }
        }
        for (i, text) in awkward.enumerated() where !text.isEmpty { data[text] = .number(Double(i)) }
        return data
    }

    static let actors: [ActorRecord] = [
        .system,
        ActorRecord(kind: .staff, id: "198501012010011001", name: "Rina \"Wulan\" Dari", role: "petugas_helpdesk"),
        ActorRecord(kind: .staff, id: "1", name: "Hendra", role: "anggota", delegation: "Plh. untuk NIP 2"),
        ActorRecord(kind: .external, id: "Budi / Santoso", name: "Budi / Santoso", role: "pemohon", contact: "budi@x.id"),
        ActorRecord(kind: .external, id: "\u{1}", name: "\u{1}", contact: "0812\n"),
    ]

    static var payloads: [EventPayload] {
        var out: [EventPayload] = []
        for (i, text) in awkward.enumerated() {
            out.append(.opened(CaseOpened(sopHash: "h\(i)", sopName: text, sopNumber: "No. \(text)", sopPath: "sops/\(text).yaml",
                                          data: i % 4 == 0 ? [:] : data(i),
                                          firstStep: "mulai", firstSteps: i % 2 == 0 ? nil : ["a", text],
                                          start: i % 3 == 0 ? nil : text, procedure: i % 5 == 0 ? text : nil,
                                          sopTextHash: i % 2 == 0 ? "t\(i)" : nil, note: i % 3 == 1 ? text : nil)))
            out.append(.stepCompleted(StepCompleted(
                step: text, fields: i % 4 == 1 ? [:] : data(i + 1), requirementsPresent: i % 2 == 0 ? [] : [text, "KTP"],
                requirementsMissing: i % 3 == 0 ? [text] : [], outputProduced: i % 2 == 0,
                exit: i % 2 == 0 ? nil : text, exitChosenBy: [nil, .actor, .condition][i % 3],
                next: i % 5 == 0 ? [] : ["x", text], waiting: i % 4 == 0 ? nil : [text], withdrawn: i % 3 == 2 ? [text, "y"] : nil,
                level: [nil, .kabupatenKota, .provinsi, .pusat, .eksternal][i % 5], escalated: i % 2 == 1, note: i % 2 == 0 ? text : nil)))
            out.append(.stepRefused(StepRefused(step: text, code: "KASUS0\(i)", message: "ditolak: \(text)")))
            out.append(.dutyDone(DutyDone(sopHash: "h", duty: text, note: i % 2 == 0 ? nil : text)))
            out.append(.moved(CaseMoved(fromHash: "a", toHash: "b", toTextHash: "c", sopName: text, sopNumber: "1", sopPath: "p/\(text)",
                                        steps: i % 3 == 0 ? [] : [.init(from: text, to: "to"), .init(from: "f", to: text)],
                                        restarted: i % 2 == 0, note: i % 2 == 1 ? nil : text)))
        }
        return out
    }

    static func events() -> [CaseEvent] {
        payloads.enumerated().map { i, payload in
            CaseEvent(caseID: "HELPDESK-\(i)", sequence: i + 1, payload: payload, occurredAt: dates[i % dates.count],
                      recordedAt: dates[(i + 1) % dates.count], isBackdated: i % 2 == 0, actor: actors[i % actors.count],
                      previousHash: i == 0 ? CaseEvent.genesisHash : String(repeating: "ab", count: 32), hash: "ignored")
        }
    }

    @Test func everyPayloadKindMatchesTheEncoderByteForByte() throws {
        let events = Self.events()
        #expect(Set(events.map(\.kind)).count == 5)
        for event in events {
            let written = try #require(CanonicalEventBody.bytes(event))
            let encoded = [UInt8](EventHasher.encodedBody(event))
            #expect(!encoded.isEmpty)
            #expect(written == encoded, "\(event.kind) #\(event.sequence):\n\(String(decoding: written, as: UTF8.self))\n\(String(decoding: encoded, as: UTF8.self))")
        }
    }

    @Test func everyNumberMatchesTheEncoder() throws {
        for number in Self.numbers + Self.numbers.map({ -$0 }) + (0..<200).map({ Double($0) / 7 }) {
            let done = StepCompleted(step: "s", fields: ["n": .number(number)], requirementsPresent: [], requirementsMissing: [],
                                     outputProduced: true, exit: nil, exitChosenBy: nil, next: [], level: nil, escalated: false, note: nil)
            let event = CaseEvent(caseID: "K", sequence: 2, payload: .stepCompleted(done), occurredAt: Self.dates[1],
                                  recordedAt: Self.dates[1], isBackdated: false, actor: .system, previousHash: "", hash: "")
            #expect(try #require(CanonicalEventBody.bytes(event)) == [UInt8](EventHasher.encodedBody(event)), "\(number)")
        }
    }

    @Test func aNumberTheEncoderRefusesGivesItsOutcome() {
        let done = StepCompleted(step: "s", fields: ["n": .number(.nan)], requirementsPresent: [], requirementsMissing: [],
                                 outputProduced: true, exit: nil, exitChosenBy: nil, next: [], level: nil, escalated: false, note: nil)
        let event = CaseEvent(caseID: "K", sequence: 2, payload: .stepCompleted(done), occurredAt: Self.dates[0],
                              recordedAt: Self.dates[0], isBackdated: false, actor: .system, previousHash: "", hash: "")
        #expect(CanonicalEventBody.bytes(event) == nil)
        #expect(EventHasher.canonicalBody(event) == EventHasher.encodedBody(event))
    }

    @Test func sealingHashesTheBodyItKeeps() throws {
        for event in Self.events().prefix(20) {
            let (sealed, body) = EventHasher.sealed(event, after: "ff")
            #expect(sealed.previousHash == "ff")
            #expect(body == [UInt8](EventHasher.encodedBody(sealed)))
            #expect(sealed.hash == EventHasher.hash(sealed))
            #expect(EventHasher.seal(event, after: "ff") == sealed)
            // What the store keeps decodes back to the same event.
            #expect(try EventHasher.decodeBody(Data(body), hash: sealed.hash) == sealed)
        }
    }

    @Test func caseSummaryMatchesTheEncoderByteForByte() throws {
        for (i, event) in Self.events().enumerated() {
            guard case .opened = event.payload, var state = CaseState(events: [event]) else { continue }
            let later = Self.events().filter { if case .stepCompleted = $0.payload { true } else { false } }
            for done in later.prefix(i % 7) {
                var next = done
                next.caseID = state.id
                next.sequence = state.lastSequence + 1
                state.apply(next)
            }
            let summary = CaseSummary(state)
            let written = try #require(CaseSummaryJSON.text(summary))
            let encoded = String(decoding: try EventHasher.encoder.encode(summary), as: UTF8.self)
            #expect(written == encoded)
            #expect(try EventHasher.decoder.decode(CaseSummary.self, from: Data(written.utf8)) == summary)
        }
    }
}
