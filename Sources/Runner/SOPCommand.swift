import ArgumentParser
import Foundation

/// `sop`: the SOP engine's command line. Subcommands are Indonesian with English aliases.
struct SOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop",
        abstract: "Mesin SOP: memeriksa, mencetak dan menjalankan Standar Operasional Prosedur (SOP AP).",
        discussion: """
        Status keluar: 0 berhasil (peringatan boleh ada), 1 ada galat pada SOP atau kasus, \
        2 salah pemakaian perintah atau berkas tidak dapat dibaca/ditulis.
        """,
        version: "0.1.0",
        subcommands: [PeriksaCommand.self, CetakCommand.self, BandingCommand.self, KasusCommand.self, AntrianCommand.self, VerifikasiCommand.self, TitikCommand.self,
                      LaporanCommand.self, AgendaCommand.self]
    )
}

@main
enum Main {
    static func main() {
        Output.prepare()
        do {
            var command = try SOPCommand.parseAsRoot()
            try command.run()
        } catch {
            Main.exit(error)
        }
    }

    /// Prints the error and exits with the documented status: usage errors are 2, not argument-parser's 64.
    static func exit(_ error: Error) -> Never {
        if let failure = error as? CommandFailure {
            Output.error(failure.message)
            Foundation.exit(failure.status.rawValue)
        }
        let code = SOPCommand.exitCode(for: error)
        let message = SOPCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Output.print(message) }
            Foundation.exit(0)
        }
        if !message.isEmpty { Output.error(message) }
        let isUsage = code.rawValue == 64 || error is ValidationError
        Foundation.exit(isUsage ? ExitStatus.usage.rawValue : code.rawValue)
    }
}
