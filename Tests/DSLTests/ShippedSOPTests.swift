import Foundation
import Testing
@testable import SOPDSL

/// The SOPs the project ships load with no errors and say what the seeds say.
@Suite struct ShippedSOPTests {
    static let files = TestPaths.files(in: TestPaths.shippedSOPs, ending: ".yaml")

    static func load(_ name: String) -> LoadResult {
        SOPLoader.load(path: TestPaths.shippedSOPs.appendingPathComponent(name).path)
    }

    @Test func theCardsSOPsAreShipped() {
        #expect(Set(["helpdesk.yaml", "pengaduan.yaml", "autentifikasi.yaml", "antrian.yaml"]).isSubset(of: Set(Self.files)))
    }

    @Test(arguments: files)
    func loadsWithoutFindings(_ name: String) {
        let result = Self.load(name)
        #expect(result.sop != nil)
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: [result.source]).render(result.diagnostics))")
    }

    /// Each shipped SOP prints the numbered rows of its signed table (seeds 000, 002, 003, 004).
    @Test(arguments: [("antrian.yaml", 3), ("helpdesk.yaml", 6), ("autentifikasi.yaml", 4), ("pengaduan.yaml", 8)])
    func printsTheSignedRows(_ name: String, _ rows: Int) throws {
        let sop = try #require(Self.load(name).sop)
        #expect(sop.rows.count == rows)
        #expect(sop.rows.map(\.number) == Array(1...rows))
    }

    @Test func signedLayoutsAreKept() throws {
        let complaints = try #require(Self.load("pengaduan.yaml").sop)
        #expect(complaints.layout.qualityColumns == [.requirements, .output, .time])   // seed 004's order
        let auth = try #require(Self.load("autentifikasi.yaml").sop)
        // Rows 2 and 4 hold the tiered disposition and the tiered paraf, a node per officer.
        #expect(Set(auth.steps(ofRow: 1).flatMap { $0.actors.map(\.id) }).count >= 5)
        #expect(auth.steps(ofRow: 3).filter(\.isDecision).count >= 3)
        let helpdesk = try #require(Self.load("helpdesk.yaml").sop)
        // The escalation chain and the understanding loop sit inside the rows they belong to.
        #expect(helpdesk.steps.filter(\.isEscalation).allSatisfy { helpdesk.rows[$0.rowIndex].number == 3 || helpdesk.rows[$0.rowIndex].number == 4 })
    }

    @Test func helpdeskHasTheEscalationChainAndChannels() throws {
        let sop = try #require(Self.load("helpdesk.yaml").sop)
        #expect(sop.channels.map(\.id) == ["email", "pesan_online", "pertemuan_online", "tatap_muka"])
        let escalations = sop.steps.filter(\.isEscalation)
        let targets = escalations.compactMap { $0.successors.first }.compactMap(sop.step).flatMap(\.actors).compactMap { sop.actor($0.id)?.level }
        #expect(targets == [.kabupatenKota, .provinsi, .pusat])
        #expect(sop.recurringDuties.contains { $0.schedule == .every(minutes: 60) })
        #expect(sop.recurringDuties.contains { $0.schedule == .at(minutesOfDay: [8 * 60, 17 * 60]) })
        #expect(sop.field("nomor_handphone")?.type == .phone)
    }

    @Test func pengaduanCountsWorkingDays() throws {
        let sop = try #require(Self.load("pengaduan.yaml").sop)
        #expect(sop.steps.count == 8)
        #expect(sop.columnActors.count == 4)
        #expect(sop.steps.allSatisfy { $0.time?.rule == .limit(lower: nil, upper: .workingDays(1)) })
    }

    @Test func autentifikasiSharesOneTentativeStandard() throws {
        let sop = try #require(Self.load("autentifikasi.yaml").sop)
        #expect(sop.columnActors.count == 6)
        #expect(sop.steps.first?.time?.rule == TimeRule.none)
        #expect(sop.steps.first?.timeSpanEnd != nil)
        #expect(sop.identity.effectiveLabel == .pengesahan)
    }

    @Test func antrianQueuesAtTheHelpdeskDesk() throws {
        let sop = try #require(Self.load("antrian.yaml").sop)
        #expect(sop.steps.contains { $0.queue?.desk == "meja_helpdesk" })
    }
}
