import Foundation
import SOPDSL
import SOPEngine

/// The shipped SOP and roster a benchmark runs on, loaded and checked once.
struct Inputs {
    var sop: SOP
    var source: String
    var roster: Roster

    /// `root` is the repository (the folder holding sops/ and contoh/).
    init(root: String, sopPath: String = "sops/helpdesk.yaml", rosterPath: String = "contoh/petugas.yaml") throws {
        let sopFile = Self.resolve(sopPath, root: root)
        let loaded = SOPLoader.load(path: sopFile)
        guard let sop = loaded.sop, let bytes = FileManager.default.contents(atPath: sopFile) else {
            throw BenchError("\(sopFile): SOP tidak dapat dimuat: \(loaded.diagnostics.prefix(3))")
        }
        let (roster, diagnostics, _) = RosterLoader.load(path: Self.resolve(rosterPath, root: root))
        guard let roster else { throw BenchError("\(rosterPath): daftar petugas tidak dapat dimuat: \(diagnostics.prefix(3))") }
        self.sop = sop
        self.source = String(decoding: bytes, as: UTF8.self)
        self.roster = roster
    }

    static func resolve(_ path: String, root: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: root).appendingPathComponent(path).path
    }

    /// Removes a SQLite store and its WAL files, so each run starts from the same state.
    static func removeStore(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
