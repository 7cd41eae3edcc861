import Foundation
import Testing
import TestSupport
@testable import SOPDSL

/// `kantor.yaml`: offices, their parents one level up, and staff who belong to them.
@Suite struct OfficeLoaderTests {
    func load(_ yaml: String) throws -> (OfficeDirectory?, [Diagnostic]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kantor-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let (directory, diagnostics, _) = OfficeLoader.load(path: url.path)
        return (directory, diagnostics)
    }

    @Test func demoOfficesLoad() throws {
        let (directory, diagnostics, _) = OfficeLoader.load(path: PackagePaths.url("contoh/server/kantor.yaml").path)
        let offices = try #require(directory)
        #expect(diagnostics.isEmpty)
        #expect(offices.chain(from: "kpu_muratara").map(\.id) == ["kpu_muratara", "kpu_sumsel", "kpu"])
        #expect(offices.oversees("kpu_sumsel", "kpu_murawas") && !offices.oversees("kpu_murawas", "kpu_muratara"))
        #expect(offices.office("kpu_muratara")?.daysOff.count == 1 && offices.office("kpu_muratara")?.desks.map(\.id) == ["loket_1", "loket_2"])
    }

    @Test func hierarchyMistakesAreFound() throws {
        let (directory, diagnostics) = try load("""
            kantor:
              - {id: kpu, nama: KPU, tingkat: pusat}
              - {id: kab_a, nama: KPU Kab A, tingkat: kabupaten_kota, induk: kpu}
              - {id: prov_b, nama: KPU Prov B, tingkat: provinsi}
              - {id: kab_c, nama: KPU Kab C, tingkat: kabupaten_kota, induk: prov_x}
              - {id: kab_d, nama: KPU Kab D, tingkat: kecamatan, induk: prov_b}
            """)
        #expect(directory == nil)
        #expect(diagnostics.count == 4, "\(diagnostics.map { "\($0.code.rawValue) \($0.message)" })")
        #expect(diagnostics.contains { $0.message.contains("kecamatan") })
        #expect(diagnostics.contains { $0.code == .officeHierarchy && $0.message.contains("kab_a") })
        #expect(diagnostics.contains { $0.code == .officeHierarchy && $0.message.contains("prov_b") })
        #expect(diagnostics.contains { $0.code == .unknownOffice && $0.location.line == 5 })
    }

    @Test func staffMustNameAnOfficeOfTheList() throws {
        let offices = try #require(OfficeLoader.load(path: PackagePaths.url("contoh/server/kantor.yaml").path).0)
        var roster = try #require(RosterLoader.load(path: PackagePaths.url("contoh/petugas.yaml").path).0)
        let findings = OfficeLoader.check(roster, against: offices)
        #expect(findings.contains { $0.code == .unknownOffice && $0.message.contains("KPU Provinsi Sumatera Selatan") })
        #expect(findings.contains { $0.code == .unknownOffice && $0.message.contains("tidak menyebut 'kantor'") })
        roster = try #require(RosterLoader.load(path: PackagePaths.url("contoh/server/petugas.yaml").path).0)
        #expect(OfficeLoader.check(roster, against: offices).isEmpty)
    }
}
