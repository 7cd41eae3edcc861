import ArgumentParser
import Foundation
import SOPDSL

/// Turns argument-parser's errors into our own failures (`CommandMessages`). Its error types are
/// internal, so they are read by their shape: the kind of mistake is the name of the enum case,
/// the commands typed so far and the values are read with `Mirror`, and only the synopses of
/// options (`--dari <dari>`) and the allowed values come from its fixed-format message.
enum ParserErrorReader {
    /// nil when `error` is not the parser's.
    static func failure(for error: Error) -> CommandFailure? {
        let mirror = Mirror(reflecting: error)
        if let stack = value(mirror, "commandStack") as? [ParsableCommand.Type], let parserError = value(mirror, "parserError") {
            return failure(parserError, stack: stack, error: error)
        }
        if String(describing: type(of: error)) == "ParserError" {
            return failure(error, stack: [SOPCommand.self], error: error)
        }
        return nil
    }

    private static func failure(_ parserError: Any, stack: [ParsableCommand.Type], error: Error) -> CommandFailure {
        let command = CommandTree.name(of: stack)
        let message = SOPCommand.message(for: error)
        let help = helpAbstract(SOPCommand.fullMessage(for: error))
        let (kind, payload) = enumCase(parserError)
        let values = payload.map { Mirror(reflecting: $0).children.map(\.value) } ?? []
        switch kind {
        case "unknownOption", "missingValueOrUnknownCompositeOption":
            let match = message.firstMatch(of: /Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?/)
            return CommandMessages.unknownOption(match.map { String($0.1) } ?? "?", command: command, suggestion: match?.2.map(String.init))
        case "invalidOption", "nonAlphanumericShortOption":
            let option = message.firstMatch(of: /Invalid option: (.+)/).map { String($0.1) } ?? "?"
            return CommandMessages.unknownOption(option, command: command, suggestion: nil)
        case "missingValueForOption":
            let synopsis = message.firstMatch(of: /Missing value for '([^']+)'/).map { String($0.1) } ?? "nilai"
            return CommandMessages.missingValue(synopsis, help: help, command: command)
        case "noValue":
            if let one = message.firstMatch(of: /Missing expected argument '(.+)'$/) {
                return CommandMessages.missingArgument(String(one.1), help: help, command: command)
            }
            return CommandMessages.missingOneOf(quoted(in: message), command: command)
        case "unableToParseValue":
            let synopsis = message.firstMatch(of: /is invalid for '([^']+)'/).map { String($0.1) } ?? "argumen ini"
            let allowed = message.firstRange(of: "Please provide one of").map { allowedValues(String(message[$0.upperBound...])) } ?? []
            let reason = values.count > 4 ? (values[4] as? ValidationError)?.message : nil
            return CommandMessages.invalidValue(values.count > 2 ? "\(values[2])" : "?", for: synopsis, allowed: allowed,
                                                reason: reason ?? (allowed.isEmpty ? help : nil), command: command)
        case "unexpectedValueForOption":
            let match = message.firstMatch(of: /The option '([^']+)' does not take any value, but '(.*)' was specified/)
            return CommandMessages.flagTakesNoValue(match.map { String($0.1) } ?? "?", value: match.map { String($0.2) } ?? "", command: command)
        case "unexpectedExtraValues":
            // Each extra value is an (origin, text) pair.
            let extra = payload.map { Mirror(reflecting: $0).children.compactMap { Mirror(reflecting: $0.value).children.dropFirst().first?.value as? String } } ?? []
            if let last = stack.last, !last.configuration.subcommands.isEmpty, let name = extra.first {
                let names = last.configuration.subcommands.flatMap { [$0.configuration.commandName ?? ""] + $0.configuration.aliases }
                return CommandMessages.unknownSubcommand(name, command: command, choices: CommandTree.choices(of: last),
                                                         suggestion: EditDistance.suggestion(for: name, among: names))
            }
            return CommandMessages.unexpectedArguments(extra, command: command)
        case "missingSubcommand":
            return CommandMessages.missingSubcommand(command: command, choices: stack.last.map(CommandTree.choices(of:)) ?? [])
        case "userValidationError":
            if let failure = payload as? CommandFailure { return failure }
            if let validation = payload as? ValidationError { return CommandMessages.invalidUsage(validation.message, command: command) }
        case "noArguments":
            if let inner = payload { return failure(inner, stack: stack, error: error) }
        default:
            break
        }
        return CommandMessages.notUnderstood(Array(CommandLine.arguments.dropFirst()), command: "sop")
    }

    /// The enum case's name and its associated value (a tuple when it has several).
    private static func enumCase(_ value: Any) -> (String, Any?) {
        let mirror = Mirror(reflecting: value)
        guard let first = mirror.children.first, let label = first.label else { return (String(describing: value), nil) }
        return (label, first.value)
    }

    private static func value(_ mirror: Mirror, _ label: String) -> Any? {
        mirror.children.first { $0.label == label }?.value
    }

    /// "Help:  --dari <dari>  Awal periode, mis. 2024-04-01." -> the option's own (Bahasa) help.
    private static func helpAbstract(_ full: String) -> String? {
        guard let line = full.split(separator: "\n").first(where: { $0.hasPrefix("Help:  ") }) else { return nil }
        let rest = line.dropFirst("Help:  ".count)
        guard let gap = rest.range(of: "  ") else { return nil }
        return rest[gap.upperBound...].trimmingCharacters(in: .whitespaces)
    }

    /// " 'teks', 'text' or 'json'." or a list of "  - value" lines.
    private static func allowedValues(_ text: String) -> [String] {
        let bullets = text.split(separator: "\n").filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
        return bullets.isEmpty ? quoted(in: text) : bullets
    }

    private static func quoted(in text: String) -> [String] {
        text.matches(of: /'([^']*)'/).map { String($0.1) }
    }
}

/// The tree of `sop` commands: names as typed and the choices under a group.
enum CommandTree {
    static func name(of stack: [ParsableCommand.Type]) -> String {
        stack.compactMap { $0.configuration.commandName }.joined(separator: " ")
    }

    /// "buka (open)", one per subcommand.
    static func choices(of group: ParsableCommand.Type) -> [String] {
        group.configuration.subcommands.map { sub in
            let name = sub.configuration.commandName ?? ""
            return sub.configuration.aliases.isEmpty ? name : "\(name) (\(sub.configuration.aliases.joined(separator: ", ")))"
        }
    }

    /// The commands from `sop` down to `target`.
    static func path(to target: ParsableCommand.Type, from root: ParsableCommand.Type = SOPCommand.self) -> [ParsableCommand.Type]? {
        if ObjectIdentifier(root) == ObjectIdentifier(target) { return [root] }
        for sub in root.configuration.subcommands {
            if let below = path(to: target, from: sub) { return [root] + below }
        }
        return nil
    }
}
