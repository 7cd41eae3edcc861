import Foundation

/// When `sop kasus buka` and `sop kasus lakukan` ask for what was left out: only with a person
/// at a terminal (stdin and stdout both a TTY), never with `--tanpa-tanya` or `--json`. Scripts,
/// pipes and CI get the usual error naming what is missing.
enum GuidedMode {
    /// The terminal to ask on, or nil when the command must not ask.
    static func prompter(tanpaTanya: Bool, json: Bool) -> TerminalPrompter? {
        guard !tanpaTanya, !json, TerminalPrompter.isInteractive else { return nil }
        return TerminalPrompter()
    }

    /// Whether asking is possible at all (checked before the store is opened).
    static func isAvailable(tanpaTanya: Bool, json: Bool) -> Bool {
        !tanpaTanya && !json && TerminalPrompter.isInteractive
    }

    /// Parts left out where nobody can be asked: a usage error (exit 2) naming each of them.
    static func missing(_ parts: [String], example: String) -> CommandFailure {
        CommandFailure("TANYA001", "\(parts.joined(separator: " dan ")) belum disebutkan, misalnya: \(example); "
                       + "sop hanya menanyakannya di terminal (tidak dari skrip atau pipa, tidak dengan --tanpa-tanya atau --json)")
    }

    /// Runs an interview: a stop (Ctrl-C, end of input, "tidak" at the summary) becomes its failure.
    static func interview<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let stop as GuidedStop { throw stop.failure }
    }
}
