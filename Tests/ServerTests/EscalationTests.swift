import Foundation
import Testing
@testable import SOPEngine
import SOPServer

/// A case crosses offices as the helpdesk SOP says: the kabupaten desk escalates it, the
/// provinsi helpdesk answers from its own queue, the desk closes it; one chain throughout.
@Suite struct EscalationTests {
    @Test func caseMovesToTheProvinsiQueueAndBack() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let rina = try await client.login(ServerHarness.rina), hendra = try await client.login(ServerHarness.hendra)
            let lestari = try await client.login(ServerHarness.lestari)
            let id = try await HelpdeskFlow.escalated(client, desk: rina, member: hendra)

            // The provinsi holds it now: it is in the provinsi's queue, and only watched by the kabupaten.
            let (_, queue) = try await client.json("/api/v1/antrian", as: lestari)
            #expect((queue?["antrian"] as? [[String: Any]])?.compactMap { $0["kasus"] as? String } == [id])
            let (_, deskQueue) = try await client.json("/api/v1/antrian", as: rina)
            #expect((deskQueue?["antrian"] as? [[String: Any]])?.isEmpty == true)
            #expect((deskQueue?["pantauan"] as? [[String: Any]])?.compactMap { $0["kasus"] as? String } == [id])
            // The kabupaten cannot answer for the provinsi.
            let (refused, body) = try await client.json("/api/v1/kasus/\(id)/langkah", .post, as: rina, body: #"{"langkah":"jawab_provinsi","pilih":"Ya"}"#)
            #expect(refused == .forbidden && code(body) == "SERVER008")

            _ = try await HelpdeskFlow.step(client, id, as: lestari, #"{"langkah":"jawab_provinsi","pilih":"Ya"}"#)
            _ = try await HelpdeskFlow.step(client, id, as: rina, #"{"langkah":"sampaikan_jawaban"}"#)
            _ = try await HelpdeskFlow.step(client, id, as: rina, #"{"langkah":"tanya_paham","isian":{"dipahami":"ya"}}"#)
            _ = try await HelpdeskFlow.step(client, id, as: rina, #"{"langkah":"catat"}"#)
            let closed = try await HelpdeskFlow.step(client, id, as: rina, #"{"langkah":"serahkan","isian":{"tanda_terima":"Budi Santoso"}}"#)
            #expect(closed["status"] as? String == "selesai")
        }
        // The chain records who held the case after each step, and verifies.
        let state = try harness.deployment.engine.state(of: "HELPDESK-0001")
        let holders = state.completions.map { ($0.1.step, $0.1.office ?? "-") }
        #expect(holders.first { $0.0 == "koordinasi_provinsi" }?.1 == "kpu_sumsel")
        #expect(holders.first { $0.0 == "jawab_provinsi" }?.1 == "kpu_muratara")
        #expect(state.homeOffice == "kpu_muratara" && state.office == "kpu_muratara")
        let report = try ChainVerifier.verify(harness.store)
        #expect(report.isIntact)
    }
}
