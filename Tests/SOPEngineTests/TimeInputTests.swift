import Foundation
import Testing
import TestSupport

/// Every time a person types (`--pada`, `$SOP_WAKTU_SEKARANG`) goes through one strict parser:
/// impossible times are refused with what is wrong, never rolled over to another moment.
@Suite struct TimeInputTests {
    static let refused: [(String, String)] = [
        ("2024-04-05 24:00", "jam 24 tidak ada"),
        ("2024-04-05 25:61", "jam 25 tidak ada"),
        ("2024-04-05 10:60", "menit 60 tidak ada"),
        ("2025-02-31 10:00", "tanggal 31 tidak ada pada bulan 2 tahun 2025"),
        ("2024-13-01 10:00", "bulan 13 tidak ada"),
        ("0000-01-01 10:00", "tahun 0 di luar 1900-2200"),
        ("2024-04-05T10:30:00+25:00", "selisih zona +25:00 tidak sah"),
        ("-3:-70", "bentuknya tidak dikenali"),
        ("2024-04-05T10:30:61Z", "detik tidak sah"),
    ]

    @Test(arguments: refused)
    func paraIsRefused(_ text: String, _ reason: String) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pada-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let pada = try ProcessResult.sop(["laporan", "terlambat", "--data", data, "--pada=\(text)"])
        #expect(pada.status == 2)
        #expect(pada.stderr.contains("[WAKTU002]") && pada.stderr.contains(reason), "\(pada.stderr)")
        let now = try ProcessResult.sop(["laporan", "terlambat", "--data", data], environment: ["SOP_WAKTU_SEKARANG": text])
        #expect(now.status == 2)
        #expect(now.stderr.contains("[WAKTU001]") && now.stderr.contains(reason), "\(now.stderr)")
    }

    @Test func validTimesAreTheSameInstant() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pada-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        // 10:30 WIB, the same instant written three ways.
        for text in ["2024-04-05 10:30", "2024-04-05T03:30:00Z", "2024-04-05T10:30:00+07:00"] {
            let r = try ProcessResult.sop(["laporan", "terlambat", "--data", data, "--pada", text])
            #expect(r.status == 0, "\(text): \(r.stderr)")
            #expect(r.stdout.contains("Jum, 05 Apr 2024 10.30 WIB"), "\(text): \(r.stdout)")
        }
    }
}
