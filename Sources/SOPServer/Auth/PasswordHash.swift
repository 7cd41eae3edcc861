import Crypto
import CryptoExtras
import Foundation

/// Staff passwords as the roster keeps them (`sandi:`): scrypt with a random salt, written
/// `scrypt$N$r$p$salt$key` in base64, so a stolen roster does not give the passwords away.
public enum PasswordHash {
    static let rounds = 16384, blockSize = 8, parallelism = 1, keyBytes = 32

    public static func make(_ password: String) throws -> String {
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        let key = try derive(password, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return "scrypt$\(rounds)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(key.base64EncodedString())"
    }

    /// Whether `password` is the one `stored` was made from; false for anything malformed.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              (2...1 << 20).contains(n), (1...32).contains(r), (1...16).contains(p),
              let salt = Data(base64Encoded: String(parts[4])), let expected = Data(base64Encoded: String(parts[5])),
              let key = try? derive(password, salt: Array(salt), rounds: n, blockSize: r, parallelism: p) else { return false }
        // Constant time: the comparison must not tell how many leading bytes matched.
        guard key.count == expected.count else { return false }
        return zip(key, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether `stored` is written in the form `make` writes (for the roster check).
    public static func isWellFormed(_ stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        return parts.count == 6 && parts[0] == "scrypt" && Int(parts[1]) != nil && Int(parts[2]) != nil && Int(parts[3]) != nil
            && Data(base64Encoded: String(parts[4])) != nil && Data(base64Encoded: String(parts[5])) != nil
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: keyBytes,
                                           rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}
