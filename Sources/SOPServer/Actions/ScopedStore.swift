import Foundation
import SOPEngine

/// The shared store as one viewer may read it for a report: only the cases they may see.
/// Read-only; the reports run on an engine over it, so they count nothing of another office.
struct ScopedStore: EventStore {
    let base: any EventStore
    let visible: Set<String>

    func save(_ version: SOPVersion) throws { throw StoreError.unavailable("laporan hanya membaca") }
    func sopVersion(hash: String) throws -> SOPVersion? { try base.sopVersion(hash: hash) }
    func sopVersions() throws -> [SOPVersion] { try base.sopVersions() }
    func allocateCaseID(prefix: String) throws -> String { throw StoreError.unavailable("laporan hanya membaca") }
    func openCase(prefix: String, _ opening: (String) -> CaseEvent) throws -> CaseEvent { throw StoreError.unavailable("laporan hanya membaca") }
    func append(_ event: CaseEvent, after state: CaseState?) throws -> CaseEvent { throw StoreError.unavailable("laporan hanya membaca") }
    func append(toCase caseID: String, deciding decide: (CaseHead?) throws -> (event: CaseEvent, after: CaseState)?) throws -> CaseEvent? {
        throw StoreError.unavailable("laporan hanya membaca")
    }
    func events(caseID: String) throws -> [CaseEvent] { visible.contains(caseID) ? try base.events(caseID: caseID) : [] }
    func head(caseID: String) throws -> CaseHead? { visible.contains(caseID) ? try base.head(caseID: caseID) : nil }
    func summary(caseID: String) throws -> CaseSummary? { visible.contains(caseID) ? try base.summary(caseID: caseID) : nil }
    func eventsAndSummary(caseID: String) throws -> ([CaseEvent], CaseSummary?) {
        visible.contains(caseID) ? try base.eventsAndSummary(caseID: caseID) : ([], nil)
    }
    func caseSummaries() throws -> [CaseSummary] { try base.caseSummaries().filter { visible.contains($0.caseID) } }
    func forEachEvent(_ body: (StoredEventRow) throws -> Void) throws {
        try base.forEachEvent { row in if visible.contains(row.caseID) { try body(row) } }
    }
    /// The store-wide log is not the viewer's: a report over part of it names no checkpoint.
    func forEachLogEntry(_ body: (String) throws -> Void) throws {}
    func firstSealedPosition() throws -> Int64? { nil }
}
