import Foundation

/// Writes a whole file or nothing: the text goes to a temporary file beside the target, which is
/// then renamed over it, so a failure never leaves a half-written document behind. Something
/// that is not a regular file is never replaced: a device (/dev/stdout) or FIFO is written
/// through, a symlink's target gets the document; temporary files left by a killed earlier run
/// are cleaned up.
enum AtomicFile {
    static func write(_ text: String, to path: String, links: Int = 0) throws {
        let url = URL(fileURLWithPath: path)
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw CommandFailure("BERKAS001", "'\(path)' adalah direktori; sebutkan nama berkas keluaran")
            case S_IFREG:
                break
            case S_IFLNK:
                // The link stays a link: its target gets the document (made when it is missing).
                guard links < 8, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                    throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' adalah tautan yang tidak dapat diikuti")
                }
                let resolved = target.hasPrefix("/") ? target : url.deletingLastPathComponent().appendingPathComponent(target).path
                return try write(text, to: resolved, links: links + 1)
            default:
                return try writeThrough(text, to: path)
            }
        }
        let directory = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder)
        guard exists, isFolder.boolValue else {
            let typed = (path as NSString).deletingLastPathComponent
            let why = exists ? "'\(typed)' bukan folder" : "folder '\(typed)' tidak ada"
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(why); buat dulu foldernya atau pilih tempat lain")
        }
        removeStaleTemporaries(of: url.lastPathComponent, in: directory)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(SystemReason.plain(error))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = SystemReason.posix(errno)
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(reason)")
        }
    }

    /// A device or FIFO keeps what it is: the text is written into it.
    private static func writeThrough(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat dibuka untuk ditulis")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw CommandFailure("BERKAS001", "berkas keluaran '\(path)' tidak dapat ditulis: \(SystemReason.plain(error))")
        }
    }

    /// `.NAME.PID.tmp` files of processes that no longer run (killed mid-write).
    private static func removeStaleTemporaries(of name: String, in directory: URL) {
        let prefix = ".\(name)."
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let pid = entry.dropFirst(prefix.count).dropLast(4)
            guard let number = Int32(pid), number != ProcessInfo.processInfo.processIdentifier else { continue }
            // kill(pid, 0) fails with ESRCH when no such process exists.
            if kill(number, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(entry))
            }
        }
    }
}
