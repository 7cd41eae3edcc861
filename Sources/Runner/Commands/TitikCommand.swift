import ArgumentParser
import Crypto
import Foundation
import SOPEngine

/// `sop titik`: exports a checkpoint of the store-wide log (its size and root), signed with the
/// office key when one is given; `--buat-kunci` makes that key. Kept outside the machine, a
/// checkpoint lets `sop verifikasi --titik` prove that no case was deleted and no older copy
/// put back since (docs/verifikasi.md).
struct TitikCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "titik",
        abstract: "Mengekspor titik periksa seluruh penyimpanan (jumlah peristiwa dan akar), ditandatangani kunci kantor (alias: checkpoint).",
        discussion: "Simpan berkasnya di luar mesin ini; periksa kemudian dengan 'sop verifikasi --titik BERKAS'.",
        aliases: ["checkpoint"]
    )

    @Option(name: .long, help: "Berkas kunci tanda tangan kantor (dibuat dengan --buat-kunci); tanpa opsi ini titik periksa tidak ditandatangani.")
    var kunci: String?

    @Option(name: .customLong("buat-kunci"), help: "Membuat kunci tanda tangan baru (Ed25519) di berkas ini lalu selesai; berkas yang ada tidak ditimpa.")
    var buatKunci: String?

    @Option(name: [.customShort("o"), .long], help: "Berkas keluaran titik periksa (JSON); tanpa opsi ini ditulis ke stdout.")
    var keluaran: String?

    @OptionGroup var options: EngineOptions

    func run() throws {
        if let path = buatKunci { return try makeKey(path) }
        let store = try options.openStore(readOnly: true)
        let head = try engineStore { try StoreLog.head(of: store) }
        var checkpoint = Checkpoint(size: head.size, root: head.root, at: try options.clock().now())
        if let kunci { try checkpoint.sign(with: try OfficeKey.load(kunci)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(checkpoint), as: UTF8.self) + "\n"
        if let keluaran {
            try AtomicFile.write(json, to: keluaran)
            Output.error("titik periksa ditulis ke \(keluaran): \(checkpoint.jumlah) peristiwa, akar \(checkpoint.akar.prefix(16))…")
        } else {
            Output.print(json)
        }
    }

    private func makeKey(_ path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("TITIK003", "berkas kunci '\(path)' sudah ada; kunci yang ada tidak ditimpa", status: .usage)
        }
        let key = Curve25519.Signing.PrivateKey()
        // Readable by its owner only: whoever holds it can sign checkpoints for the office.
        guard FileManager.default.createFile(atPath: path, contents: Data((key.rawRepresentation.base64EncodedString() + "\n").utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("TITIK001", "berkas kunci '\(path)' tidak dapat ditulis")
        }
        var probe = Checkpoint(size: 0, root: "", at: Date())
        try probe.sign(with: key)
        Output.print("Kunci dibuat: \(path) (simpan di luar penyimpanan kasus).")
        Output.print("Kunci publik: \(probe.kunciPublik ?? "")")
        Output.print("Sidik kunci: \(probe.keyFingerprint ?? "")")
    }

    private func engineStore<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError {
            throw CommandFailure("VERIF001", "penyimpanan tidak dapat dibaca: \(error.message)")
        }
    }
}
