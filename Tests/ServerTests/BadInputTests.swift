import Foundation
import HTTPTypes
import Testing
@testable import SOPEngine
import SOPServer

/// Bad input to the API and the forms is refused with a stable code in Bahasa Indonesia and
/// changes nothing.
@Suite struct BadInputTests {
    @Test func refusalsChangeNothing() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let rina = try await client.login(ServerHarness.rina)
            let id = try await HelpdeskFlow.open(client, as: rina)
            let before = try harness.store.events(caseID: id).count
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("wrong type", #"{"langkah":"hadir","isian":{"kanal":5}}"#, .badRequest, "SERVER005"),
                ("missing key", #"{"isian":{}}"#, .badRequest, "SERVER005"),
                ("unknown key", #"{"langkah":"hadir","sebagai":"199203102019022002"}"#, .badRequest, "SERVER005"),
                ("not JSON", "langkah=hadir", .badRequest, "SERVER005"),
                ("unknown step", #"{"langkah":"hadirr"}"#, .unprocessableContent, "KASUS003"),
                ("bad field value", #"{"langkah":"hadir","nama_luar":"Budi","kontak":"0812345678","isian":{"kanal":"pos"}}"#, .unprocessableContent, "KASUS011"),
                ("bad time", #"{"langkah":"hadir","pada":"2024-02-30 10:00"}"#, .badRequest, "SERVER005"),
                ("oversized", #"{"langkah":"hadir","catatan":""# + String(repeating: "x", count: 70_000) + #""}"#, .contentTooLarge, "SERVER004"),
            ]
            for (what, body, status, expected) in cases {
                let (got, object) = try await client.json("/api/v1/kasus/\(id)/langkah", .post, as: rina, body: body)
                #expect(got == status && code(object) == expected, "\(what): \(got) \(String(describing: object).prefix(300))")
                #expect(((object?["galat"] as? [String: Any])?["pesan"] as? String)?.isEmpty == false, "\(what)")
            }
            let (unknown, object) = try await client.json("/api/v1/kasus/HELPDESK-9999/langkah", .post, as: rina, body: #"{"langkah":"hadir"}"#)
            #expect(unknown == .notFound && code(object) == "SERVER007")
            let (sop, sopBody) = try await client.json("/api/v1/kasus", .post, as: rina, body: #"{"sop":"helpdes"}"#)
            #expect(sop == .unprocessableContent && code(sopBody) == "SERVER009")
            // CSRF: a write without the token, or with another session's, is refused.
            let (noToken, noTokenBody) = try await client.json("/api/v1/kasus", .post, as: nil, body: #"{"sop":"helpdesk"}"#,
                                                                headers: rina.headers)
            #expect(noToken == .forbidden && code(noTokenBody) == "SERVER003")
            let (form, _, _) = try await client.page("/kasus/\(id)/langkah", .post, as: rina, form: "langkah=hadir&csrf=0000")
            #expect(form == .forbidden)
            #expect(try harness.store.events(caseID: id).count == before)
            #expect(try harness.store.caseSummaries().count == 1)
            let (missing, page, _) = try await client.page("/tidak-ada", as: rina)
            #expect(missing == .notFound && page.contains("SERVER006"))
        }
    }

    @Test func loginAndSessions() async throws {
        let harness = try ServerHarness(sessionLifetime: 600)
        try await harness.run { client in
            let (bad, body) = try await client.json("/api/v1/sesi", .post, as: nil, body: #"{"nip":"199001012015031001","sandi":"salah"}"#)
            #expect(bad == .unauthorized && code(body) == "SERVER002")
            let (unknown, unknownBody) = try await client.json("/api/v1/sesi", .post, as: nil, body: #"{"nip":"1","sandi":"salah"}"#)
            #expect(unknown == .unauthorized && code(unknownBody) == "SERVER002")
            // The cookie is HttpOnly and SameSite=Strict.
            let cookie = try await client.execute(uri: "/masuk", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: .init(string: "nip=199001012015031001&sandi=sandi-demo-2024")) { $0.headers[.setCookie] ?? "" }
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let rina = try await client.login(ServerHarness.rina)
            #expect(try await client.json("/api/v1/antrian", as: rina).0 == .ok)
            // Idle past its lifetime, the session is gone.
            harness.clock.advance(by: 601)
            let (expired, expiredBody) = try await client.json("/api/v1/antrian", as: rina)
            #expect(expired == .unauthorized && code(expiredBody) == "SERVER001")
            let (page, _, headers) = try await client.page("/", as: rina)
            #expect(page == .seeOther && headers[.location] == "/masuk")
        }
    }
}
