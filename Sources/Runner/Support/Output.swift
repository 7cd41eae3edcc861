import Foundation

/// Where the CLI writes: data to stdout, diagnostics and errors to stderr.
enum Output {
    static func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(("sop: " + line).utf8))
    }

    static func diagnostics(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
