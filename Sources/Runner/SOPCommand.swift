import ArgumentParser
import Foundation
import SOPEngine

/// `sop`: the SOP engine's command line. Subcommands are Indonesian with English aliases.
struct SOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop",
        abstract: "Mesin SOP: memeriksa, mencetak dan menjalankan Standar Operasional Prosedur (SOP AP).",
        discussion: """
        Status keluar: 0 berhasil (peringatan boleh ada), 1 ada galat pada SOP atau kasus, \
        2 salah pemakaian perintah atau berkas tidak dapat dibaca/ditulis, 130 'sop kasus' yang \
        memandu di terminal dibatalkan dengan Ctrl-C.
        """,
        version: "0.1.0",
        subcommands: [PeriksaCommand.self, CetakCommand.self, BandingCommand.self, KasusCommand.self, AntrianCommand.self, VerifikasiCommand.self,
                      TitikCommand.self, VersiCommand.self,
                      LaporanCommand.self, AgendaCommand.self, ServerCommand.self, SandiCommand.self]
    )
}

@main
enum Main {
    static func main() {
        Output.prepare()
        do {
            var command = try SOPCommand.parseAsRoot()
            // A group (`sop`, `sop kasus`) named without one of its commands: say which there are.
            let type = Swift.type(of: command)
            if !type.configuration.subcommands.isEmpty, let path = CommandTree.path(to: type) {
                throw CommandMessages.missingSubcommand(command: CommandTree.name(of: path), choices: CommandTree.choices(of: type))
            }
            try command.run()
        } catch {
            Main.exit(error)
        }
    }

    /// Prints the error and exits with the documented status. Every failure reaches the user as
    /// `sop: [CODE] message` in Bahasa Indonesia: ours as thrown, the argument parser's and the
    /// system's translated (`ParserErrorReader`, `CommandMessages`); usage errors are 2, not 64.
    static func exit(_ error: Error) -> Never {
        if let status = error as? ExitCode {
            // The command has already said what was wrong (`sop periksa`'s findings).
            Foundation.exit(status.rawValue)
        }
        if SOPCommand.exitCode(for: error) == .success {
            // --help, --version: the parser's own text, on stdout.
            let message = SOPCommand.fullMessage(for: error)
            if !message.isEmpty { Output.print(message) }
            Foundation.exit(0)
        }
        let failure = failure(for: error)
        Output.error(failure.message)
        Foundation.exit(failure.status.rawValue)
    }

    static func failure(for error: Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: return failure
        case let engine as EngineError: return engine.failure
        case let store as StoreError: return EngineError.store(store.message).failure
        default:
            if let failure = ParserErrorReader.failure(for: error) { return failure }
            if SystemReason.isSystemError(error) {
                return CommandMessages.fileSystem(path: SystemReason.path(error), reason: SystemReason.plain(error))
            }
            return CommandMessages.unexpected(error)
        }
    }
}
