import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SOPReports

/// Responses as the server sends them: pages in UTF-8 with the headers that keep them from being
/// framed or cached, JSON with its schema's shape, and redirects after a form.
enum Replies {
    static func page(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, zone: TimeZone, headers: HTTPFields = [:]) -> Response {
        json(JSONText.encode(value, zone: zone), status: status, headers: headers)
    }

    static func text(_ text: String, contentType: String) -> Response {
        var headers = securityHeaders
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 after a form: reloading the page that follows does not submit the form again.
    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    /// A refusal: JSON `{"galat": {"kode", "pesan"}}` for the API, else the page it belongs on.
    static func error(_ error: ServerError, api: Bool, viewer: Viewer? = nil) -> Response {
        if api {
            return json(ErrorBody(galat: .init(kode: error.code, pesan: error.message)), status: error.status, zone: .current)
        }
        let login = error.code == ServerError.loginRequired.code
        return page(Layout.page(title: "Galat", viewer: viewer, body: """
            <section class="galat" role="alert"><h1>Tidak dapat diproses</h1>
            <p><strong>[\(Layout.esc(error.code))]</strong> \(Layout.esc(error.message))</p>
            <p>\(login ? "<a href=\"/masuk\">Masuk</a>" : "<a href=\"/antrian\">Kembali ke antrian</a>")</p></section>
            """), status: error.status)
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable { let kode: String; let pesan: String }
        let galat: Detail
    }

    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]
}
