import SOPDSL
import SOPEngine
import SOPReports

/// `/kasus/ID`: where the case is and who holds it, its timeline and clocks (as `sop kasus
/// lihat` tells them), and a form for each running step.
enum CasePage {
    static func render(_ presentation: CasePresentation, viewer: Viewer, offices: OfficeNames, message: String?, error: ServerError?) -> String {
        let state = presentation.state, sop = presentation.sop
        let notice = message.map { "<p class=\"pesan\" role=\"status\">\(Layout.esc($0))</p>" } ?? ""
        let problem = error.map { "<p class=\"galat\" role=\"alert\">[\(Layout.esc($0.code))] \(Layout.esc($0.message))</p>" } ?? ""
        let forms: String
        if state.status == .closed {
            forms = "<p>Kasus sudah selesai.</p>"
        } else if state.office != viewer.office.id {
            forms = "<p>Kasus ini sedang ditangani \(Layout.esc(offices.name(state.office))); kantor Anda hanya memantau.</p>"
        } else {
            forms = state.active.compactMap { sop.step($0.step) }.map { StepForm.render($0, sop: sop, caseID: state.id, viewer: viewer) }.joined()
        }
        return Layout.page(title: "Kasus \(state.id)", viewer: viewer, body: """
            \(notice)\(problem)<h1>Kasus \(Layout.esc(state.id))</h1>
            <dl><dt>SOP</dt><dd>\(Layout.esc(sop.identity.name.value)) (nomor \(Layout.esc(sop.identity.number.value)))</dd>
            <dt>Status</dt><dd id="status">\(Layout.esc(state.status.rawValue))</dd>
            <dt>Kantor asal</dt><dd>\(Layout.esc(offices.name(state.homeOffice)))</dd>
            <dt>Ditangani</dt><dd id="penangan">\(Layout.esc(offices.name(state.office)))</dd>
            <dt>Langkah berjalan</dt><dd id="berjalan">\(Layout.esc(state.active.map(\.step).joined(separator: ", ")))</dd></dl>
            <h2>Langkah</h2>\(forms)
            <h2>Riwayat dan waktu layanan</h2><div class="lini" id="riwayat">\(Layout.esc(presentation.text))</div>
            """)
    }
}
