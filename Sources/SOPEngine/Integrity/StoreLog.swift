import Crypto
import Foundation

/// The store-wide log: one running SHA-256 over the hash of every event of every case and
/// agenda, in the order they were appended. Its size and root at a moment form a checkpoint;
/// kept outside the machine (printed on a signed report, a file on other media), a checkpoint
/// proves that the history up to it is still the store's: a deleted case, a rollback to an older
/// copy or a rewritten and re-hashed chain changes the root, or the size.
public enum StoreLog {
    static let genesis = SHA256.hash(data: Data("sop-log-1".utf8)).map { String(format: "%02x", $0) }.joined()

    /// The root after each entry is folded in.
    static func fold(_ root: String, _ hash: String) -> String {
        SHA256.hash(data: Data((root + hash).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Size and root of the whole log, and the root after `prefix` entries (nil when the log
    /// is shorter than that).
    public static func head(of store: EventStore, prefix: Int? = nil) throws -> (size: Int, root: String, rootAtPrefix: String?) {
        var root = genesis
        var size = 0
        var atPrefix: String? = prefix == 0 ? genesis : nil
        try store.forEachLogEntry { hash in
            root = fold(root, hash)
            size += 1
            if size == prefix { atPrefix = root }
        }
        return (size, root, atPrefix)
    }
}

/// A checkpoint of the store-wide log, as `sop titik` writes it (JSON): the log's size and root
/// when it was taken, signed with the office key when one is given (Ed25519).
public struct Checkpoint: Codable, Sendable, Hashable {
    public var jumlah: Int
    public var akar: String
    public var dibuat: String
    /// Base64 of the Ed25519 public key, and of the signature over `message`.
    public var kunciPublik: String?
    public var tandaTangan: String?

    enum CodingKeys: String, CodingKey {
        case jumlah, akar, dibuat
        case kunciPublik = "kunci_publik"
        case tandaTangan = "tanda_tangan"
    }

    public init(size: Int, root: String, at moment: Date) {
        jumlah = size; akar = root; dibuat = Timestamp.format(moment)
    }

    /// What the signature covers.
    var message: Data { Data("sop-titik-periksa\n\(jumlah)\n\(akar)\n\(dibuat)".utf8) }

    public mutating func sign(with key: Curve25519.Signing.PrivateKey) throws {
        kunciPublik = key.publicKey.rawRepresentation.base64EncodedString()
        tandaTangan = try key.signature(for: message).base64EncodedString()
    }

    /// Nil when unsigned; else whether the signature holds for the embedded key.
    public var signatureIsValid: Bool? {
        guard let kunciPublik, let tandaTangan else { return nil }
        guard let raw = Data(base64Encoded: kunciPublik), let signature = Data(base64Encoded: tandaTangan),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// Short fingerprint of the signing key, for people to compare with the office's published one.
    public var keyFingerprint: String? {
        kunciPublik.flatMap { Data(base64Encoded: $0) }.map { SHA256.hash(data: $0).prefix(8).map { String(format: "%02x", $0) }.joined() }
    }

    /// What holds against the store now: nil when the history up to the checkpoint is intact.
    public func problem(against store: EventStore) throws -> String? {
        if signatureIsValid == false { return "tanda tangan titik periksa tidak sah: berkas titik periksa telah diubah" }
        let head = try StoreLog.head(of: store, prefix: jumlah)
        if head.size < jumlah {
            return "penyimpanan memuat \(head.size) peristiwa, lebih sedikit dari \(jumlah) pada titik periksa \(dibuat): peristiwa dihapus atau penyimpanan dikembalikan ke salinan lama"
        }
        if head.rootAtPrefix != akar {
            return "riwayat sampai titik periksa \(dibuat) (\(jumlah) peristiwa) tidak sama lagi: ada kasus atau peristiwa yang dihapus, diubah atau disusun ulang"
        }
        return nil
    }
}
