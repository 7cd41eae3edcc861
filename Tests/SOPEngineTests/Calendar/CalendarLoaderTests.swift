import Foundation
import SOPDSL
import Testing

/// The shipped calendars and the accepted ways of writing one.
@Suite struct CalendarLoaderTests {
    static func load(_ url: URL) -> (WorkCalendar?, [Diagnostic]) { CalendarLoader.load(path: url.path) }

    @Test func nationalCalendarLoadsCleanly() throws {
        let (calendar, diagnostics) = Self.load(CalendarFixtures.shipped.appendingPathComponent("nasional.yaml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let national = try #require(calendar)
        #expect(national.zone.identifier == "Asia/Jakarta")
        #expect(national.zone.abbreviation == "WIB")
        #expect(national.years.range == 2024...2027)
        #expect(national.policy == .closeOfDay)
        #expect(national.policyLocation.isKnown)
        #expect(national.files.count == 1)
    }

    /// The decrees' counts: 29 days off in 2024, 28 in 2025 (with the amendment), 25 in 2026, 26 in 2027
    /// (18 libur nasional: Isra Mikraj falls twice).
    @Test func nationalDaysOffMatchTheDecrees() {
        let days = CalendarFixtures.national.daysOff
        #expect(days.count == 108)
        func counts(_ year: Int) -> [Int] {
            [DayOffKind.liburNasional, .cutiBersama, .hariLiburKhusus].map { kind in
                days.filter { $0.date.year == year && $0.kind == kind }.count
            }
        }
        #expect(counts(2024) == [17, 10, 2])
        #expect(counts(2025) == [17, 11, 0])
        #expect(counts(2026) == [17, 8, 0])
        #expect(counts(2027) == [18, 8, 0])
        #expect(days.allSatisfy { !$0.legalBasis.value.isEmpty && !$0.name.value.isEmpty && $0.location.isKnown })
        #expect(days.map(\.date) == days.map(\.date).sorted())
    }

    @Test func everyDayOffCarriesItsDecree() throws {
        let national = CalendarFixtures.national
        func basis(_ iso: String) throws -> String {
            try #require(national.daysOff(on: CalendarDate(iso: iso)!).first).legalBasis.value
        }
        #expect(try basis("2024-02-14").hasPrefix("Keputusan Presiden Nomor 10 Tahun 2024"))
        #expect(try basis("2024-11-27").hasPrefix("Keputusan Presiden Nomor 33 Tahun 2024"))
        #expect(try basis("2024-04-10").contains("Nomor 855 Tahun 2023"))
        #expect(try basis("2025-08-18").contains("Nomor 933 Tahun 2025"))
        #expect(try basis("2025-04-02").contains("sebagaimana telah diubah dengan"))
        #expect(try basis("2026-03-20").contains("Nomor 1497 Tahun 2025"))
        #expect(try basis("2027-03-10").contains("Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026"))
        #expect(try basis("2027-12-24").contains("Nomor 1205 Tahun 2026"))
        let lebaran2024 = ["2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12", "2024-04-15"]
        #expect(lebaran2024.allSatisfy { !national.daysOff(on: CalendarDate(iso: $0)!).isEmpty })
        #expect(national.daysOff(on: CalendarDate(iso: "2026-05-27")!).first?.note?.value.contains("sidang isbat") == true)
    }

    @Test func officeCalendarExtendsTheNationalOne() throws {
        let (calendar, diagnostics) = Self.load(CalendarFixtures.shipped.appendingPathComponent("contoh-kantor-wit.yaml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let office = try #require(calendar)
        #expect(office.zone.identifier == "Asia/Jayapura")
        #expect(office.years.range == 2024...2027)
        #expect(office.hours == CalendarFixtures.national.hours)
        #expect(office.daysOff.count == 109)
        #expect(office.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["contoh-kantor-wit.yaml", "nasional.yaml"])
        let local = try #require(office.daysOff(on: CalendarDate(iso: "2025-02-05")!).first)
        #expect(local.kind == .liburKantor)
        #expect(local.location.file.hasSuffix("contoh-kantor-wit.yaml"))
        #expect(local.location.line == 13)
        let national = try #require(office.daysOff(on: CalendarDate(iso: "2024-04-10")!).first)
        #expect(national.location.file.hasSuffix("nasional.yaml"))
    }

    @Test func officeOverridesSomeWeekdays() throws {
        let yaml = """
            nama: Kantor uji
            sertakan: ../../../../kalender/nasional.yaml
            hari_kerja_berakhir: jam_sama
            jam_kerja:
              jumat: {buka: "08:00", tutup: "16:30", istirahat: ["11:30-13:00"]}
              sabtu: ["08:00-12:00"]
            libur:
              - {tanggal: 2024-07-01, nama: HUT Kabupaten, jenis: libur_kantor, dasar_hukum: Keputusan Bupati}
            """
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array(yaml.utf8), path: CalendarDiagnosticsTests.inlinePath)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let office = try #require(calendar)
        #expect(office.hours[.jumat]?.intervals.map(\.description) == ["08:00-11:30", "13:00-16:30"])
        #expect(office.hours[.sabtu]?.intervals.map(\.description) == ["08:00-12:00"])
        #expect(office.hours[.senin] == CalendarFixtures.national.hours[.senin])
        #expect(office.files.last == CalendarFixtures.shipped.appendingPathComponent("nasional.yaml").path)
        #expect(office.policy == .sameTime)
        #expect(office.zone.identifier == "Asia/Jakarta")
        #expect(office.daysOff.count == 109)
    }

    @Test func acceptedSpellings() throws {
        let yaml = """
            nama: Ejaan
            zona_waktu: wita
            tahun: 2025
            jam_kerja:
              senin: 07.30-12.00
              selasa: "07:30 – 16:00"
              rabu: ["7:30-12:00", "13:00-24:00"]
              kamis: {buka: "07:30", tutup: "16:00"}
              jumat: tutup
            libur:
              - {tanggal: 17 Agustus 2025, nama: Proklamasi, jenis: libur_nasional, dasar_hukum: SKB}
            """
        let (calendar, diagnostics) = CalendarLoader.load(bytes: Array(yaml.utf8), path: "ejaan.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let c = try #require(calendar)
        #expect(c.zone.identifier == "Asia/Makassar")
        #expect(c.years.range == 2025...2025)
        #expect(c.hours[.senin]?.intervals.map(\.description) == ["07:30-12:00"])
        #expect(c.hours[.selasa]?.intervals.map(\.description) == ["07:30-16:00"])
        #expect(c.hours[.rabu]?.intervals.map(\.description) == ["07:30-12:00", "13:00-24:00"])
        #expect(c.hours[.kamis]?.intervals.map(\.description) == ["07:30-16:00"])
        #expect(c.hours[.jumat]?.isOpen == false)
        #expect(c.hours[.sabtu] == nil)
        #expect(c.daysOff.first?.date.iso == "2025-08-17")
        #expect(c.policy == .closeOfDay)
        #expect(!c.policyLocation.isKnown)
    }

    @Test func intervalLocationsPointAtTheText() throws {
        let national = CalendarFixtures.national
        let friday = try #require(national.hours[.jumat])
        #expect(friday.location.file.hasSuffix("nasional.yaml"))
        #expect(friday.location.isKnown)
        #expect(national.zone.location.line == 7)
        #expect(national.years.location.line == 8)
    }
}
