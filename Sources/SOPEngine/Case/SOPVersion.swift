import Crypto
import Foundation
import SOPDSL

/// An SOP exactly as a case was opened on it: the YAML text and the hash of its canonical form.
/// Cases run on this stored text, so later edits to the file do not change running cases.
public struct SOPVersion: Sendable, Hashable {
    public var hash: String
    public var name: String
    public var path: String
    public var source: String {
        didSet { textHash = Self.textHash(of: source) }
    }
    /// SHA-256 of the pinned text itself: recorded in each case's opening event (in the chain),
    /// so an edit to the stored text is found before a case runs on it. Kept, not recomputed:
    /// hashing the whole text was a tenth of opening a case.
    public private(set) var textHash: String

    public init(hash: String, name: String, path: String, source: String) {
        self.hash = hash; self.name = name; self.path = path; self.source = source
        textHash = Self.textHash(of: source)
    }

    /// Pins a loaded SOP: the canonical form is the model as JSON with sorted keys and without
    /// source locations or path, so re-indenting or adding comments does not change the hash.
    public init(sop: SOP, source: String) {
        self.init(hash: Self.canonicalHash(of: sop), name: sop.identity.name.value, path: sop.path, source: source)
    }

    public static func canonicalHash(of sop: SOP) -> String {
        var copy = sop
        copy.path = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.userInfo[SourceLocation.omitInEncodingKey] = true
        let data = (try? encoder.encode(copy)) ?? Data()
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func textHash(of source: String) -> String { EventHasher.hex(SHA256.hash(data: Data(source.utf8))) }

    /// The model, parsed again from the pinned text.
    public func load() -> LoadResult {
        SOPLoader.load(bytes: Array(source.utf8), path: path, lint: false, pinned: true)
    }
}
