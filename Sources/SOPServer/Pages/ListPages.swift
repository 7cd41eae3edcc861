import Foundation
import SOPDSL
import SOPEngine

/// `/kasus`: every case the viewer may see. `/sop`: the SOPs, each with its printed form.
enum ListPages {
    static func cases(_ summaries: [CaseSummary], viewer: Viewer, offices: OfficeNames) -> String {
        let rows = summaries.map { s in
            "<tr><td><a href=\"/kasus/\(Layout.esc(s.caseID))\">\(Layout.esc(s.caseID))</a></td><td>\(Layout.esc(s.sopName))</td>"
                + "<td>\(Layout.esc(s.status.rawValue))</td><td>\(Layout.esc(offices.name(s.homeOffice)))</td>"
                + "<td>\(Layout.esc(offices.name(s.office)))</td></tr>"
        }.joined()
        return Layout.page(title: "Semua kasus", viewer: viewer, body: """
            <h1>Semua kasus yang dapat Anda lihat</h1>
            \(summaries.isEmpty ? "<p>Belum ada kasus.</p>" : """
            <table><thead><tr><th scope="col">Kasus</th><th scope="col">SOP</th><th scope="col">Status</th>
            <th scope="col">Kantor asal</th><th scope="col">Ditangani</th></tr></thead><tbody>\(rows)</tbody></table>
            """)
            """)
    }

    static func sops(_ sops: [PublishedSOP], viewer: Viewer) -> String {
        let items = sops.map { "<li><a href=\"/sop/\(Layout.esc($0.id))/cetak\">\(Layout.esc($0.sop.identity.name.value))</a> (nomor \(Layout.esc($0.sop.identity.number.value)))</li>" }
        return Layout.page(title: "SOP", viewer: viewer, body: """
            <h1>SOP yang dijalankan</h1><ul>\(items.joined())</ul>
            <h2>Laporan</h2><p><a href="/laporan">Rekap harian kantor Anda</a></p>
            """)
    }

    static func reports(viewer: Viewer, today: String) -> String {
        Layout.page(title: "Laporan", viewer: viewer, body: """
            <h1>Laporan</h1><p>Laporan menghitung kasus kantor Anda dan kantor di bawahnya.</p>
            <form method="get" action="/laporan/harian"><label for="tanggal">Rekap harian tanggal</label>
            <input type="date" id="tanggal" name="tanggal" value="\(Layout.esc(today))"><p><button type="submit">Tampilkan (siap cetak)</button></p></form>
            """)
    }
}

/// `/layar/KANTOR`: for a screen at the service hall. The case being served at each desk and
/// the numbers waiting, refreshed every 10 seconds; numbers only, no names.
enum DisplayPage {
    static func render(office: Office, desks: [(desk: String, waiting: [String])]) -> String {
        let rows = desks.map { desk in
            let served = desk.waiting.first ?? "-"
            let queue = desk.waiting.dropFirst().joined(separator: ", ")
            return "<tr><th scope=\"row\">\(Layout.esc(desk.desk))</th><td class=\"dilayani\">\(Layout.esc(served))</td><td>\(Layout.esc(queue.isEmpty ? "-" : queue))</td></tr>"
        }.joined()
        return Layout.page(title: "Layar antrian", viewer: nil, body: """
            <h1 class="layar">\(Layout.esc(office.name.value))</h1>
            <table class="layar" id="layar"><thead><tr><th scope="col">Loket</th><th scope="col">Dilayani</th><th scope="col">Menunggu</th></tr></thead>
            <tbody>\(rows.isEmpty ? "<tr><td colspan=\"3\">Belum ada loket.</td></tr>" : rows)</tbody></table>
            """, refresh: 10)
    }
}
