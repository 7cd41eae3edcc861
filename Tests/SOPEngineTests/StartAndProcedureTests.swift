import Foundation
import SOPDSL
import Testing
import TestSupport
@testable import SOPEngine

/// Where a case begins: a table with several start terminators ("Langsung ke Kantor", "Via
/// Email") asks which (`--mulai`); an SOP with several flowcharts asks which one (`--prosedur`).
@Suite struct StartAndProcedureTests {
    static let corpus = "contoh/korpus/bps-025_pengelolaan-surat-masuk.yaml"
    static let procedures = """
        identitas: {instansi: KPU Kota Contoh, nomor: "1", nama: Layanan Informasi}
        pelaksana:
          - {id: helpdesk_kab, nama: Petugas PPID}
          - {id: helpdesk_kpu, nama: Atasan PPID}
        prosedur:
          - id: permohonan
            judul: Prosedur Permohonan Informasi
            pelaksana: [helpdesk_kab]
            langkah:
              - {id: terima, kegiatan: Menerima permohonan, pelaksana: helpdesk_kab}
              - {id: jawab, kegiatan: Menjawab permohonan, pelaksana: helpdesk_kab}
          - id: keberatan
            judul: Prosedur Keberatan
            pelaksana: [helpdesk_kpu]
            langkah:
              - {id: terima_keberatan, kegiatan: Menerima keberatan, pelaksana: helpdesk_kpu}
              - {id: putuskan, kegiatan: Memutuskan keberatan, pelaksana: helpdesk_kpu}
        """

    static func load(_ path: String) throws -> (SOP, String) {
        let url = PackagePaths.url(path)
        let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return (try #require(SOPLoader.load(path: url.path).sop), source)
    }

    @Test func severalStartsAreChosen() throws {
        let (sop, source) = try Self.load(Self.corpus)
        #expect(sop.starts(of: sop.procedures[0]) == ["mulai_kantor", "mulai_email"])
        let f = EngineFixture(roster: EngineFixture.roster("contoh/korpus/petugas.yaml"))
        #expect(throws: EngineError.startRequired(starts: ["mulai_kantor", "mulai_email"])) {
            try f.engine.open(sop: sop, source: source)
        }
        #expect(throws: EngineError.invalidStart("mulai_pos", starts: ["mulai_kantor", "mulai_email"])) {
            try f.engine.open(sop: sop, source: source, start: "mulai_pos")
        }
        let byEmail = try f.engine.open(sop: sop, source: source, start: "mulai_email")
        // Row 1 holds only the two terminators: the chosen one is the row's activity.
        #expect(byEmail.active.map(\.step) == ["mulai_email"])
        guard case .opened(let opened) = byEmail.events[0].payload else { Issue.record("no opening"); return }
        #expect(opened.start == "mulai_email")
    }

    @Test func severalFlowchartsAreChosen() throws {
        let sop = try #require(SOPLoader.load(bytes: Array(Self.procedures.utf8), path: "prosedur.yaml").sop)
        #expect(sop.procedures.map(\.id) == ["permohonan", "keberatan"])
        #expect(sop.rows.map(\.number) == [1, 2, 1, 2])
        let f = EngineFixture()
        #expect(throws: EngineError.procedureRequired(procedures: ["permohonan", "keberatan"])) {
            try f.engine.open(sop: sop, source: Self.procedures)
        }
        #expect(throws: EngineError.unknownProcedure("banding", procedures: ["permohonan", "keberatan"])) {
            try f.engine.open(sop: sop, source: Self.procedures, procedure: "banding")
        }
        let objection = try f.engine.open(sop: sop, source: Self.procedures, procedure: "keberatan")
        #expect(objection.active.map(\.step) == ["terima_keberatan"])
        f.clock.advance(by: 60)
        // The table ends at its own last row: the other table is never entered.
        var state = try f.engine.perform(StepRequest(caseID: objection.id, step: "terima_keberatan", actingAs: "Agung Nugroho")).state
        state = try f.engine.perform(StepRequest(caseID: objection.id, step: "putuskan", actingAs: "Agung Nugroho")).state
        #expect(state.status == .closed)
    }

    /// As users meet it: `sop kasus buka --mulai`, with the refusal when it is missing.
    @Test func theBinaryAsksForTheStart() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-mulai-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let common = ["--data", data, "--petugas", "contoh/korpus/petugas.yaml"]
        let missing = try ProcessResult.sop(["kasus", "buka", Self.corpus] + common)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("KASUS027"))
        #expect(missing.stderr.contains("--mulai (mulai_kantor, mulai_email)"))
        let opened = try ProcessResult.sop(["kasus", "buka", Self.corpus, "--mulai", "mulai_kantor"] + common)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("Langkah berikutnya: "))
    }
}
