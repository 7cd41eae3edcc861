import Foundation

/// The file names of source locations, each stored once for the process. A location holds two
/// small numbers instead of a `String`: every copy of a located value (each `Text`, `Reference`,
/// `Step`) retained and released the path, a large share of loading a big SOP. Names are never
/// freed: a process names a handful of files (a test run, a few thousand).
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()

    /// A name's two numbers: `spelling` gives back the exact bytes it was written with;
    /// `identity` is shared by names that are equal as `String`s (canonically equivalent), so
    /// locations compare and hash exactly as they did with the path inside.
    struct ID: Hashable, Sendable {
        let spelling: UInt32
        let identity: UInt32
    }

    private let lock = NSLock()
    private var names: [String] = []
    private var bySpelling: [[UInt8]: UInt32] = [:]
    private var byIdentity: [String: UInt32] = [:]

    /// The empty name (a built-in default's location), registered first so it costs no lock.
    static let empty = shared.id("")

    func id(_ name: String) -> ID {
        let bytes = Array(name.utf8)
        return lock.withLock {
            let spelling: UInt32
            if let known = bySpelling[bytes] {
                spelling = known
            } else {
                spelling = UInt32(names.count)
                names.append(name)
                bySpelling[bytes] = spelling
            }
            let identity: UInt32
            if let known = byIdentity[name] {
                identity = known
            } else {
                identity = spelling
                byIdentity[name] = spelling
            }
            return ID(spelling: spelling, identity: identity)
        }
    }

    func name(_ id: ID) -> String {
        lock.withLock { names[Int(id.spelling)] }
    }
}
