import Foundation
import HTTPTypes
import Testing
@testable import SOPEngine
import SOPServer

/// Every route × every demo staff member × a case of every office: a case is read only by its
/// own office and the offices above it, and written only by the office holding it. A refused
/// request changes nothing in the store.
@Suite struct LeakMatrixTests {
    @Test func noReadOrWriteAcrossOffices() async throws {
        let harness = try ServerHarness()
        let offices = harness.deployment.offices
        try await harness.run { client in
            var logins: [String: Login] = [:]
            for nip in ServerHarness.staff { logins[nip] = try await client.login(nip) }
            // One case of each kabupaten: muratara's escalated to the provinsi, murawas's at its desk.
            let escalated = try await HelpdeskFlow.escalated(client, desk: logins[ServerHarness.rina]!, member: logins[ServerHarness.hendra]!)
            let atDesk = try await HelpdeskFlow.open(client, as: logins[ServerHarness.dedi]!)
            let cases = [escalated: ("kpu_muratara", "kpu_sumsel"), atDesk: ("kpu_murawas", "kpu_murawas")]

            for nip in ServerHarness.staff {
                let login = logins[nip]!, mine = ServerHarness.officeOf[nip]!
                let (_, list) = try await client.json("/api/v1/kasus", as: login)
                let listed = Set((list?["kasus"] as? [[String: Any]] ?? []).compactMap { $0["kasus"] as? String })
                let (_, queue) = try await client.json("/api/v1/antrian", as: login)
                let queued = ((queue?["antrian"] as? [[String: Any]] ?? []) + (queue?["pantauan"] as? [[String: Any]] ?? []))
                    .compactMap { $0["kasus"] as? String }
                let (_, daily) = try await client.json("/api/v1/laporan/harian?tanggal=2024-04-02", as: login)
                let (_, dailyPage, _) = try await client.page("/laporan/harian?tanggal=2024-04-02", as: login)
                let (_, allPage, _) = try await client.page("/kasus", as: login)
                let (_, queuePage, _) = try await client.page("/antrian", as: login)
                // The daily recap counts only the cases the viewer may see.
                let visible = cases.values.filter { offices.oversees(mine, $0.0) }.count
                #expect(daily?["dibuka"] as? Int == visible, "daily json: \(nip)")
                #expect(dailyPage.contains("Dibuka") || dailyPage.contains("dibuka"), "daily page: \(nip)")
                for (id, (home, holder)) in cases {
                    let allowed = offices.oversees(mine, home)
                    let who = "\(nip) (\(mine)) on \(id) of \(home)"
                    #expect(listed.contains(id) == allowed, "list: \(who)")
                    #expect(queued.contains(id) == allowed, "queue: \(who)")
                    #expect(allPage.contains(id) == allowed && queuePage.contains(id) == allowed, "pages: \(who)")
                    let (status, body) = try await client.json("/api/v1/kasus/\(id)", as: login)
                    #expect((status == .ok) == allowed, "read api: \(who)")
                    if !allowed { #expect(status == .notFound && code(body) == "SERVER007", "read api: \(who)") }
                    let (pageStatus, page, _) = try await client.page("/kasus/\(id)", as: login)
                    #expect((pageStatus == .ok) == allowed && (page.contains("Budi") || !allowed || id == atDesk), "read page: \(who)")

                    // Writes from any office but the holder are refused before anything is recorded.
                    guard mine != holder else { continue }
                    let before = try harness.store.events(caseID: id).count
                    let step = id == escalated ? "jawab_provinsi" : "hadir"
                    let (written, refusal) = try await client.json("/api/v1/kasus/\(id)/langkah", .post, as: login,
                                                                   body: #"{"langkah":"\#(step)","pilih":"Ya","nama_luar":"X","kontak":"0812345678"}"#)
                    #expect(written == (allowed ? .forbidden : .notFound), "write api: \(who)")
                    #expect(code(refusal) == (allowed ? "SERVER008" : "SERVER007"), "write api: \(who)")
                    let (formStatus, _, _) = try await client.page("/kasus/\(id)/langkah", .post, as: login,
                                                                    form: "csrf=\(login.csrf)&langkah=\(step)&pilih=Ya")
                    #expect(formStatus == (allowed ? .forbidden : .notFound), "write form: \(who)")
                    #expect(try harness.store.events(caseID: id).count == before, "nothing recorded: \(who)")
                }
            }
            // Without a session nothing is read, and the desk display shows numbers only.
            for uri in ["/api/v1/kasus", "/api/v1/antrian", "/api/v1/kasus/\(escalated)", "/api/v1/laporan/harian"] {
                let (status, body) = try await client.json(uri, as: nil)
                #expect(status == .unauthorized && code(body) == "SERVER001", "\(uri)")
            }
            let (_, board) = try await client.json("/api/v1/layar/kpu_murawas", as: nil)
            #expect(!"\(board ?? [:])".contains("Budi"))
        }
    }
}
