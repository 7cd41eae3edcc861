import Foundation

/// The documented exit statuses of every `sop` command.
enum ExitStatus: Int32 {
    /// Done; warnings may have been printed.
    case ok = 0
    /// The SOP or the case has errors (findings, refusals, a broken chain).
    case findings = 1
    /// Wrong use of the command, or a file that cannot be read or written.
    case usage = 2
    /// A guided `sop kasus` stopped with Ctrl-C (128 + SIGINT, as shells report it); nothing recorded.
    case interrupted = 130
}

/// A user-facing failure: a message in Bahasa Indonesia with a stable code, and its exit status.
struct CommandFailure: Error {
    let message: String
    let status: ExitStatus

    init(_ code: String, _ message: String, status: ExitStatus = .usage) {
        self.message = "[\(code)] \(message)"
        self.status = status
    }
}
