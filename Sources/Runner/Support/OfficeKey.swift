import Crypto
import Foundation
import SOPEngine

/// The office's signing key, from a file kept outside the store (`sop titik --buat-kunci`):
/// it signs checkpoints and, named by `$SOP_KUNCI`, seals every event the engine writes.
enum OfficeKey {
    static func load(_ path: String) throws -> Curve25519.Signing.PrivateKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("TITIK001", "berkas kunci '\(path)' tidak dapat dibaca", status: .usage)
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw CommandFailure("TITIK001", "berkas '\(path)' bukan kunci tanda tangan (buat dengan 'sop titik --buat-kunci BERKAS')", status: .usage)
        }
        return key
    }

    /// The seal from `$SOP_KUNCI`, or nil when it is not set.
    static func sealFromEnvironment() throws -> OfficeSeal? {
        guard let path = ProcessInfo.processInfo.environment["SOP_KUNCI"], !path.isEmpty else { return nil }
        return OfficeSeal(signingKey: try load(path))
    }
}
