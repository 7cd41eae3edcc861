import Foundation
import SOPEngine

/// Request and response bodies of the JSON API (schema/openapi.yaml). Keys are snake_case.
enum APIBodies {
    struct Login: Decodable { let nip: String; let sandi: String }
    static let loginKeys: Set<String> = ["nip", "sandi"]

    struct LoggedIn: Encodable { let nip: String; let nama: String; let kantor: String; let csrf: String }

    struct Open: Decodable {
        let sop: String
        let isian: [String: String]?
        let catatan: String?
        let pada: String?
    }
    static let openKeys: Set<String> = ["sop", "isian", "catatan", "pada"]

    struct Step: Decodable {
        let langkah: String
        let isian: [String: String]?
        let lengkap: [String]?
        let pilih: String?
        let catatan: String?
        let pada: String?
        let namaLuar: String?
        let kontak: String?
        let output: Bool?
    }
    static let stepKeys: Set<String> = ["langkah", "isian", "lengkap", "pilih", "catatan", "pada", "nama_luar", "kontak", "output"]

    struct CaseRow: Encodable {
        let kasus: String, sop: String, status: String
        let langkahBerjalan: [String]
        let kantorAsal: String?, ditangani: String?
        let waktuLayanan: [Clock]?
        let diperbarui: Date
    }
    struct Clock: Encodable { let langkah: String; let status: String; let keterangan: String }
    struct CaseList: Encodable { let kantor: String; let kasus: [CaseRow] }
    struct Queue: Encodable { let kantor: String; let antrian: [CaseRow]; let pantauan: [CaseRow] }
    struct Board: Encodable {
        struct Desk: Encodable { let loket: String; let dilayani: String?; let menunggu: [String] }
        let kantor: String; let nama: String; let loket: [Desk]
    }
}
