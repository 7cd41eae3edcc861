import Foundation
import SOPDSL
import TestSupport
@testable import SOPEngine

/// A case engine over an in-memory store (or a given one) with a hand-driven clock, the
/// shipped SOPs and the example roster.
struct EngineFixture {
    static let root = PackagePaths.root
    /// Tuesday 2 April 2024, 09:00 WIB.
    static let start = Date(timeIntervalSince1970: 1_712_023_200)

    let engine: CaseEngine
    let clock: ManualClock
    let store: EventStore

    init(store: EventStore = InMemoryEventStore(), roster: Roster? = EngineFixture.roster()) {
        self.store = store
        clock = ManualClock(Self.start)
        engine = CaseEngine(store: store, clock: clock, roster: roster)
    }

    static func roster(_ name: String = "contoh/petugas.yaml") -> Roster {
        let (roster, diagnostics, _) = RosterLoader.load(path: root.appendingPathComponent(name).path)
        precondition(roster != nil, "roster: \(diagnostics)")
        return roster!
    }

    /// A shipped SOP, its path given relative to the package root as a user names it: the path
    /// is recorded in each case's opening event and so in every event hash, which must not
    /// depend on where the package is checked out.
    static func sop(_ name: String) -> (SOP, String) {
        let path = root.appendingPathComponent("sops/\(name)").path
        let result = SOPLoader.load(path: path)
        precondition(result.sop != nil, "\(name): \(result.diagnostics)")
        var sop = result.sop!
        sop.path = "sops/\(name)"
        return (sop, String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self))
    }

    func open(_ name: String, fields: [String: String] = [:]) throws -> CaseState {
        let (sop, source) = Self.sop(name)
        return try engine.open(sop: sop, source: source, fields: fields)
    }

    /// Does a step after `minutes` on the clock.
    @discardableResult
    func step(_ id: String, _ step: String, as who: String, after minutes: Double = 5, contact: String? = nil,
              fields: [String: String] = [:], present: [String] = ["semua"], choice: String? = nil) throws -> StepOutcome {
        clock.advance(by: minutes * 60)
        return try engine.perform(StepRequest(caseID: id, step: step, actingAs: who, contact: contact, fields: fields,
                                              present: present, choice: choice))
    }

    static let party = ["tanggal_waktu": "2024-04-02 09:00", "nama": "Budi Santoso", "nomor_handphone": "0812-3456-7890",
                        "nama_partai": "Partai Contoh", "kanal": "tatap_muka"]

    static let rina = "Rina Wulandari", anggota = "Hendra Saputra", provinsi = "Lestari Dewi", pusat = "Agung Nugroho"
}

extension CaseState {
    var stepsDone: [String] { completions.map(\.1.step) }
}
