import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// The wrong person is refused (and the refusal recorded); delegations count only in their period;
/// outside parties act by name and contact.
@Suite struct AuthorizationTests {
    typealias F = EngineFixture

    func atReceive(_ f: F) throws -> String {
        let id = try f.open("helpdesk.yaml").id
        try f.step(id, "hadir", as: "Budi Santoso", contact: "0812-3456-7890", fields: F.party)
        return id
    }

    @Test func wrongRoleIsRefusedAndRecorded() throws {
        let f = F()
        let id = try atReceive(f)
        #expect(throws: EngineError.self) { try f.step(id, "terima", as: "Maria Ulfa", fields: ["permasalahan": "x"]) }
        let state = try f.engine.state(of: id)
        guard case .stepRefused(let refused) = state.events.last?.payload else { Issue.record("refusal not recorded"); return }
        #expect(refused.code == "KASUS005")
        #expect(state.events.last?.actor.id == "197909092003121008")
        #expect(refused.message.contains("Maria Ulfa (NIP 197909092003121008) tidak berwenang"))
        #expect(state.active.map(\.step) == ["terima"])
    }

    @Test func unknownPersonGetsASuggestion() throws {
        let f = F()
        let id = try atReceive(f)
        #expect(throws: EngineError.unknownPerson("Rina Wulandar", suggestions: ["Rina Wulandari"])) {
            try f.step(id, "terima", as: "Rina Wulandar", fields: ["permasalahan": "x"])
        }
    }

    func pengaduanAtDisposition(_ f: F) throws -> String {
        let id = try f.open("pengaduan.yaml").id
        try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        try f.step(id, "terima_pengaduan", as: "Bayu Santoso")
        return id
    }

    @Test func plhActsInTheReplacedOfficialsRoleDuringThePeriod() throws {
        let f = F()
        let id = try pengaduanAtDisposition(f)
        let done = try f.step(id, "disposisi", as: "199111112018031009")
        #expect(done.event.actor.role == "kasubbag_hukum")
        #expect(done.event.actor.delegation == "Plh. untuk NIP 197909092003121008")
    }

    @Test func expiredDelegationIsRefusedWithItsPeriod() throws {
        let f = F()
        let id = try pengaduanAtDisposition(f)
        f.clock.advance(by: 4 * 86_400)   // Saturday 6 April: the Plh. ended on 5 April
        #expect {
            try f.step(id, "disposisi", as: "Bayu Santoso")
        } throws: { error in
            guard let e = error as? EngineError, case .delegationLapsed(_, _, let detail) = e else { return false }
            return detail.contains("01 April 2024 s.d. 05 April 2024")
        }
        guard case .stepRefused(let refused) = try f.engine.state(of: id).events.last?.payload else { Issue.record("not recorded"); return }
        #expect(refused.code == "KASUS006")
    }

    @Test func outsidePartyNeedsAValidContact() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        #expect(throws: EngineError.contactRequired(step: "hadir")) { try f.step(id, "hadir", as: "Budi", fields: F.party) }
        #expect(throws: EngineError.self) { try f.step(id, "hadir", as: "Budi", contact: "12345", fields: F.party) }
        let done = try f.step(id, "hadir", as: "Budi", contact: "budi@contoh.id", fields: F.party)
        #expect(done.event.actor.kind == .external)
        #expect(done.event.actor.contact == "budi@contoh.id")
    }

    @Test func noRosterMeansStaffStepsCannotBeAttributed() throws {
        let f = F(roster: nil)
        let id = try f.open("pengaduan.yaml").id
        #expect(throws: EngineError.rosterRequired(step: "perintah_pemeriksaan")) { try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa") }
    }
}
