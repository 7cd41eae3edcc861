import Foundation
import SOPDSL

/// Where the CLI writes: data to stdout, diagnostics and errors to stderr. A write that fails
/// (a full disk, `> /dev/full`, a closed pipe) ends the command with status 2 and a message
/// instead of a trap; whatever the command had recorded before stays recorded.
enum Output {
    static func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        write("sop: " + line, to: .standardError)
    }

    static func diagnostics(_ text: String) {
        write(text, to: .standardError)
    }

    static func print(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .standardOutput)
    }

    /// A question on the terminal: no newline, so the answer is typed after it.
    static func prompt(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// A closed pipe must come back as an error here, not kill the process with SIGPIPE.
    static func prepare() { signal(SIGPIPE, SIG_IGN) }

    private static func write(_ text: String, to handle: FileHandle) {
        do {
            // Names and fields from a store edited by hand must not drive the terminal.
            try handle.write(contentsOf: Data(UnsafeText.escaped(text).utf8))
        } catch {
            let which = handle === FileHandle.standardOutput ? "standar (stdout)" : "galat (stderr)"
            let reason = SystemReason.plain(error)
            if handle === FileHandle.standardOutput {
                // stderr may still work: say what happened there.
                try? FileHandle.standardError.write(contentsOf: Data(
                    "sop: [KELUARAN001] keluaran \(which) tidak dapat ditulis (\(reason)); yang sudah dicatat tetap tercatat\n".utf8))
            }
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
