import Foundation
import Testing
import SOPDSL
import SOPStorePostgres
import TestSupport
@testable import SOPEngine

/// One body run against the in-memory, the SQLite and the PostgreSQL store: all keep the same contract.
@Suite struct StoreContractTests {
    enum Kind: String, CaseIterable { case memory, sqlite, postgres }

    /// PostgreSQL when the test cluster is there (always under scripts/test.sh, see `postgresIsThereWhenRequired`).
    static var kinds: [Kind] { PostgresTestDatabase.baseURL == nil ? [.memory, .sqlite] : Kind.allCases }

    static func makeStore(_ kind: Kind) throws -> EventStore {
        switch kind {
        case .memory: return InMemoryEventStore()
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-\(UUID().uuidString)/kasus.sqlite").path
            return try SQLiteEventStore(path: path)
        case .postgres:
            return try PostgresEventStore(location: try PostgresLocation.parse(try PostgresTestDatabase.fresh()))
        }
    }

    @Test func postgresIsThereWhenRequired() {
        #expect(!PostgresTestDatabase.required || PostgresTestDatabase.baseURL != nil,
                "SOP_REQUIRE_POSTGRES=1 but SOP_TEST_POSTGRES is not set: the PostgreSQL store would go untested")
    }

    @Test(arguments: Self.kinds)
    func chainsAreSealedAndVerify(_ kind: Kind) throws {
        let f = EngineFixture(store: try Self.makeStore(kind))
        let id = try f.open("pengaduan.yaml").id
        try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        try f.step(id, "terima_pengaduan", as: "Fitri Amalia")
        let events = try f.store.events(caseID: id)
        #expect(events.map(\.sequence) == [1, 2, 3])
        #expect(events[0].previousHash == CaseEvent.genesisHash)
        #expect(events[1].previousHash == events[0].hash)
        #expect(events.allSatisfy { EventHasher.hash($0) == $0.hash })
        let report = try ChainVerifier.verify(f.store)
        #expect(report.isIntact)
        #expect(report.events == 3)
        #expect(try f.store.caseSummaries().first?.active.map(\.step) == ["disposisi"])
    }

    @Test(arguments: Self.kinds)
    func staleWriterGetsAConflictNamingTheWinner(_ kind: Kind) throws {
        let store = try Self.makeStore(kind)
        let a = EngineFixture(store: store)
        let id = try a.open("pengaduan.yaml").id
        let staleState = try a.engine.state(of: id)
        try a.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        // A second terminal that read the case before the first one wrote:
        let late = CaseEvent(caseID: id, sequence: staleState.lastSequence + 1,
                             payload: .stepRefused(StepRefused(step: "x", code: "T", message: "t")), occurredAt: Date(),
                             recordedAt: Date(), isBackdated: false, actor: .system, previousHash: "", hash: "")
        #expect {
            _ = try store.append(late)
        } throws: { error in
            guard case StoreError.conflict(_, _, let by, _) = error else { return false }
            return by == "Maria Ulfa"
        }
        #expect(try store.events(caseID: id).count == 2)
    }

    /// A writer whose view of the case is at the head's place in the chain but not of the head's
    /// event (a chain rewritten behind it) is refused: its decision was not made from this case.
    @Test(arguments: Self.kinds.filter { $0 != .memory })
    func aStateOfAnotherChainAtTheSamePlaceIsAConflict(_ kind: Kind) throws {
        let store = try Self.makeStore(kind)
        let f = EngineFixture(store: store)
        let id = try f.open("pengaduan.yaml").id
        var elsewhere = try f.engine.state(of: id)
        elsewhere.lastHash = String(repeating: "0", count: 64)
        let event = CaseEvent(caseID: id, sequence: 2, payload: .stepRefused(StepRefused(step: "x", code: "T", message: "t")),
                              occurredAt: Date(), recordedAt: Date(), isBackdated: false, actor: .system, previousHash: "", hash: "")
        #expect {
            _ = try store.append(event, after: elsewhere)
        } throws: { error in
            if case StoreError.conflict = error { return true }
            return false
        }
        #expect(try store.events(caseID: id).count == 1)
    }

    @Test func tamperedMemoryEventIsFound() throws {
        let store = InMemoryEventStore()
        let f = EngineFixture(store: store)
        let id = try f.open("pengaduan.yaml").id
        try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        try f.step(id, "terima_pengaduan", as: "Fitri Amalia")
        store.tamper(caseID: id, sequence: 2) { $0.actor.name = "Orang Lain" }
        let report = try ChainVerifier.verify(store)
        #expect(report.findings == [ChainVerifier.Finding(caseID: id, sequence: 2, reason: "isi peristiwa telah diubah (hash tidak cocok)")])
    }
}
