import Foundation
import SOPDSL
import SOPEngine

/// An SOP and one of its versions, as reports group them ("Name, versi 1a2b3c4d5e6f").
public struct SOPVersionKey: Sendable, Hashable, Comparable {
    public var name: String
    public var version: String

    public init(name: String, version: String) { self.name = name; self.version = version }

    public var printed: String { "\(name), versi \(version.prefix(12))" }

    public static func < (a: SOPVersionKey, b: SOPVersionKey) -> Bool { (a.name, a.version) < (b.name, b.version) }
}

/// `sop versi`: per SOP number, every version the store has pinned, with the cases on it.
public struct VersionList: Sendable {
    public struct Version: Sendable, Hashable {
        public var hash: String
        public var name: String
        public var number: String
        public var revisedOn: String?
        public var path: String
        public var open: Int
        public var closed: Int
    }

    /// By SOP number, each number's versions oldest revision first.
    public var numbers: [(number: String, versions: [Version])]

    public static func build(_ engine: CaseEngine) throws -> VersionList {
        let summaries = try engine.storeCall { try engine.store.caseSummaries() }
        var open: [String: Int] = [:], closed: [String: Int] = [:]
        for s in summaries { if s.status == .open { open[s.sopHash, default: 0] += 1 } else { closed[s.sopHash, default: 0] += 1 } }
        var byNumber: [String: [Version]] = [:]
        for stored in try engine.storeCall({ try engine.store.sopVersions() }) {
            let sop = try? engine.sop(hash: stored.hash)
            let number = sop?.identity.number.value ?? "?"
            byNumber[number, default: []].append(Version(
                hash: stored.hash, name: sop?.identity.name.value ?? stored.name, number: number,
                revisedOn: sop?.identity.revisedOn?.printed, path: stored.path, open: open[stored.hash] ?? 0, closed: closed[stored.hash] ?? 0))
        }
        return VersionList(numbers: byNumber.keys.sorted().map { number in
            (number, byNumber[number]!.sorted { ($0.revisedOn ?? "", $0.path, $0.hash) < ($1.revisedOn ?? "", $1.path, $1.hash) })
        })
    }
}

/// `sop versi` as text and JSON (docs/json/versi.schema.json).
public struct VersionListView: Sendable {
    public let list: VersionList
    public init(_ list: VersionList) { self.list = list }

    public var text: String {
        guard !list.numbers.isEmpty else { return "Belum ada versi SOP yang tersimpan (versi disimpan saat kasus pertama dibuka)." }
        return list.numbers.map { number, versions in
            "SOP nomor \(number): \(versions.count) versi\n" + versions.map { v in
                "  \(v.hash.prefix(12))  \(v.name); revisi \(v.revisedOn ?? "-"); berkas \(v.path); kasus berjalan \(v.open), selesai \(v.closed)"
            }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    struct JSONView: Encodable {
        struct Number: Encodable { let nomor: String; let versi: [Version] }
        struct Version: Encodable {
            let versi: String, nama: String, tanggalRevisi: String?, berkas: String
            let kasusBerjalan: Int, kasusSelesai: Int
        }
        let sop: [Number]
    }

    public var json: String {
        JSONText.encode(JSONView(sop: list.numbers.map { number, versions in
            .init(nomor: number, versi: versions.map { .init(versi: $0.hash, nama: $0.name, tanggalRevisi: $0.revisedOn, berkas: $0.path,
                                                             kasusBerjalan: $0.open, kasusSelesai: $0.closed) })
        }), zone: .wib)
    }
}
