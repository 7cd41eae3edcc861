import ArgumentParser
import Foundation
import SOPServer

/// `sop sandi`: the `sandi:` value of a roster entry, from a password read on standard input.
struct SandiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandi",
        abstract: "Membuat nilai 'sandi' untuk daftar petugas dari kata sandi yang dibaca dari masukan standar (scrypt).",
        discussion: "Contoh: printf '%s' 'kata sandi' | sop sandi. Kata sandi tidak pernah disimpan; yang dicetak hanya hasil scrypt-nya.",
        aliases: ["password"]
    )

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        var password = String(decoding: data, as: UTF8.self)
        if password.hasSuffix("\n") { password.removeLast() }
        guard password.count >= 8 else {
            throw CommandFailure("SANDI001", "kata sandi minimal 8 karakter (dibaca dari masukan standar)")
        }
        do {
            Output.print(try PasswordHash.make(password))
        } catch {
            throw CommandFailure("SANDI002", "kata sandi tidak dapat diolah: \(error)")
        }
    }
}
