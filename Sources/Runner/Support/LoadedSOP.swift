import Foundation
import SOPDSL

/// Loads an SOP file for a command: reads it once, prints its errors (warnings in one line), and fails with exit 1
/// (or 2 when the file cannot be read). Returns the model and the exact text, for pinning.
enum LoadedSOP {
    static func load(_ path: String) throws -> (sop: SOP, source: String) {
        let data = FileManager.default.contents(atPath: path)
        // An unreadable file goes through the path-based loader, which says precisely why (SOP001).
        let loaded = data.map { SOPLoader.load(bytes: [UInt8]($0), path: path) } ?? SOPLoader.load(path: path)
        DeskFindings.print(loaded, path: path)
        guard let sop = loaded.sop, let data else {
            let unreadable = loaded.diagnostics.contains { [.unreadableFile, .fileTooLarge].contains($0.code) }
            throw CommandFailure("BERKAS002", "SOP '\(path)' tidak lolos pemeriksaan; perbaiki dulu (lihat 'sop periksa')",
                                 status: unreadable ? .usage : .findings)
        }
        return (sop, String(decoding: data, as: UTF8.self))
    }
}
