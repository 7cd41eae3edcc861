import Foundation

/// The failures of the command line itself (a mistyped command, a file the system refuses, a
/// failure nobody foresaw), each with its stable code and its Bahasa Indonesia wording. Every
/// code here is in the README's table "Error codes of the commands". All exit 2.
enum CommandMessages {
    /// PERINTAH001: an option the command does not have.
    static func unknownOption(_ option: String, command: String, suggestion: String?) -> CommandFailure {
        CommandFailure("PERINTAH001", "opsi '\(option)' tidak dikenal oleh '\(command)'"
                       + (suggestion.map { " (mungkin maksud Anda '\($0)'?)" } ?? "") + seeHelp(command))
    }

    /// PERINTAH002: a required argument or option not given, or an option given without its value.
    static func missingArgument(_ synopsis: String, help: String?, command: String) -> CommandFailure {
        CommandFailure("PERINTAH002", "'\(command)' perlu \(synopsis)\(about(help))" + seeHelp(command))
    }

    static func missingOneOf(_ synopses: [String], command: String) -> CommandFailure {
        CommandFailure("PERINTAH002", "'\(command)' perlu salah satu dari: \(synopses.joined(separator: ", "))" + seeHelp(command))
    }

    static func missingValue(_ synopsis: String, help: String?, command: String) -> CommandFailure {
        let option = synopsis.split(separator: " ").first.map(String.init) ?? synopsis
        return CommandFailure("PERINTAH002", "opsi '\(option)' perlu nilai, tulis \(synopsis)\(about(help))" + seeHelp(command))
    }

    /// PERINTAH003: a value the option or argument does not take.
    static func invalidValue(_ value: String, for synopsis: String, allowed: [String], reason: String?, command: String) -> CommandFailure {
        var text = "nilai '\(value)' tidak sah untuk \(synopsis)\(about(reason))"
        if !allowed.isEmpty { text += "; pilihan: \(allowed.joined(separator: ", "))" }
        return CommandFailure("PERINTAH003", text + seeHelp(command))
    }

    static func flagTakesNoValue(_ option: String, value: String, command: String) -> CommandFailure {
        CommandFailure("PERINTAH003", "opsi '\(option)' tidak menerima nilai (diberikan '\(value)'); tulis \(option) saja" + seeHelp(command))
    }

    /// PERINTAH003 also for a value our own checks refuse before the command runs.
    static func invalidUsage(_ reason: String, command: String) -> CommandFailure {
        CommandFailure("PERINTAH003", reason + seeHelp(command))
    }

    /// PERINTAH004: words the command does not take.
    static func unexpectedArguments(_ values: [String], command: String) -> CommandFailure {
        let quoted = values.map { "'\($0)'" }.joined(separator: ", ")
        return CommandFailure("PERINTAH004", "'\(command)' tidak menerima argumen \(quoted)"
                              + "; nilai yang memuat spasi ditulis dalam tanda kutip" + seeHelp(command))
    }

    /// PERINTAH005: a subcommand the command does not have.
    static func unknownSubcommand(_ name: String, command: String, choices: [String], suggestion: String?) -> CommandFailure {
        CommandFailure("PERINTAH005", "perintah '\(name)' tidak ada pada '\(command)'"
                       + (suggestion.map { " (mungkin maksud Anda '\($0)'?)" } ?? "")
                       + "; perintah yang ada: \(choices.joined(separator: ", "))" + seeHelp(command))
    }

    /// PERINTAH006: a group of commands named without one of them.
    static func missingSubcommand(command: String, choices: [String]) -> CommandFailure {
        CommandFailure("PERINTAH006", "'\(command)' perlu perintah lanjutan: \(choices.joined(separator: ", "))" + seeHelp(command))
    }

    /// PERINTAH007: anything else the argument parser cannot make sense of.
    static func notUnderstood(_ arguments: [String], command: String) -> CommandFailure {
        CommandFailure("PERINTAH007", "perintah '\(([command] + arguments).joined(separator: " "))' tidak dapat dipahami" + seeHelp(command))
    }

    /// BERKAS003: the system refused a file operation; the path and the reason in plain words.
    static func fileSystem(path: String?, reason: String) -> CommandFailure {
        let subject = path.map { "berkas '\($0)'" } ?? "sebuah berkas"
        return CommandFailure("BERKAS003", "\(subject) tidak dapat dipakai: \(reason); periksa jalur dan izinnya, lalu ulangi")
    }

    /// GALAT001: a failure no message was written for. Only its kind is named, never a library's English text.
    static func unexpected(_ error: Error) -> CommandFailure {
        CommandFailure("GALAT001", "kegagalan yang tidak terduga (\(type(of: error))); "
                       + "laporkan perintah yang dijalankan beserta pesan ini kepada pengelola aplikasi")
    }

    private static func seeHelp(_ command: String) -> String { "; lihat '\(command) --help'" }

    /// The option's own help text, without its final full stop.
    private static func about(_ help: String?) -> String {
        guard let help, !help.isEmpty else { return "" }
        return " — " + (help.hasSuffix(".") ? String(help.dropLast()) : help)
    }
}
