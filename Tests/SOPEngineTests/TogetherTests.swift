import Foundation
import SOPDSL
import Testing
@testable import SOPEngine

/// Symbols of one row joined by a plain line (`garis`) act together: all of them
/// (`bersama: semua`) or any one (`bersama: salah_satu`) before the flow goes on.
@Suite struct TogetherTests {
    static func sop(_ together: String) throws -> (SOP, String) {
        let yaml = """
            identitas: {instansi: KPU Kota Contoh, nomor: "1", nama: Rapat Bersama}
            pelaksana:
              - {id: helpdesk_kab, nama: Helpdesk}
              - {id: anggota_kpu_kab, nama: Anggota KPU}
            langkah:
              - kegiatan: Menerima undangan
                simbol:
                  - {id: mulai, bentuk: terminator, pelaksana: helpdesk_kab}
              - kegiatan: Membahas bersama
                bersama: \(together)
                simbol:
                  - {id: bahas_helpdesk, pelaksana: helpdesk_kab, garis: bahas_anggota}
                  - {id: bahas_anggota, pelaksana: anggota_kpu_kab}
              - kegiatan: Menyusun notula
                simbol:
                  - {id: notula, bentuk: terminator, pelaksana: helpdesk_kab}
            """
        let result = SOPLoader.load(bytes: Array(yaml.utf8), path: "bersama.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return (try #require(result.sop), yaml)
    }

    func run(_ together: String) throws -> (EngineFixture, String) {
        let (sop, yaml) = try Self.sop(together)
        let f = EngineFixture()
        let id = try f.engine.open(sop: sop, source: yaml).id
        try f.step(id, "mulai", as: EngineFixture.rina)
        return (f, id)
    }

    @Test func allMustAct() throws {
        let (f, id) = try run("semua")
        #expect(Set(try f.engine.state(of: id).active.map(\.step)) == ["bahas_helpdesk", "bahas_anggota"])
        let first = try f.step(id, "bahas_anggota", as: EngineFixture.anggota)
        // One has acted; the flow waits for the other.
        #expect(first.state.active.map(\.step) == ["bahas_helpdesk"])
        let both = try f.step(id, "bahas_helpdesk", as: EngineFixture.rina)
        #expect(both.state.active.map(\.step) == ["notula"])
    }

    @Test func anyOneActs() throws {
        let (f, id) = try run("salah_satu")
        let one = try f.step(id, "bahas_anggota", as: EngineFixture.anggota)
        // The other member is withdrawn and the flow goes on at once.
        #expect(one.state.active.map(\.step) == ["notula"])
        #expect(throws: EngineError.self) { try f.step(id, "bahas_helpdesk", as: EngineFixture.rina) }
        let folded = try f.engine.state(of: id)
        #expect(folded.active.map(\.step) == ["notula"])
        #expect(try f.step(id, "notula", as: EngineFixture.rina).state.status == .closed)
    }

    /// What a bare "hari" counts is the office's to say (`hari: kerja` in its calendar).
    @Test func theOfficeCalendarReadsABareDay() throws {
        var calendar = CalendarFixtures.national
        let friday = try LocalTimeFormat.parse("2024-07-05 10:00", zone: "WIB")
        #expect(try DeadlineCalculator(calendar: calendar).deadline(from: friday, span: .days(2))
                == friday.addingTimeInterval(2 * 86_400))
        calendar.dayReading = .working
        let working = try DeadlineCalculator(calendar: calendar).deadline(from: friday, span: .days(2))
        #expect(working == (try DeadlineCalculator(calendar: calendar).deadline(from: friday, span: .workingDays(2))))
        #expect(working > friday.addingTimeInterval(3 * 86_400))
    }
}
