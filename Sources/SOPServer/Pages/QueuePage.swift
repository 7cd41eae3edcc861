import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `/antrian`: the cases the viewer's office must act on now, each with its clock, then the
/// open cases it oversees; and the form to open a case.
enum QueuePage {
    static func render(viewer: Viewer, mine: [CaseActions.Row], overseen: [CaseActions.Row], sops: [PublishedSOP],
                       offices: OfficeNames, message: String?) -> String {
        let notice = message.map { "<p class=\"pesan\" role=\"status\">\(Layout.esc($0))</p>" } ?? ""
        let options = sops.map { "<option value=\"\(Layout.esc($0.id))\">\(Layout.esc($0.sop.identity.name.value))</option>" }.joined()
        return Layout.page(title: "Antrian", viewer: viewer, body: """
            \(notice)<h1>Antrian \(Layout.esc(viewer.office.name.value))</h1>
            \(table(mine, offices: offices, empty: "Tidak ada kasus yang menunggu kantor ini.", id: "antrian-saya"))
            <h2>Kasus berjalan yang Anda pantau</h2>
            \(table(overseen, offices: offices, empty: "Tidak ada.", id: "pantauan"))
            <h2>Buka kasus baru</h2>
            <form method="post" action="/kasus">\(Layout.csrfField(viewer))
            <label for="sop">SOP</label><select id="sop" name="sop">\(options)</select>
            <label for="catatan">Catatan (boleh kosong)</label><textarea id="catatan" name="catatan" rows="2"></textarea>
            <label for="pada-buka">Waktu sebenarnya bila dicatat belakangan (boleh kosong, mis. 2024-04-05 10:30)</label>
            <input type="text" id="pada-buka" name="pada">
            <p><button type="submit">Buka kasus</button></p></form>
            """)
    }

    static func table(_ rows: [CaseActions.Row], offices: OfficeNames, empty: String, id: String) -> String {
        guard !rows.isEmpty else { return "<p id=\"\(id)\">\(empty)</p>" }
        let sorted = rows.sorted { (CaseActions.Row.rank($0.worst ?? .noStandard), $1.summary.updatedAt) > (CaseActions.Row.rank($1.worst ?? .noStandard), $0.summary.updatedAt) }
        let body = sorted.map { row in
            let s = row.summary
            let key = row.worst.map(ReportWording.statusKey) ?? "tanpa_standar"
            let clocks = row.clocks.map { "\($0.span.step): \(ReportWording.status($0.status, clock: $0.clock))" }.joined(separator: "; ")
            return """
            <tr class="\(key)"><td><a href="/kasus/\(Layout.esc(s.caseID))">\(Layout.esc(s.caseID))</a></td><td>\(Layout.esc(s.sopName))</td>
            <td>\(Layout.esc(s.active.map(\.step).joined(separator: ", ")))</td><td>\(Layout.esc(offices.name(s.office)))</td>
            <td>\(Layout.esc(clocks.isEmpty ? "-" : clocks))</td></tr>
            """
        }.joined()
        return """
        <table id="\(id)"><thead><tr><th scope="col">Kasus</th><th scope="col">SOP</th><th scope="col">Langkah berjalan</th>
        <th scope="col">Ditangani</th><th scope="col">Waktu layanan</th></tr></thead><tbody>\(body)</tbody></table>
        """
    }
}

/// Office names by id, for pages.
struct OfficeNames: Sendable {
    let directory: OfficeDirectory
    func name(_ id: String?) -> String { id.flatMap { directory.office($0)?.name.value } ?? id ?? "-" }
}
