import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// The engine's held case states: used only at the chain head and cache row they were made
/// at, so another writer, a race and an edited `case_state` are all seen as before.
@Suite struct RecentCasesTests {
    static func sqliteStore() throws -> (SQLiteEventStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-\(UUID().uuidString)/kasus.sqlite").path
        return (try SQLiteEventStore(path: path), path)
    }

    func opened(_ f: EngineFixture) throws -> CaseState {
        let state = try f.open("pengaduan.yaml")
        return state
    }

    @Test func aStateIsHandedOutOnlyAtItsOwnHeadAndCacheRow() throws {
        let f = EngineFixture()
        let state = try opened(f)
        let recent = RecentCases(capacity: 4)
        recent.remember(state)
        let text = CaseSummaryJSON.text(CaseSummary(state))
        #expect(recent.state(state.id, at: CaseHead(sequence: 1, hash: state.lastHash, summaryText: nil)).map(CaseSummary.init) == CaseSummary(state))
        let held = try #require(recent.state(state.id, at: CaseHead(sequence: 1, hash: state.lastHash, summaryText: text)))
        #expect(CaseSummary(held) == CaseSummary(state))
        #expect(held.events.isEmpty, "held without history")
        #expect(recent.state(state.id, at: CaseHead(sequence: 2, hash: state.lastHash, summaryText: text)) == nil)
        #expect(recent.state(state.id, at: CaseHead(sequence: 1, hash: String(repeating: "0", count: 64), summaryText: text)) == nil)
        #expect(recent.state(state.id, at: CaseHead(sequence: 1, hash: state.lastHash, summaryText: text! + " ")) == nil)
        #expect(recent.state("LAIN-0001", at: CaseHead(sequence: 1, hash: state.lastHash, summaryText: nil)) == nil)
        recent.forget(state.id)
        #expect(recent.state(state.id, at: CaseHead(sequence: 1, hash: state.lastHash, summaryText: nil)) == nil)
    }

    @Test func theLeastRecentlyUsedGoFirstAndTheCountStaysBounded() throws {
        let f = EngineFixture()
        let states = try (0..<10).map { _ in try opened(f) }
        let recent = RecentCases(capacity: 4)
        func head(_ s: CaseState) -> CaseHead { CaseHead(sequence: s.lastSequence, hash: s.lastHash, summaryText: nil) }
        for s in states.prefix(4) { recent.remember(s) }
        _ = recent.state(states[0].id, at: head(states[0]))  // used again: now the most recent
        recent.remember(states[4])
        #expect(recent.count <= 4)
        #expect(recent.state(states[0].id, at: head(states[0])) != nil)
        #expect(recent.state(states[4].id, at: head(states[4])) != nil)
        #expect(recent.state(states[1].id, at: head(states[1])) == nil)
        for s in states { recent.remember(s) }
        #expect(recent.count <= 4)
        #expect(recent.state(states[9].id, at: head(states[9])) != nil)
    }

    @Test func theEngineHoldsWhatItWrote() throws {
        let (store, _) = try Self.sqliteStore()
        let f = EngineFixture(store: store)
        let id = try opened(f).id
        let outcome = try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        let head = try #require(try store.head(caseID: id))
        #expect(head.sequence == 2 && head.hash == outcome.event.hash)
        #expect(head.summaryText == CaseSummaryJSON.text(CaseSummary(outcome.state)))
        let held = try #require(f.engine.recent.state(id, at: head))
        #expect(CaseSummary(held) == CaseSummary(outcome.state))
        // What it holds is what folding the events gives.
        #expect(CaseSummary(held) == CaseSummary(try f.engine.state(of: id)))
        // And the next step is decided from it, under one write.
        let next = try f.step(id, "terima_pengaduan", as: "Fitri Amalia")
        #expect(next.event.previousHash == outcome.event.hash)
        #expect(CaseSummary(next.state) == CaseSummary(try f.engine.state(of: id)))
        #expect(next.state.events == [next.event], "the outcome's events: this step's (StepOutcome)")
    }

    @Test func aCacheRowEditedWhileTheEngineHoldsTheCaseIsFound() throws {
        let (store, path) = try Self.sqliteStore()
        let f = EngineFixture(store: store)
        let id = try opened(f).id
        try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        // Skip the case to its last step in the cache only, behind the running engine's back.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [path, "UPDATE case_state SET summary = replace(summary, '\"terima_pengaduan\"', '\"rekap\"') WHERE case_id = '\(id)'"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(throws: EngineError.cacheTampered(id)) { try f.step(id, "rekap", as: "Bayu Santoso") }
        #expect(throws: EngineError.cacheTampered(id)) { try f.step(id, "terima_pengaduan", as: "Fitri Amalia") }
        #expect(try store.events(caseID: id).count == 2)
    }

    @Test func anotherWritersStepIsSeen() throws {
        let (store, path) = try Self.sqliteStore()
        let a = EngineFixture(store: store)
        let b = EngineFixture(store: try SQLiteEventStore(path: path))
        let id = try opened(a).id
        try a.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        try b.step(id, "terima_pengaduan", as: "Fitri Amalia")
        // A still holds the case at #2; the chain is at #3 now.
        #expect(throws: EngineError.self) { try a.step(id, "terima_pengaduan", as: "Fitri Amalia") }
        #expect(try b.engine.state(of: id).active.map(\.step) == ["disposisi"])
        let outcome = try a.step(id, "disposisi", as: "199111112018031009")
        #expect(outcome.event.sequence == 4)
        #expect(CaseSummary(outcome.state) == CaseSummary(try a.engine.state(of: id)))
        #expect(try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true).isIntact)
    }

    @Test func aWriterThatDecidedFromAStaleHeadLosesWithAConflictNamingTheWinner() throws {
        let (store, path) = try Self.sqliteStore()
        let racing = RacingStore(try SQLiteEventStore(path: path))
        let b = EngineFixture(store: racing)
        let a = EngineFixture(store: store)
        let id = try opened(b).id  // B holds the case at #1
        // Right after B has read the head, A does the same step first.
        racing.afterHead = { try a.step(id, "perintah_pemeriksaan", as: "Maria Ulfa") }
        #expect {
            try b.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        } throws: { error in
            guard case EngineError.conflict(let by, _) = error else { return false }
            return by == "Maria Ulfa"
        }
        let events = try store.events(caseID: id)
        #expect(events.map(\.sequence) == [1, 2])
        #expect(try ChainVerifier.verify(store, chainEnds: try store.cachedChainEnds(), checkDerived: true).isIntact)
    }
}

/// A store that lets a test act between an engine's head read and its append.
final class RacingStore: EventStore, @unchecked Sendable {
    let base: SQLiteEventStore
    var afterHead: (() throws -> Void)?

    init(_ base: SQLiteEventStore) { self.base = base }

    func head(caseID: String) throws -> CaseHead? {
        let head = try base.head(caseID: caseID)
        if let hook = afterHead {
            afterHead = nil
            try hook()
        }
        return head
    }

    func save(_ version: SOPVersion) throws { try base.save(version) }
    func sopVersion(hash: String) throws -> SOPVersion? { try base.sopVersion(hash: hash) }
    func sopVersions() throws -> [SOPVersion] { try base.sopVersions() }
    func allocateCaseID(prefix: String) throws -> String { try base.allocateCaseID(prefix: prefix) }
    func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent { try base.append(event, after: state) }
    func events(caseID: String) throws -> [CaseEvent] { try base.events(caseID: caseID) }
    func summary(caseID: String) throws -> CaseSummary? { try base.summary(caseID: caseID) }
    func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) { try base.eventsAndSummary(caseID: caseID) }
    func caseSummaries() throws -> [CaseSummary] { try base.caseSummaries() }
    func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws { try base.forEachEvent(body) }
    func forEachLogEntry(_ body: (String) throws -> Void) throws { try base.forEachLogEntry(body) }
}
