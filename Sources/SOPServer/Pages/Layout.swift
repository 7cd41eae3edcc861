import Foundation
import SOPDSL

/// The page shell every staff page shares: a skip link, the office and the person, the menu and
/// a logout form, in plain HTML that works with a keyboard and on a narrow screen.
enum Layout {
    static func esc(_ text: String) -> String { HTMLEscape.text(text).replacingOccurrences(of: "\"", with: "&quot;") }

    static func page(title: String, viewer: Viewer?, body: String, refresh: Int? = nil) -> String {
        let nav = viewer.map { viewer in
            """
            <header><nav aria-label="Menu utama">
            <span class="kantor">\(esc(viewer.office.name.value))</span>
            <a href="/antrian">Antrian</a> <a href="/kasus">Semua kasus</a> <a href="/laporan">Laporan</a> <a href="/sop">SOP</a>
            <a href="/layar/\(esc(viewer.office.id))">Layar antrian</a>
            <form method="post" action="/keluar" class="keluar">\(csrfField(viewer))
            <span>\(esc(viewer.member.name.value))</span> <button type="submit">Keluar</button></form>
            </nav></header>
            """
        } ?? ""
        return """
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        \(refresh.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" } ?? "")
        <title>\(esc(title)) — Mesin SOP</title><style>\(style)</style></head>
        <body><a class="lewati" href="#isi">Langsung ke isi</a>\(nav)<main id="isi">\(body)</main></body></html>
        """
    }

    static func csrfField(_ viewer: Viewer) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(esc(viewer.session.csrf))\">"
    }

    /// The CSS: readable at 1366x768 and below, visible focus, status colours with words beside them.
    static let style = """
    body{font-family:system-ui,sans-serif;margin:0;line-height:1.45;color:#1b1b1b}
    main{padding:1rem;max-width:72rem;margin:auto}
    header nav{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;background:#7a0d0d;color:#fff;padding:.5rem 1rem}
    header a{color:#fff}.kantor{font-weight:bold;margin-right:auto}
    .keluar{display:inline;margin:0}.lewati{position:absolute;left:-999px}.lewati:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
    a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f2a900;outline-offset:2px}
    table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
    .terlambat{background:#fbe3e3}.hampir_jatuh_tempo{background:#fff4d6}.tepat_waktu{background:#e6f4e6}
    .galat{border:2px solid #b00020;padding:.5rem 1rem;background:#fdecee}.pesan{border:2px solid #2e7d32;padding:.5rem 1rem;background:#edf7ed}
    fieldset{margin:.75rem 0;border:1px solid #999}label{display:block;margin:.4rem 0 .15rem}
    input[type=text],input[type=password],select,textarea{width:100%;max-width:32rem;padding:.3rem;font:inherit}
    button{font:inherit;padding:.35rem .9rem}.lini{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.9rem}
    .layar{font-size:2rem}.layar td{font-size:1.6rem}
    @media print{header,form,.lewati{display:none}}
    """
}
