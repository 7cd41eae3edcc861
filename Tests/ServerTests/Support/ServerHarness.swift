import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SOPDSL
import SOPEngine
import SOPServer
import TestSupport

/// A deployment of the demo offices (contoh/server) over an in-memory store and a hand-driven
/// clock, and a way to drive its routes without a socket.
struct ServerHarness: @unchecked Sendable {
    let deployment: Deployment
    let clock: ManualClock
    let store: InMemoryEventStore
    let router: Router<BasicRequestContext>

    static let password = "sandi-demo-2024"
    /// The demo staff by office.
    static let rina = "199001012015031001", hendra = "197805122005011003"      // kpu_muratara
    static let dedi = "199203102019022002", wahyu = "198901012014032005"       // kpu_murawas
    static let lestari = "198502022010011006"                                   // kpu_sumsel
    static let agung = "198303032008011007"                                     // kpu
    static let staff = [rina, hendra, dedi, wahyu, lestari, agung]
    static let officeOf = [rina: "kpu_muratara", hendra: "kpu_muratara", dedi: "kpu_murawas", wahyu: "kpu_murawas",
                           lestari: "kpu_sumsel", agung: "kpu"]

    init(sessionLifetime: TimeInterval = 8 * 3600) throws {
        let (roster, rosterFindings, _) = RosterLoader.load(path: PackagePaths.url("contoh/server/petugas.yaml").path)
        let (offices, officeFindings, _) = OfficeLoader.load(path: PackagePaths.url("contoh/server/kantor.yaml").path)
        guard let roster, let offices else { throw HarnessError("demo files: \(rosterFindings) \(officeFindings)") }
        let path = PackagePaths.url("sops/helpdesk.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let sop = SOPLoader.load(bytes: Array(text.utf8), path: "sops/helpdesk.yaml").sop else { throw HarnessError("helpdesk.yaml") }
        let (calendar, _) = CalendarLoader.load(bytes: Array(EmbeddedCalendar.national.utf8), path: EmbeddedCalendar.path)
        guard let calendar else { throw HarnessError("calendar") }
        clock = ManualClock(ISO8601DateFormatter().date(from: "2024-04-02T02:00:00Z")!)   // Tue 09:00 WIB
        store = InMemoryEventStore()
        let engine = CaseEngine(store: store, clock: clock, roster: roster, zone: calendar.zone.timeZone, offices: offices)
        let calculator = DeadlineCalculator(calendar: calendar)
        deployment = Deployment(engine: engine, roster: roster, offices: offices, sops: [PublishedSOP(id: "helpdesk", sop: sop, source: text)],
                                calculators: Dictionary(uniqueKeysWithValues: offices.offices.map { ($0.id, calculator) }),
                                national: calculator, sessionLifetime: sessionLifetime)
        router = ServerApp.router(deployment, threads: 2)
    }

    /// Runs `body` with a client of the routes.
    func run(_ body: @escaping @Sendable (TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: router)
        try await app.test(.router) { client in try await body(client) }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text }
}

/// A logged-in staff member: the session cookie and the CSRF token.
struct Login: Sendable {
    let nip: String
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: "sop_sesi=\(cookie)"] }
    var writeHeaders: HTTPFields { [.cookie: "sop_sesi=\(cookie)", HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: "application/json"] }
}

extension TestClientProtocol {
    func login(_ nip: String, password: String = ServerHarness.password) async throws -> Login {
        try await execute(uri: "/api/v1/sesi", method: .post, headers: [.contentType: "application/json"],
                          body: ByteBuffer(string: #"{"nip":"\#(nip)","sandi":"\#(password)"}"#)) { response in
            guard response.status == .ok, let set = response.headers[.setCookie],
                  let token = set.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last,
                  let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
                  let csrf = json["csrf"] as? String else { throw HarnessError("login \(nip): \(response.status)") }
            return Login(nip: nip, cookie: String(token), csrf: csrf)
        }
    }

    /// A JSON call: the status and the decoded object (nil when the body is not a JSON object).
    func json(_ uri: String, _ method: HTTPRequest.Method = .get, as login: Login?, body: String? = nil,
              headers extra: HTTPFields = [:]) async throws -> (HTTPResponse.Status, [String: Any]?) {
        var headers = method == .get ? (login?.headers ?? [:]) : (login?.writeHeaders ?? [.contentType: "application/json"])
        headers.append(contentsOf: extra)
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            (response.status, try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        }
    }

    /// A page: the status and the HTML.
    func page(_ uri: String, _ method: HTTPRequest.Method = .get, as login: Login?, form: String? = nil) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var headers = login?.headers ?? [:]
        if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        return try await execute(uri: uri, method: method, headers: headers, body: form.map { ByteBuffer(string: $0) }) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }
}

/// The error code of a JSON refusal.
func code(_ object: [String: Any]?) -> String? { (object?["galat"] as? [String: Any])?["kode"] as? String }
