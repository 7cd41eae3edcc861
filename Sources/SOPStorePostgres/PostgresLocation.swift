import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: `postgres://user:password@host:port/database`, the form `--data`
/// and `$SOP_DATA` take (libpq's URL form; `?host=/run/postgresql` names a Unix socket folder).
public struct PostgresLocation: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String

    /// True when `text` names a PostgreSQL store rather than a SQLite file.
    public static func names(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// True for any `scheme://` text: a URL, never a file name, even with a scheme mistyped
    /// (`postgress://`), so it is refused rather than made into a SQLite file of that name.
    public static func isURL(_ text: String) -> Bool {
        guard let colon = text.range(of: "://"), colon.lowerBound > text.startIndex else { return false }
        let scheme = text[..<colon.lowerBound]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Parses the URL; the error says, in Bahasa Indonesia, what is missing.
    public static func parse(_ text: String) throws -> PostgresLocation {
        guard names(text), let url = URLComponents(string: text) else {
            throw StoreLocationError("alamat '\(redacted(text))' bukan URL PostgreSQL; penyimpanan kasus adalah berkas SQLite atau postgres://pengguna:sandi@host:port/basisdata")
        }
        let socket = url.queryItems?.first { $0.name == "host" }?.value
        guard let user = url.user?.removingPercentEncoding, !user.isEmpty else {
            throw StoreLocationError("alamat '\(redacted(text))' tidak menyebut pengguna; bentuknya postgres://pengguna:sandi@host:port/basisdata")
        }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw StoreLocationError("alamat '\(redacted(text))' tidak menyebut basis data; tambahkan /nama_basisdata di akhir")
        }
        return PostgresLocation(host: url.host?.isEmpty == false ? url.host! : "localhost", port: url.port ?? 5432,
                                socketFolder: socket, user: user, password: url.password?.removingPercentEncoding,
                                database: database)
    }

    /// The URL with its password hidden: what messages and reports may show.
    public var display: String {
        "postgres://\(user)\(password == nil ? "" : ":***")@\(socketFolder ?? "\(host):\(port)")/\(database)"
    }

    /// The text with a URL's password hidden.
    public static func redacted(_ text: String) -> String {
        guard let url = URLComponents(string: text), url.password != nil else { return text }
        var copy = url
        copy.password = "***"
        return copy.string ?? text
    }

    /// For the one direct connection that checks the server before the pool starts.
    var connectionConfiguration: PostgresConnection.Configuration {
        var configuration = endpoint(PostgresConnection.Configuration.init(unixSocketPath:username:password:database:),
                                     { .init(host: $0, port: $1, username: $2, password: $3, database: $4, tls: .disable) })
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    var configuration: PostgresClient.Configuration {
        var configuration = endpoint(PostgresClient.Configuration.init(unixSocketPath:username:password:database:),
                                     { .init(host: $0, port: $1, username: $2, password: $3, database: $4, tls: .disable) })
        configuration.options.maximumConnections = 8
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// The socket or the host and port, in either client's configuration type (TLS off: the
    /// server is reached over loopback or the office network).
    private func endpoint<C>(_ socket: (String, String, String?, String?) -> C,
                             _ tcp: (String, Int, String, String?, String?) -> C) -> C {
        if let socketFolder { return socket(socketFolder + "/.s.PGSQL.\(port)", user, password, database) }
        return tcp(host, port, user, password, database)
    }
}

/// A `--data` URL that cannot be used.
public struct StoreLocationError: Error, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}
