import Foundation
import SOPDSL
import SOPEngine

/// The case script of target 1, on sops/helpdesk.yaml: the same shape as the peer's
/// (../shared/bench/peer/run_spiff.py): every case is run end to end, every third case is
/// escalated (here through the whole chain: member, province, national helpdesk). Every step
/// goes through `CaseEngine.perform`, so the role check, field validation and decision
/// resolution all run, as in `sop kasus lakukan`.
enum HelpdeskScript {
    static let party = ["tanggal_waktu": "2024-04-02 09:00", "nama": "Budi Santoso", "nomor_handphone": "0812-3456-7890",
                        "nama_partai": "Partai Contoh", "kanal": "tatap_muka"]
    static let desk = "Rina Wulandari", member = "Hendra Saputra", province = "Lestari Dewi", national = "Agung Nugroho"

    /// (step, who, fields, choice)
    typealias Move = (step: String, who: String, fields: [String: String], choice: String?)

    static let arrival: [Move] = [
        ("hadir", "Budi Santoso", party, nil),
        ("terima", desk, ["permasalahan": "Cara mengunggah KTA di SIPOL"], nil),
    ]
    static let closing: [Move] = [
        ("tanya_paham", desk, ["dipahami": "ya"], nil),
        ("catat", desk, [:], nil),
        ("serahkan", desk, [:], nil),
    ]
    static let resolved: [Move] = arrival + [("jawab", desk, [:], "Ya")] + closing
    static let escalated: [Move] = arrival + [
        ("jawab", desk, [:], "Tidak"),
        ("lapor_anggota", desk, [:], nil),
        ("telaah_anggota", member, [:], "Tidak"),
        ("koordinasi_provinsi", member, [:], nil),
        ("jawab_provinsi", province, [:], "Tidak"),
        ("teruskan_kpu", province, [:], nil),
        ("jawab_kpu", national, [:], nil),
        ("sampaikan_jawaban", desk, [:], nil),
    ] + closing

    /// Case number n (1-based) is escalated when n is a multiple of `every` (0: never).
    static func moves(case n: Int, escalateEvery every: Int = 3) -> [Move] {
        every > 0 && n % every == 0 ? escalated : resolved
    }

    /// Steps (user tasks) of `cases` cases: what the peer counts as tasks.
    static func stepCount(cases: Int, escalateEvery every: Int = 3) -> Int {
        let escalatedCases = every > 0 ? cases / every : 0
        return escalatedCases * escalated.count + (cases - escalatedCases) * resolved.count
    }

    /// Runs case `n` end to end. `beforeStep` may move a manual clock; `timed` receives each
    /// step's seconds (for the per-step latency of target 6).
    @discardableResult
    static func run(case n: Int, engine: CaseEngine, sop: SOP, source: String, escalateEvery every: Int = 3,
                    beforeStep: (Int) -> Void = { _ in }, timed: ((Double) -> Void)? = nil) throws -> CaseState {
        beforeStep(0)
        var state = try engine.open(sop: sop, source: source)
        for (index, move) in moves(case: n, escalateEvery: every).enumerated() {
            beforeStep(index + 1)
            let request = StepRequest(caseID: state.id, step: move.step, actingAs: move.who,
                                      contact: move.who == "Budi Santoso" ? "0812-3456-7890" : nil,
                                      fields: move.fields, choice: move.choice)
            if let timed {
                var outcome: StepOutcome?
                let seconds = try Measure.seconds { outcome = try engine.perform(request) }
                timed(seconds)
                state = outcome!.state
            } else {
                state = try engine.perform(request).state
            }
        }
        guard state.status == .closed else { throw BenchError("kasus \(state.id) tidak selesai: \(state.active.map(\.step))") }
        return state
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
