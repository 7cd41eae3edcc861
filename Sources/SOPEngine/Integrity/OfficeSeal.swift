import Crypto
import Foundation

/// The office key's seal on every event: an HMAC-SHA256 over the event's place and hash, made
/// with a key derived from the office's signing key. The key is not in the store, so an event
/// appended (or re-hashed) by someone who can write the file but does not hold the key carries
/// no valid seal, and `sop verifikasi` names it.
public struct OfficeSeal: Sendable {
    private let key: SymmetricKey

    public init(signingKey: Curve25519.Signing.PrivateKey) {
        key = SymmetricKey(data: SHA256.hash(data: signingKey.rawRepresentation + Data("sop-segel-peristiwa".utf8)))
    }

    public func seal(caseID: String, sequence: Int, hash: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(caseID)/\(sequence)/\(hash)".utf8), using: key)
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }

    public func isValid(_ seal: String, caseID: String, sequence: Int, hash: String) -> Bool {
        self.seal(caseID: caseID, sequence: sequence, hash: hash) == seal
    }
}
