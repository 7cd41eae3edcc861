import Foundation

/// Writes a whole file or nothing: the text goes to a temporary file beside the target, which is
/// then renamed over it, so a failure never leaves a half-written document behind.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure("BERKAS001", "'\(path)' adalah direktori; sebutkan nama berkas keluaran")
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(reason)")
        }
    }
}
