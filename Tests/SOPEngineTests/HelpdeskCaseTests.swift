import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// The helpdesk SOP: happy path, each decision exit, the understanding loop, and the escalation
/// chain up to the national helpdesk with the level recorded at each hand-off.
@Suite struct HelpdeskCaseTests {
    typealias F = EngineFixture

    func arrive(_ f: F) throws -> String {
        let id = try f.open("helpdesk.yaml").id
        try f.step(id, "hadir", as: "Budi Santoso", contact: "0812-3456-7890", fields: F.party)
        try f.step(id, "terima", as: F.rina, fields: ["permasalahan": "Cara mengunggah KTA di SIPOL"])
        return id
    }

    @Test func answeredAtTheDesk() throws {
        let f = F()
        let id = try arrive(f)
        try f.step(id, "jawab", as: F.rina, after: 20, choice: "Ya")
        let understood = try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "ya"])
        #expect(understood.event.payload == (try f.engine.state(of: id)).events.last?.payload)
        guard case .stepCompleted(let done) = understood.event.payload else { Issue.record("no completion"); return }
        #expect(done.exit == "Ya")
        #expect(done.exitChosenBy == .condition)
        try f.step(id, "catat", as: F.rina)
        let end = try f.step(id, "serahkan", as: F.rina)
        #expect(end.state.status == .closed)
        #expect(try f.engine.state(of: id).stepsDone == ["hadir", "terima", "jawab", "tanya_paham", "catat", "serahkan"])
        #expect(end.state.level == .kabupatenKota)
        #expect(end.state.data["nama_partai"] == .text("Partai Contoh"))
    }

    @Test func notUnderstoodLoopsBack() throws {
        let f = F()
        let id = try arrive(f)
        try f.step(id, "jawab", as: F.rina, choice: "Ya")
        let again = try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "tidak"])
        #expect(again.state.active.map(\.step) == ["ulang_jawaban"])
        let back = try f.step(id, "ulang_jawaban", as: F.rina)
        #expect(back.state.active.map(\.step) == ["tanya_paham"])
        let ok = try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "ya"])
        #expect(ok.state.active.map(\.step) == ["catat"])
    }

    @Test func escalationChainReachesTheNationalHelpdesk() throws {
        let f = F()
        let id = try arrive(f)
        try f.step(id, "jawab", as: F.rina, choice: "Tidak")
        let toMember = try f.step(id, "lapor_anggota", as: F.rina)
        #expect(toMember.state.level == .kabupatenKota)
        try f.step(id, "telaah_anggota", as: F.anggota, choice: "Tidak")
        let toProvince = try f.step(id, "koordinasi_provinsi", as: F.anggota)
        #expect(toProvince.state.level == .provinsi)
        try f.step(id, "jawab_provinsi", as: F.provinsi, choice: "Tidak")
        let toNational = try f.step(id, "teruskan_kpu", as: F.provinsi)
        #expect(toNational.state.level == .pusat)
        guard case .stepCompleted(let done) = toNational.event.payload else { Issue.record("no completion"); return }
        #expect(done.escalated)
        let answered = try f.step(id, "jawab_kpu", as: F.pusat, after: 120)
        #expect(answered.state.level == .kabupatenKota)
        try f.step(id, "sampaikan_jawaban", as: F.rina)
        try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "ya"])
        try f.step(id, "catat", as: F.rina)
        #expect(try f.step(id, "serahkan", as: F.rina).state.status == .closed)
    }

    @Test func provinceResolvesWithoutGoingNational() throws {
        let f = F()
        let id = try arrive(f)
        try f.step(id, "jawab", as: F.rina, choice: "Tidak")
        try f.step(id, "lapor_anggota", as: F.rina)
        try f.step(id, "telaah_anggota", as: F.anggota, choice: "Tidak")
        try f.step(id, "koordinasi_provinsi", as: F.anggota)
        let resolved = try f.step(id, "jawab_provinsi", as: F.provinsi, choice: "Ya")
        #expect(resolved.state.active.map(\.step) == ["sampaikan_jawaban"])
    }

    @Test func memberResolves() throws {
        let f = F()
        let id = try arrive(f)
        try f.step(id, "jawab", as: F.rina, choice: "Tidak")
        try f.step(id, "lapor_anggota", as: F.rina)
        let resolved = try f.step(id, "telaah_anggota", as: F.anggota, choice: "ya")
        #expect(resolved.state.active.map(\.step) == ["sampaikan_jawaban"])
    }

    @Test func decisionNeedsAChoiceAndRejectsAContradiction() throws {
        let f = F()
        let id = try arrive(f)
        #expect(throws: EngineError.choiceRequired(step: "jawab", exits: ["Ya", "Tidak"])) { try f.step(id, "jawab", as: F.rina) }
        #expect(throws: EngineError.invalidChoice("Mungkin", exits: ["Ya", "Tidak"])) { try f.step(id, "jawab", as: F.rina, choice: "Mungkin") }
        try f.step(id, "jawab", as: F.rina, choice: "Ya")
        #expect(throws: EngineError.choiceContradictsCondition(chosen: "Tidak", decided: "Ya")) {
            try f.step(id, "tanya_paham", as: F.rina, fields: ["dipahami": "ya"], choice: "Tidak")
        }
        #expect(throws: EngineError.missingFields(["dipahami (Penjelasan dapat dipahami dan dimengerti)"])) {
            try f.step(id, "tanya_paham", as: F.rina)
        }
    }
}
