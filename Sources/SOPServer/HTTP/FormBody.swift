import Foundation
import Hummingbird
import NIOCore

/// Request bodies, bounded: a form (`application/x-www-form-urlencoded`, repeated names kept in
/// order) or a JSON object. Anything larger than `limit` is refused before it is read whole.
enum RequestBody {
    static let limit = 64 * 1024

    static func bytes(_ request: Request) async throws -> [UInt8] {
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServerError.tooLarge(limit)
        } catch is NIOTooManyBytesError {
            throw ServerError.tooLarge(limit)
        }
    }

    static func form(_ request: Request) async throws -> Form {
        let bytes = try await bytes(request)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ServerError.badBody("bukan teks UTF-8") }
        return try Form(text)
    }

    /// A JSON object with only the `allowed` keys: an unknown key is refused, never ignored.
    static func json<T: Decodable>(_ type: T.Type, allowed: Set<String>, _ request: Request) async throws -> T {
        let bytes = try await bytes(request)
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw ServerError.badBody("bukan objek JSON yang sah")
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ServerError.badBody("kunci '\(unknown)' tidak dikenal; yang dikenal: \(allowed.sorted().joined(separator: ", "))")
        }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ServerError.badBody("nilai '\(path(context))' berjenis salah")
        } catch let DecodingError.keyNotFound(key, _) {
            throw ServerError.badBody("kunci '\(key.stringValue)' wajib ada")
        } catch {
            throw ServerError.badBody("bukan JSON yang sah")
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A decoded form: every name with its values in the order sent.
struct Form: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ text: String) throws {
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(pieces[0]), let value = Self.decode(pieces.count > 1 ? pieces[1] : "") else {
                throw ServerError.badBody("formulir tidak dapat dibaca")
            }
            pairs.append((name, value))
        }
    }

    /// A browser sends every input, filled or not: an empty one means "not given", never the
    /// value "" (an optional email left blank is absent, not an invalid address).
    subscript(_ name: String) -> String? { pairs.first { $0.0 == name && !Self.isBlank($0.1) }?.1 }
    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
    /// Values of names with `prefix`, by the rest of the name (`isian.nama` -> `nama`).
    func prefixed(_ prefix: String) -> [String: String] {
        var out: [String: String] = [:]
        for (name, value) in pairs where name.hasPrefix(prefix) && !Self.isBlank(value) { out[String(name.dropFirst(prefix.count))] = value }
        return out
    }

    private static func isBlank(_ value: String) -> Bool { value.allSatisfy(\.isWhitespace) }

    private static func decode<S: StringProtocol>(_ text: S) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
