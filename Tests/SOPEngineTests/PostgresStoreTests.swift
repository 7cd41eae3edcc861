import Foundation
import Testing
import TestSupport
import SOPStorePostgres
@testable import SOPEngine

/// The PostgreSQL store as offices meet it: concurrent writers, hand edits with psql, a second
/// process opening the same database, and the `sop` binary pointed at it with --data.
@Suite(.enabled(if: PostgresTestDatabase.baseURL != nil, "needs the test cluster (scripts/postgres.sh)"))
struct PostgresStoreTests {
    func store(_ url: String) throws -> PostgresEventStore {
        try PostgresEventStore(location: try PostgresLocation.parse(url))
    }

    @Test func concurrentWritersOfOneStepHaveOneWinner() throws {
        let url = try PostgresTestDatabase.fresh()
        let f = EngineFixture(store: try store(url))
        let id = try f.open("pengaduan.yaml").id
        let writers = (0..<8).map { _ in try? store(url) }.compactMap { $0 }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: writers.count) { i in
            let event = CaseEvent(caseID: id, sequence: 2, payload: .stepRefused(StepRefused(step: "x", code: "T", message: "t\(i)")),
                                  occurredAt: Date(), recordedAt: Date(), isBackdated: false,
                                  actor: ActorRecord(kind: .staff, id: "w\(i)", name: "Penulis \(i)", role: "uji"), previousHash: "", hash: "")
            do { _ = try writers[i].append(event); outcomes.add("menang") } catch StoreError.conflict(_, _, let by, _) {
                outcomes.add("kalah:" + by)
            } catch { outcomes.add("galat:\(error)") }
        }
        let all = outcomes.all
        #expect(all.filter { $0 == "menang" }.count == 1)
        let winner = try f.store.events(caseID: id)[1].actor.name
        #expect(all.filter { $0 == "kalah:" + winner }.count == writers.count - 1, "\(all)")
        #expect(try ChainVerifier.verify(f.store, chainEnds: try f.store.cachedChainEnds()).isIntact)
    }

    @Test func editedAndDeletedRowsAreFoundByVerification() throws {
        let url = try PostgresTestDatabase.fresh()
        let f = EngineFixture(store: try store(url))
        let id = try f.open("pengaduan.yaml").id
        try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        try f.step(id, "terima_pengaduan", as: "Fitri Amalia")
        #expect(try ChainVerifier.verify(f.store, chainEnds: try f.store.cachedChainEnds()).isIntact)

        try PostgresTestDatabase.psql(url, "UPDATE event SET body = replace(body, 'Fitri Amalia', 'Orang Lain') WHERE case_id = '\(id)' AND seq = 3")
        let edited = try ChainVerifier.verify(f.store, chainEnds: try f.store.cachedChainEnds())
        #expect(edited.findings.map(\.reason) == ["isi peristiwa telah diubah (hash tidak cocok)"])

        try PostgresTestDatabase.psql(url, "DELETE FROM event WHERE case_id = '\(id)' AND seq = 3")
        let cut = try ChainVerifier.verify(f.store, chainEnds: try f.store.cachedChainEnds())
        #expect(cut.findings.map(\.sequence) == [3])
    }

    @Test func aCacheRowEditedWhileTheEngineHoldsTheCaseIsFound() throws {
        let url = try PostgresTestDatabase.fresh()
        let f = EngineFixture(store: try store(url))
        let id = try f.open("pengaduan.yaml").id
        let first = try f.step(id, "perintah_pemeriksaan", as: "Maria Ulfa")
        // The head is one statement and carries the cache row as written.
        let head = try #require(try f.store.head(caseID: id))
        #expect(head.sequence == 2 && head.hash == first.event.hash)
        #expect(head.summaryText == (try CaseCache.text(CaseSummary(first.state))))
        // Skip the case to its last step in the cache only, behind the running engine's back.
        try PostgresTestDatabase.psql(url, "UPDATE case_state SET summary = replace(summary, '\"terima_pengaduan\"', '\"rekap\"') WHERE case_id = '\(id)'")
        #expect(throws: EngineError.cacheTampered(id)) { try f.step(id, "rekap", as: "Bayu Santoso") }
        #expect(throws: EngineError.cacheTampered(id)) { try f.step(id, "terima_pengaduan", as: "Fitri Amalia") }
        #expect(try f.store.events(caseID: id).count == 2)
    }

    @Test func aSecondProcessSeesTheSameCasesAndMigratesNothingTwice() throws {
        let url = try PostgresTestDatabase.fresh()
        let f = EngineFixture(store: try store(url))
        let id = try f.open("helpdesk.yaml").id
        let again = try store(url)
        #expect(try again.summary(caseID: id)?.sopName == f.engine.state(of: id).sopName)
        #expect(try again.events(caseID: id).map(\.hash) == f.store.events(caseID: id).map(\.hash))
        #expect(try again.allocateCaseID(prefix: "HELPDESK") == "HELPDESK-0002")
    }

    @Test func theBinaryRunsAndVerifiesACaseOnPostgres() throws {
        let url = try PostgresTestDatabase.fresh()
        let env = ProcessResult.hermetic(adding: ["SOP_DATA": url, "SOP_PETUGAS": "contoh/petugas.yaml"])
        let opened = try ProcessResult.sop(["kasus", "buka", "sops/pengaduan.yaml"], environment: env)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(!opened.stdout.contains(":sop@") && !opened.stderr.contains(":sop@"), "the password is never printed")
        let id = String(opened.stdout.split(separator: " ")[1])
        let step = try ProcessResult.sop(["kasus", "lakukan", id, "perintah_pemeriksaan", "--sebagai", "Maria Ulfa"], environment: env)
        #expect(step.status == 0, "\(step.stderr)")
        let verified = try ProcessResult.sop(["verifikasi"], environment: env)
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("Semua rantai utuh: 1 kasus"))
        try PostgresTestDatabase.psql(url, "UPDATE event SET body = replace(body, 'Maria Ulfa', 'Orang Lain') WHERE case_id = '\(id)' AND seq = 2")
        let broken = try ProcessResult.sop(["verifikasi"], environment: env)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("RUSAK: kasus \(id), peristiwa #2: isi peristiwa telah diubah"))
    }

    @Test func unusableLocationsAreRefusedInBahasaIndonesia() throws {
        let env = ProcessResult.hermetic(adding: ["SOP_PETUGAS": "contoh/petugas.yaml"])
        let noDatabase = try ProcessResult.sop(["kasus", "daftar", "--data", "postgres://sop:rahasia@127.0.0.1:1"], environment: env)
        #expect(noDatabase.status == 2)
        #expect(noDatabase.stderr.contains("[DATA001]") && noDatabase.stderr.contains("tidak menyebut basis data"))
        #expect(!noDatabase.stderr.contains("rahasia"))
        let unreachable = try ProcessResult.sop(["kasus", "daftar", "--data", "postgres://sop:rahasia@127.0.0.1:1/sop"], environment: env)
        #expect(unreachable.status == 2)
        #expect(unreachable.stderr.contains("[DATA001]") && unreachable.stderr.contains("'postgres://sop:***@127.0.0.1:1/sop' tidak dapat dibuka: PostgreSQL tidak dapat dipakai: server tidak dapat dihubungi"))
        #expect(!unreachable.stderr.contains("rahasia"))
        let wrongPassword = try ProcessResult.sop(["kasus", "daftar", "--data", try Self.withPassword("salah")], environment: env)
        #expect(wrongPassword.status == 2)
        #expect(wrongPassword.stderr.contains("server menjawab \"password authentication failed"), "\(wrongPassword.stderr)")
    }

    /// The test cluster's URL with another password.
    static func withPassword(_ password: String) throws -> String {
        var url = URLComponents(string: try #require(PostgresTestDatabase.baseURL))!
        url.password = password
        return url.string!
    }
}

private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
