import Foundation
import Testing
import TestSupport

/// The guided `sop kasus` as people meet it: the binary on a pseudo-terminal, driven by
/// scripts/check-guided.py (pexpect, installed by scripts/setup.sh); and the same commands from a
/// script (pipes, no terminal), which must never ask.
@Suite(.serialized) struct GuidedTerminalTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sop-guided-\(UUID().uuidString)")
    var data: String { directory.appendingPathComponent("kasus.sqlite").path }

    init() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func sop(_ args: [String]) throws -> ProcessResult {
        try ProcessResult.sop(args + ["--data", data, "--petugas", "contoh/petugas.yaml"],
                              environment: ["SOP_WAKTU_SEKARANG": "2024-04-02T02:00:00Z", "SOP_KUNCI": ""])
    }

    /// The case as `sop kasus lihat --json` shows it: (step, exit, missing kelengkapan, note) per completed step, and the current steps.
    func recorded(_ id: String) throws -> ([[String]], [String], Int) {
        let shown = try sop(["kasus", "lihat", id, "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let events = try #require(json["peristiwa"] as? [[String: Any]])
        let steps = events.compactMap { event -> [String]? in
            guard event["jenis"] as? String == "langkah_selesai" else { return nil }
            return [event["langkah"] as? String ?? "", event["cabang"] as? String ?? "-",
                    (event["kelengkapan_kurang"] as? [String] ?? []).joined(separator: ","), event["catatan"] as? String ?? "-"]
        }
        let active = (json["langkah_berjalan"] as? [[String: Any]] ?? []).compactMap { $0["langkah"] as? String }
        return (steps, active, events.count)
    }

    @Test func guidedCaseOnAPseudoTerminal() throws {
        let script = PackagePaths.url("scripts/check-guided.py").path
        let run = try ProcessResult.run(URL(fileURLWithPath: "/usr/bin/env"),
                                        ["python3", script, "--sop", PackagePaths.sopBinary.path, "--data", data], in: PackagePaths.root)
        #expect(run.status != 3, "pexpect is missing: run bash scripts/setup.sh")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let id = try #require(run.stdout.split(separator: "\n").last.flatMap { $0.hasPrefix("kasus: ") ? String($0.dropFirst(7)) : nil },
                              "\(run.stdout)")
        // Opened, three steps done by answering; Ctrl-C, Ctrl-D and "tidak" recorded nothing.
        let (steps, active, events) = try recorded(id)
        #expect(events == 4)
        #expect(steps == [["hadir", "-", "", "-"], ["terima", "-", "alat perekam", "dipandu di terminal"], ["jawab", "Tidak", "", "-"]])
        #expect(active == ["lapor_anggota"])
    }

    @Test func withoutATerminalNothingIsAsked() throws {
        // `buka` from a script opens as before, without asking who opens it.
        let opened = try sop(["kasus", "buka", "sops/helpdesk.yaml"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(!opened.stdout.contains("Siapa") && !opened.stdout.contains("Ringkasan"))
        let id = String(opened.stdout.split(separator: " ")[1])
        let noStep = try sop(["kasus", "lakukan", id])
        #expect(noStep.status == 2)
        #expect(noStep.stderr.contains("sop: [TANYA001] LANGKAH (id langkah sesudah nomor kasus) dan --sebagai belum disebutkan"), "\(noStep.stderr)")
        #expect(noStep.stdout.isEmpty)
        let noActor = try sop(["kasus", "lakukan", id, "hadir", "--isi", "kanal=tatap_muka"])
        #expect(noActor.status == 2)
        #expect(noActor.stderr.contains("[TANYA001] --sebagai belum disebutkan"), "\(noActor.stderr)")
        #expect(!noActor.stderr.contains("LANGKAH"))
        let (_, _, before) = try recorded(id)
        #expect(before == 1)
        // The flag path works as it did; a judgement decision without --pilih is refused by the
        // engine as before (exit 1), not asked.
        let done = try sop(["kasus", "lakukan", id, "hadir", "--sebagai", "Budi Santoso", "--kontak", "0812-3456-7890",
                            "--isi", "kanal=tatap_muka", "--isi", "tanggal_waktu=2024-04-02 09:00", "--isi", "nama=Budi Santoso",
                            "--isi", "nomor_handphone=0812-3456-7890", "--isi", "nama_partai=Partai Contoh"])
        #expect(done.status == 0, "\(done.stderr)")
        try #require(try sop(["kasus", "lakukan", id, "terima", "--sebagai", "Rina Wulandari", "--isi", "permasalahan=Gagal unggah"]).status == 0)
        let undecided = try sop(["kasus", "lakukan", id, "jawab", "--sebagai", "Rina Wulandari"])
        #expect(undecided.status == 1)
        #expect(undecided.stderr.contains("[KASUS016]"), "\(undecided.stderr)")
        let (_, active, after) = try recorded(id)
        #expect(after == 3)
        #expect(active == ["jawab"])
    }
}
