import Foundation
import Testing
import SOPDSL
@testable import SOPEngine

/// Happy paths of the other shipped SOPs, the tiered disposition loop, and the queue of 000.
@Suite struct OtherSOPCaseTests {
    typealias F = EngineFixture

    @Test func pengaduanRunsThroughItsFourUnits() throws {
        let f = F()
        let id = try f.open("pengaduan.yaml").id
        let path: [(String, String)] = [
            ("perintah_pemeriksaan", "Maria Ulfa"), ("terima_pengaduan", "Fitri Amalia"), ("disposisi", "Maria Ulfa"),
            ("pencermatan", "Bayu Santoso"), ("tindak_lanjut", "Rudi Hartono"), ("kirim_balasan", "Fitri Amalia"),
            ("arahan_rekap", "Maria Ulfa"), ("rekap", "Bayu Santoso"),
        ]
        var last: StepOutcome?
        for (step, who) in path { last = try f.step(id, step, as: who, after: 60 * 24) }
        #expect(last?.state.status == .closed)
        #expect(try f.engine.state(of: id).stepsDone == path.map(\.0))
    }

    /// Seed 003 as signed: four rows; the tiered disposition (row 2) and the tiered paraf (row 4)
    /// are chains of symbols inside one row, each officer a node of their own.
    @Test func autentifikasiDispositionGoesDownAndParafLoopsBack() throws {
        let f = F()
        let (sop, _) = F.sop("autentifikasi.yaml")
        #expect(sop.rows.count == 4)
        #expect(sop.steps(ofRow: 1).count >= 5 && sop.steps(ofRow: 3).count >= 4)
        let id = try f.open("autentifikasi.yaml").id
        for (step, who) in [("terima_surat", "Siti Aminah"), ("registrasi", "Siti Aminah"), ("disposisi_kpu", "Agus Arifin"),
                            ("disposisi_sekretaris", "Bambang Wijaya"), ("disposisi_kabag", "Nurhayati"),
                            ("disposisi_kasubbag", "Joko Susilo"), ("siapkan_balasan", "Putri Maharani")] {
            try f.step(id, step, as: who)
        }
        // A sign-off out of order is refused: the Kabag cannot initial before the Kasubbag.
        #expect(throws: EngineError.stepNotActive(step: "paraf_kabag", active: ["paraf_kasubbag"])) {
            try f.step(id, "paraf_kabag", as: "Nurhayati", choice: "Sudah Benar")
        }
        let back = try f.step(id, "paraf_kasubbag", as: "Joko Susilo", choice: "Belum Benar")
        #expect(back.state.active.map(\.step) == ["perbaiki_konsep"])
        try f.step(id, "perbaiki_konsep", as: "Putri Maharani")
        try f.step(id, "paraf_kasubbag", as: "Joko Susilo", choice: "Sudah Benar")
        try f.step(id, "paraf_kabag", as: "Nurhayati", choice: "Sudah Benar")
        try f.step(id, "paraf_sekretaris", as: "Bambang Wijaya", choice: "Sudah Benar")
        try f.step(id, "tanda_tangan", as: "Agus Arifin")
        #expect(try f.step(id, "kirim_surat", as: "Siti Aminah").state.status == .closed)
        // Each officer's decision is on the record, by name.
        let decisions = try f.engine.state(of: id).completions.compactMap { (pair: (CaseEvent, StepCompleted)) -> String? in
            guard let exit = pair.1.exit else { return nil }
            return "\(pair.1.step): \(exit) (\(pair.0.actor.name.split(separator: " (").first ?? ""))"
        }
        #expect(decisions == ["paraf_kasubbag: Belum Benar (Joko Susilo)", "paraf_kasubbag: Sudah Benar (Joko Susilo)",
                              "paraf_kabag: Sudah Benar (Nurhayati)", "paraf_sekretaris: Sudah Benar (Bambang Wijaya)"])
    }

    func queueUp(_ f: F, name: String) throws -> StepOutcome {
        let id = try f.open("antrian.yaml").id
        try f.step(id, "hadir", as: name, after: 1, contact: "0813-1111-2222",
                   fields: ["tanggal_waktu": "2024-04-02 09:00", "nama": name, "nama_partai": "Partai Contoh",
                            "nomor_telepon": "0813-1111-2222", "email": "budi@contoh.id", "tanda_tangan": name])
        return try f.step(id, "terima", as: F.rina, after: 1)
    }

    @Test func queueServesAtOnceWhenNobodyWaitsElseInTurn() throws {
        let f = F()
        let first = try queueUp(f, name: "Budi")
        #expect(first.queue == QueuePosition(desk: "meja_helpdesk", position: 1))
        let second = try queueUp(f, name: "Ani")
        #expect(second.queue == QueuePosition(desk: "meja_helpdesk", position: 2))
        let third = try queueUp(f, name: "Citra")
        #expect(third.queue?.position == 3)
        try f.step(first.state.id, "layani", as: "Dedi Kurniawan", after: 30)
        let line = try QueueView(engine: f.engine).waiting(at: "meja_helpdesk").map(\.caseID)
        #expect(line == [second.state.id, third.state.id])
    }
}
