import HTTPTypes
import SOPEngine

/// Every refusal the server gives, with a stable code (docs/server.md lists them) and the HTTP
/// status it answers with. The engine's own refusals (KASUSnnn) keep their codes.
public struct ServerError: Error, Sendable {
    public let code: String
    public let message: String
    public let status: HTTPResponse.Status

    init(_ code: String, _ message: String, _ status: HTTPResponse.Status) {
        self.code = code; self.message = message; self.status = status
    }

    static let loginRequired = ServerError("SERVER001", "Anda belum masuk atau sesi Anda telah berakhir; masuk lagi dengan NIP dan kata sandi", .unauthorized)
    static let badLogin = ServerError("SERVER002", "NIP atau kata sandi salah", .unauthorized)
    static let badCSRF = ServerError("SERVER003", "token formulir tidak sah atau kedaluwarsa; muat ulang halaman lalu ulangi", .forbidden)
    static func tooLarge(_ limit: Int) -> ServerError {
        ServerError("SERVER004", "isi permintaan melebihi batas \(limit / 1024) KB", .contentTooLarge)
    }
    static func badBody(_ why: String) -> ServerError { ServerError("SERVER005", "isi permintaan tidak sah: \(why)", .badRequest) }
    static func notFound(_ what: String) -> ServerError { ServerError("SERVER006", "\(what) tidak ditemukan", .notFound) }
    /// Another office's case is answered as if it did not exist: its id tells nothing.
    static func noCase(_ id: String) -> ServerError { ServerError("SERVER007", "kasus '\(id)' tidak ditemukan di kantor Anda", .notFound) }
    static func notYourQueue(_ office: String) -> ServerError {
        ServerError("SERVER008", "langkah ini dilakukan oleh kantor yang sedang menangani kasus (\(office)), bukan kantor Anda", .forbidden)
    }
    static func unknownSOP(_ id: String, known: [String]) -> ServerError {
        ServerError("SERVER009", "SOP '\(id)' tidak tersedia di server ini; pilihan: \(known.joined(separator: ", "))", .unprocessableContent)
    }
    static let methodNotAllowed = ServerError("SERVER010", "metode permintaan ini tidak didukung untuk alamat ini", .methodNotAllowed)
    static func internalError(_ why: String) -> ServerError {
        ServerError("SERVER011", "galat di server: \(why); laporkan ke pengelola aplikasi", .internalServerError)
    }

    /// The catalogue, for the documentation test.
    static let codes = ["SERVER001", "SERVER002", "SERVER003", "SERVER004", "SERVER005", "SERVER006", "SERVER007", "SERVER008",
                        "SERVER009", "SERVER010", "SERVER011"]

    /// An engine refusal as an HTTP answer: its own code and message, the status by its kind.
    init(_ error: EngineError) {
        let status: HTTPResponse.Status = switch error {
        case .wrongRole, .delegationLapsed, .wrongOffice: .forbidden
        case .conflict, .stepAlreadyDone, .stepNotActive, .caseClosed: .conflict
        case .unknownCase: .notFound
        case .store, .sopNotStored, .sopInvalid, .sopTampered, .cacheTampered: .internalServerError
        default: .unprocessableContent
        }
        self.init(error.code, error.message, status)
    }
}
