import ArgumentParser

/// Who acts, when it happened and why, for every command that records: one declaration, one
/// help text. Whether `--sebagai` is required is the command's own rule.
struct ActingOptions: ParsableArguments {
    @Option(name: .long, help: "Petugas yang bertindak: NIP atau nama (untuk pihak luar, namanya).")
    var sebagai: String?

    @Option(name: .long, help: "Waktu kejadian bila dicatat belakangan dari kertas, mis. \"2024-04-05 10:30\" (zona kantor); ditandai 'dicatat belakangan'.")
    var pada: String?

    @Option(name: .long, help: "Catatan yang ikut dicatat, mis. alasan atau nomor keputusan.")
    var catatan: String?

    /// `--sebagai`, where the command cannot go on without it.
    func requiredActor(_ command: String, example: String) throws -> String {
        guard let sebagai else {
            throw CommandFailure("PERINTAH002", "'\(command)' perlu --sebagai <petugas> — NIP atau nama petugas yang bertindak; misalnya: \(example)")
        }
        return sebagai
    }
}
