/// The document's one stylesheet: the sheet size as `@page`, the table rules, and a screen view
/// that shows the same sheets on a grey desk. All lengths come from `Metrics` and the layout.
enum Stylesheet {
    static func css(_ layout: DocumentLayout) -> String {
        let s = layout.sheet
        let mm = Format.mm
        let margins = "\(mm(s.marginTop)) \(mm(s.marginRight)) \(mm(s.marginBottom)) \(mm(s.marginLeft))"
        return """
        @page { size: \(mm(s.width)) \(mm(s.height)); margin: \(margins); }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: #000; background: #fff; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: \(Format.number(Metrics.bodyFont))pt; line-height: \(Format.number(Metrics.lineHeight)); }
        .lembar { position: relative; width: \(mm(s.contentWidth)); height: \(mm(s.usableHeight)); break-after: page; page-break-after: always; }
        .lembar:last-child { break-after: auto; page-break-after: auto; }
        .lembar.panjang { height: auto; }
        .kaki { position: absolute; right: 0; bottom: 0; height: \(mm(Metrics.footerHeight)); line-height: \(mm(Metrics.footerHeight)); font-size: 7.5pt; }
        @media screen {
          body { background: #d6d6d6; padding: 6mm 0; }
          .lembar { width: \(mm(s.width)); height: \(mm(s.height)); padding: \(margins); margin: 0 auto 6mm; background: #fff; box-shadow: 0 0.4mm 2mm rgba(0, 0, 0, 0.35); }
          .kaki { right: \(mm(s.marginRight)); bottom: \(mm(s.marginBottom + Metrics.sheetSlack)); }
        }
        .lembar.panjang tr { break-inside: auto; page-break-inside: auto; }
        .lembar.panjang .kaki { position: static; text-align: right; margin-top: 2mm; }
        table { border-collapse: collapse; table-layout: fixed; }
        th, td { border: \(mm(Metrics.border)) solid #000; vertical-align: top; overflow-wrap: anywhere; }
        tr { break-inside: avoid; page-break-inside: avoid; }

        table.identitas { width: \(mm(s.contentWidth)); }
        table.identitas th, table.identitas td { padding: 1.5mm 2mm; text-align: left; }
        table.identitas th { font-weight: bold; }
        table.identitas td.kop { text-align: center; vertical-align: middle; }
        .logo { width: \(mm(IdentityLayout.logoSize)); height: \(mm(IdentityLayout.logoSize)); margin: 0 auto 4mm; }
        @media screen { .logo { outline: 0.2mm dashed #999; } }
        .instansi { font-weight: bold; font-size: 1.22em; }
        .unit { font-weight: bold; margin-top: 1mm; }
        .nama-sop { font-weight: bold; }
        .ttd { height: \(mm(IdentityLayout.signatureSpace)); }
        .pengesah .nama { font-weight: bold; text-decoration: underline; }
        .judul-bagian { font-weight: bold; }
        ol.butir { margin: 0; padding-left: \(mm(IdentityLayout.listIndent)); }
        .kosong { margin: 0; }

        .judul-alur { height: \(mm(layout.titleHeight)); font-size: \(Format.number(Metrics.titleFont))pt; font-weight: bold; text-align: center; }
        .bidang { position: relative; }
        table.alur { width: \(mm(layout.columns.total)); }
        table.alur th, table.alur td { padding: \(mm(Metrics.cellPaddingY)) \(mm(Metrics.cellPaddingX)); }
        table.alur thead th { font-size: \(Format.number(Metrics.headerFont))pt; font-weight: bold; text-align: center; vertical-align: middle; background: #ececec; }
        table.alur td.kegiatan { white-space: pre-line; }
        table.alur td.no, table.alur td.waktu { text-align: center; }
        table.alur td.waktu { overflow-wrap: normal; word-break: keep-all; hyphens: none; }
        img.logo { display: block; object-fit: contain; outline: none; }
        .kop-baris + .kop-baris { margin-top: 0.6mm; }
        table.alur tr.nomor-kolom th { font-weight: normal; font-size: 6.5pt; line-height: 1.1; padding-top: 0.5mm; padding-bottom: 0.5mm; }
        table.alur td.lajur { padding: 0; }
        .pertanyaan { font-style: italic; }
        svg.diagram { position: absolute; overflow: visible; }
        """
    }
}
