import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// Fields are typed and validated with the field named; kelengkapan is confirmed; the step must be active.
@Suite struct StepInputTests {
    typealias F = EngineFixture

    func fields(_ changes: [String: String]) -> [String: String] { F.party.merging(changes) { $1 } }

    @Test(arguments: [
        ("nomor_handphone", "12345", "bukan nomor telepon Indonesia"),
        ("nomor_handphone", "0812-ABCD-7890", "bukan nomor telepon Indonesia"),
        ("email", "budi@", "bukan alamat email"),
        ("kanal", "faks", "bukan pilihan yang sah"),
        ("tanggal_waktu", "kemarin", "bukan tanggal dan jam"),
    ])
    func badValueIsRefusedWithTheFieldNamed(_ field: String, _ value: String, _ reason: String) throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        #expect {
            try f.step(id, "hadir", as: "Budi", contact: "0812-3456-7890", fields: fields([field: value]))
        } throws: { error in
            guard let e = error as? EngineError, case .invalidField(let name, _, let why) = e else { return false }
            return name == field && why.contains(reason)
        }
        #expect(try f.engine.state(of: id).events.count == 1)
    }

    @Test func missingRequiredFieldsAreListed() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        var partial = F.party
        partial["nama"] = nil
        #expect(throws: EngineError.missingFields(["nama (Nama)"])) {
            try f.step(id, "hadir", as: "Budi", contact: "0812-3456-7890", fields: partial)
        }
    }

    @Test func fieldOfAnotherStepIsNamedWithItsStep() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        #expect(throws: EngineError.unknownField("permasalahan", step: "hadir", hint: "isian itu diisi pada langkah 'terima'; isian langkah ini: kanal, tanggal_waktu, nama, nomor_handphone, nama_partai, email, tanda_tangan")) {
            try f.step(id, "hadir", as: "Budi", contact: "0812-3456-7890", fields: F.party.merging(["permasalahan": "x"]) { $1 })
        }
    }

    @Test func missingRequiredKelengkapanIsRefusedAndRecorded() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        try f.step(id, "hadir", as: "Budi", contact: "0812-3456-7890", fields: F.party)
        #expect(throws: EngineError.missingRequirements(["Alat tulis", "PC/laptop"])) {
            try f.step(id, "terima", as: F.rina, fields: ["permasalahan": "x"], present: ["Daftar Hadir Helpdesk Sipol Konsultasi"])
        }
        guard case .stepRefused(let refused) = try f.engine.state(of: id).events.last?.payload else { Issue.record("not recorded"); return }
        #expect(refused.code == "KASUS014")
    }

    @Test func missingOptionalKelengkapanIsADeviation() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        try f.step(id, "hadir", as: "Budi", contact: "0812-3456-7890", fields: F.party)
        let done = try f.step(id, "terima", as: F.rina, fields: ["permasalahan": "x"], present: ["1", "2", "pc/laptop"])
        guard case .stepCompleted(let completed) = done.event.payload else { Issue.record("no completion"); return }
        #expect(completed.requirementsMissing == ["alat perekam"])
        #expect(completed.requirementsPresent == ["Daftar Hadir Helpdesk Sipol Konsultasi", "Alat tulis", "PC/laptop"])
    }

    @Test func onlyTheActiveStepMayBeDone() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        #expect(throws: EngineError.stepNotActive(step: "catat", active: ["hadir"])) { try f.step(id, "catat", as: F.rina) }
        #expect(throws: EngineError.unknownStep("teirma", suggestion: "terima")) { try f.step(id, "teirma", as: F.rina) }
        #expect(throws: EngineError.unknownCase("HELPDESK-0009", suggestion: "HELPDESK-0001")) {
            try f.step("HELPDESK-0009", "hadir", as: "Budi")
        }
    }

    @Test func backdatedEventsAreMarkedAndKeptInOrder() throws {
        let f = F()
        let id = try f.open("helpdesk.yaml").id
        f.clock.advance(by: 3600)
        let paper = EngineFixture.start.addingTimeInterval(600)
        let done = try f.engine.perform(StepRequest(caseID: id, step: "hadir", actingAs: "Budi", contact: "0812-3456-7890",
                                                    fields: F.party, occurredAt: paper))
        #expect(done.event.isBackdated)
        #expect(done.event.occurredAt == paper)
        #expect(done.event.recordedAt == EngineFixture.start.addingTimeInterval(3600))
        #expect(throws: EngineError.self) {
            try f.engine.perform(StepRequest(caseID: id, step: "terima", actingAs: F.rina, fields: ["permasalahan": "x"],
                                             occurredAt: EngineFixture.start.addingTimeInterval(60)))
        }
        #expect(throws: EngineError.self) {
            try f.engine.perform(StepRequest(caseID: id, step: "terima", actingAs: F.rina, fields: ["permasalahan": "x"],
                                             occurredAt: EngineFixture.start.addingTimeInterval(86_400)))
        }
    }

    @Test func casesStayPinnedToTheSOPTheyWereOpenedOn() throws {
        let f = F()
        let (sop, source) = EngineFixture.sop("helpdesk.yaml")
        let opened = try f.engine.open(sop: sop, source: source)
        var edited = sop
        edited.steps[0].activity.value = "Teks yang diubah"
        let reopened = try f.engine.open(sop: edited, source: source.replacingOccurrences(of: "Hadir di Kantor KPU", with: "Teks yang diubah"))
        #expect(opened.sopHash != reopened.sopHash)
        let pinned = try f.engine.sop(of: opened)
        #expect(pinned.steps[0].activity.value.hasPrefix("Hadir di Kantor KPU"))
        // Comments and line moves do not change the canonical hash.
        let commented = "# komentar baru\n\n" + source
        let reparsed = SOPLoader.load(bytes: Array(commented.utf8), path: sop.path).sop!
        #expect(SOPVersion.canonicalHash(of: reparsed) == opened.sopHash)
    }
}
