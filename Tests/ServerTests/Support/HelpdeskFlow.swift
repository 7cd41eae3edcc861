import Foundation
import HummingbirdTesting

/// The helpdesk case of the issue: a kabupaten desk opens it and takes it up to its Anggota,
/// who hands it to the provinsi helpdesk.
enum HelpdeskFlow {
    static let arrival = #"{"langkah":"hadir","nama_luar":"Budi Santoso","kontak":"081234567890","isian":{"kanal":"tatap_muka","tanggal_waktu":"2024-04-02 09:00","nama":"Budi Santoso","nomor_handphone":"081234567890","nama_partai":"Partai Contoh"}}"#

    /// Opens a case as `desk` and returns its id.
    static func open(_ client: TestClientProtocol, as desk: Login) async throws -> String {
        let (status, body) = try await client.json("/api/v1/kasus", .post, as: desk, body: #"{"sop":"helpdesk"}"#)
        guard status == .created, let id = body?["kasus"] as? String else { throw HarnessError("open: \(status) \(String(describing: body))") }
        return id
    }

    static func step(_ client: TestClientProtocol, _ id: String, as login: Login, _ body: String) async throws -> [String: Any] {
        let (status, object) = try await client.json("/api/v1/kasus/\(id)/langkah", .post, as: login, body: body)
        guard status == .ok, let object else { throw HarnessError("step \(body): \(status) \(String(describing: object))") }
        return object
    }

    /// Opens a case and escalates it to the provinsi: it then waits on `jawab_provinsi`.
    static func escalated(_ client: TestClientProtocol, desk: Login, member: Login) async throws -> String {
        let id = try await open(client, as: desk)
        _ = try await step(client, id, as: desk, arrival)
        _ = try await step(client, id, as: desk, #"{"langkah":"terima","isian":{"permasalahan":"Cara mengunggah KTA"}}"#)
        _ = try await step(client, id, as: desk, #"{"langkah":"jawab","pilih":"Tidak"}"#)
        _ = try await step(client, id, as: desk, #"{"langkah":"lapor_anggota"}"#)
        _ = try await step(client, id, as: member, #"{"langkah":"telaah_anggota","pilih":"Tidak"}"#)
        _ = try await step(client, id, as: member, #"{"langkah":"koordinasi_provinsi"}"#)
        return id
    }
}
