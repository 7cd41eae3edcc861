import ArgumentParser

/// `sop kasus ...`: run real cases through an SOP.
struct KasusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kasus",
        abstract: "Menjalankan kasus nyata melalui SOP: buka, lakukan langkah, lihat, daftar, pindah ke revisi (alias: case).",
        subcommands: [KasusBukaCommand.self, KasusLakukanCommand.self, KasusLihatCommand.self, KasusDaftarCommand.self, KasusPindahCommand.self],
        aliases: ["case"]
    )
}
