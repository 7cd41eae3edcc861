import Foundation
import HTTPTypes
import Testing
@testable import SOPEngine
import SOPServer

/// The step form posted as a browser posts it: every input, the ones left blank included.
@Suite struct StepFormTests {
    /// The form of `hadir` with its optional email and signature left blank, a blank note and
    /// no back-dating.
    static func hadir(csrf: String, nama: String = "Budi+Santoso") -> String {
        "csrf=\(csrf)&langkah=hadir&nama_luar=Budi+Santoso&kontak=081234567890&isian.kanal=tatap_muka"
            + "&isian.tanggal_waktu=2024-04-02+09%3A00&isian.nama=\(nama)&isian.nomor_handphone=081234567890"
            + "&isian.nama_partai=Partai+Contoh&isian.email=&isian.tanda_tangan=&lengkap=semua&output=ya&catatan=&pada="
    }

    @Test func blankOptionalInputsAreNotGiven() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let rina = try await client.login(ServerHarness.rina)
            let id = try await HelpdeskFlow.open(client, as: rina)
            let (status, _, headers) = try await client.page("/kasus/\(id)/langkah", .post, as: rina, form: Self.hadir(csrf: rina.csrf))
            #expect(status == .seeOther, "\(status)")
            #expect(headers[.location] == "/kasus/\(id)?dicatat=hadir")
            let events = try harness.store.events(caseID: id)
            guard let last = events.last, case .stepCompleted(let step) = last.payload else { Issue.record("no step: \(events)"); return }
            #expect(step.fields["email"] == nil && step.fields["tanda_tangan"] == nil && step.note == nil && !last.isBackdated)
        }
    }

    @Test func aBlankRequiredInputIsNamed() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let rina = try await client.login(ServerHarness.rina)
            let id = try await HelpdeskFlow.open(client, as: rina)
            let before = try harness.store.events(caseID: id).count
            let (status, page, _) = try await client.page("/kasus/\(id)/langkah", .post, as: rina,
                                                          form: Self.hadir(csrf: rina.csrf, nama: "+++"))
            #expect(status == .unprocessableContent, "\(status)")
            #expect(page.contains("[KASUS012]") && page.contains("isian wajib belum diisi: nama (Nama)"), "\(page.prefix(2000))")
            #expect(page.contains("<form method=\"post\" action=\"/keluar\""), "the refusal page keeps the menu")
            #expect(try harness.store.events(caseID: id).count == before)
        }
    }

    /// Every part of the generated form is HTML: kelengkapan boxes, each decision exit as a radio.
    @Test func aDecisionOffersItsExits() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let rina = try await client.login(ServerHarness.rina)
            let id = try await HelpdeskFlow.open(client, as: rina)
            _ = try await HelpdeskFlow.step(client, id, as: rina, HelpdeskFlow.arrival)
            _ = try await HelpdeskFlow.step(client, id, as: rina, #"{"langkah":"terima","isian":{"permasalahan":"Cara mengunggah KTA"}}"#)
            let (status, page, _) = try await client.page("/kasus/\(id)", as: rina)
            #expect(status == .ok)
            for exit in ["Ya", "Tidak"] {
                #expect(page.contains(#"<input type="radio" id="jawab-pilih-"#) && page.contains(#"name="pilih" value="\#(exit)" required>"#),
                        "\(page.prefix(3000))")
            }
            #expect(page.contains(#"name="lengkap" value="1">"#))
            #expect(!page.contains("SQL("), "an HTML fragment built as something else")
        }
    }
}
