import Foundation
import Testing
import SOPDSL
import TestSupport
@testable import SOPEngine

/// Cases of many offices on one store: a case belongs to the office it was opened at, a step at
/// a higher level is answered by that office's ancestor, and staff act only for the office
/// answering at their step's level.
@Suite struct OfficeRoutingTests {
    let roster: Roster
    let offices: OfficeDirectory
    let sop: SOP
    let text: String

    init() throws {
        roster = try #require(RosterLoader.load(path: PackagePaths.url("contoh/server/petugas.yaml").path).0)
        offices = try #require(OfficeLoader.load(path: PackagePaths.url("contoh/server/kantor.yaml").path).0)
        text = try String(contentsOf: PackagePaths.url("sops/helpdesk.yaml"), encoding: .utf8)
        sop = try #require(SOPLoader.load(bytes: Array(text.utf8), path: "sops/helpdesk.yaml").sop)
    }

    func engine(_ store: EventStore = InMemoryEventStore(), offices: OfficeDirectory?) -> CaseEngine {
        CaseEngine(store: store, clock: ManualClock(Date(timeIntervalSince1970: 1_712_023_200)), roster: roster, offices: offices)
    }

    static let party = ["kanal": "tatap_muka", "tanggal_waktu": "2024-04-02 09:00", "nama": "Budi", "nomor_handphone": "081234567890",
                        "nama_partai": "Partai Contoh"]

    /// Takes a case of kpu_muratara up to the provinsi.
    func escalate(_ engine: CaseEngine) throws -> String {
        let id = try engine.open(sop: sop, source: text, actingAs: "199001012015031001").id
        func step(_ name: String, _ who: String, fields: [String: String] = [:], contact: String? = nil, choice: String? = nil) throws {
            _ = try engine.perform(StepRequest(caseID: id, step: name, actingAs: who, contact: contact, fields: fields, choice: choice))
        }
        try step("hadir", "Budi", fields: Self.party, contact: "081234567890")
        try step("terima", "199001012015031001", fields: ["permasalahan": "x"])
        try step("jawab", "199001012015031001", choice: "Tidak")
        try step("lapor_anggota", "199001012015031001")
        try step("telaah_anggota", "197805122005011003", choice: "Tidak")
        try step("koordinasi_provinsi", "197805122005011003")
        return id
    }

    @Test func escalationMovesTheCaseToTheAncestorAtThatLevel() throws {
        let engine = engine(offices: offices)
        let id = try escalate(engine)
        let state = try engine.state(of: id)
        #expect(state.homeOffice == "kpu_muratara")
        #expect(state.office == "kpu_sumsel")
        #expect(state.level == .provinsi)
        #expect(offices.responsible(for: "kpu_muratara", at: .pusat)?.id == "kpu")
        #expect(offices.responsible(for: "kpu_sumsel", at: .kabupatenKota)?.id == "kpu_sumsel")
    }

    @Test func staffOfAnotherOfficeAreRefusedAndTheRefusalRecorded() throws {
        // A stand-in at kpu_murawas holding the provinsi helpdesk role: right role, wrong office.
        var roster = self.roster
        let index = try #require(roster.staff.firstIndex { $0.nip == "199203102019022002" })
        roster.staff[index].roles.append(Reference("helpdesk_provinsi", at: .unknown()))
        let engine = CaseEngine(store: InMemoryEventStore(), clock: ManualClock(Date(timeIntervalSince1970: 1_712_023_200)),
                                roster: roster, offices: offices)
        let id = try escalate(engine)
        #expect {
            _ = try engine.perform(StepRequest(caseID: id, step: "jawab_provinsi", actingAs: "199203102019022002", choice: "Ya"))
        } throws: { ($0 as? EngineError)?.code == "KASUS042" }
        let last = try engine.state(of: id).events.last
        guard case .stepRefused(let refused) = last?.payload else { Issue.record("refusal not recorded"); return }
        #expect(refused.code == "KASUS042" && refused.message.contains("KPU Provinsi Sumatera Selatan"))
        // A kabupaten officer opens cases for their own office only.
        #expect {
            _ = try engine.open(sop: sop, source: text, actingAs: "199001012015031001", office: "kpu_murawas")
        } throws: { ($0 as? EngineError)?.code == "KASUS042" }
    }

    @Test func officesAreNeverIgnored() throws {
        let store = InMemoryEventStore()
        let id = try escalate(engine(store, offices: offices))
        // The same store without the office list: no step on an office's case, no --kantor.
        let plain = engine(store, offices: nil)
        #expect {
            _ = try plain.perform(StepRequest(caseID: id, step: "jawab_provinsi", actingAs: "198502022010011006", choice: "Ya"))
        } throws: { ($0 as? EngineError)?.code == "KASUS045" }
        #expect {
            _ = try plain.open(sop: sop, source: text, actingAs: "199001012015031001", office: "kpu_muratara")
        } throws: { ($0 as? EngineError)?.code == "KASUS045" }
        // An opener outside the roster must name the office; an unknown office gets a suggestion.
        #expect(throws: EngineError.officeRequired) { _ = try engine(offices: offices).open(sop: sop, source: text, actingAs: "Budi") }
        #expect(throws: EngineError.unknownOffice("kpu_muratar", suggestion: "kpu_muratara")) {
            _ = try engine(offices: offices).open(sop: sop, source: text, actingAs: "Budi", office: "kpu_muratar")
        }
    }

    @Test func casesWithoutOfficesHashAsBefore() throws {
        // No office: the canonical body has no office member, so chains written before stay valid.
        let id = try engine(offices: nil).open(sop: sop, source: text, actingAs: "199001012015031001").id
        _ = id
        let opened = CaseOpened(sopHash: "h", sopName: "n", sopNumber: "1", sopPath: "p", data: [:], firstStep: "a")
        let event = CaseEvent(caseID: "X-0001", sequence: 1, payload: .opened(opened), occurredAt: Date(timeIntervalSince1970: 0),
                              recordedAt: Date(timeIntervalSince1970: 0), isBackdated: false, actor: .system, previousHash: "", hash: "")
        let bytes = try #require(CanonicalEventBody.bytes(event))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("office"))
        var withOffice = opened
        withOffice.office = "kpu"
        var other = event
        other.payload = .opened(withOffice)
        #expect(String(decoding: try #require(CanonicalEventBody.bytes(other)), as: UTF8.self).contains(#""office":"kpu""#))
    }
}
