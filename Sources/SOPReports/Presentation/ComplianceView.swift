import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan kepatuhan` as text, JSON (docs/json/laporan-kepatuhan.schema.json) and HTML.
public struct ComplianceView: Sendable {
    public let report: ComplianceReport
    /// How the period was chosen, said on every form ("bawaan: bulan berjalan").
    public let periodNote: String?
    public let zone: TimeZone

    public init(_ report: ComplianceReport, periodNote: String?, zone: TimeZone) {
        self.report = report; self.periodNote = periodNote; self.zone = zone
    }

    var period: String {
        "\(ReportWording.date(report.from)) s.d. \(ReportWording.date(report.through))" + (periodNote.map { " (\($0))" } ?? "")
    }

    static let header = ["No", "Langkah", "Standar", "Jumlah", "Median", "P90", "Tepat waktu", "Terlambat", "Tidak dapat dihitung",
                         "Kurang kelengkapan", "Tanpa output", "Dicatat mundur"]

    static func cells(_ s: ComplianceReport.StepRow) -> [String] {
        let on = { (m: Int?) in m.map { ReportWording.duration($0, on: s.clock) } ?? "-" }
        let share = s.withinShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
        var backdated = "\(s.backdated)"
        if let widest = s.widestBackdateMinutes { backdated += " (terbesar \(ReportWording.elapsed(widest)))" }
        if s.lateByEntry > 0 { backdated += ", \(s.lateByEntry) terlambat menurut waktu dicatat" }
        return ["\(s.number)", s.step, s.standard, "\(s.count)", on(s.medianMinutes), on(s.p90Minutes), share, "\(s.late)", "\(s.uncomputed)",
                "\(s.missingRequirements)", "\(s.missingOutput)", backdated]
    }

    /// "Alur Pengaduan (4 Tahun 2022), versi 1a2b3c4d5e6f, revisi 05 Januari 2024: 3 kasus".
    static func heading(_ sop: ComplianceReport.SOPRow) -> String {
        "\(sop.name) (\(sop.number)), versi \(sop.version.prefix(12))\(sop.revisedOn.map { ", revisi \($0)" } ?? ""): \(sop.cases) kasus"
    }

    static func heading(_ rollup: ComplianceReport.Rollup) -> String {
        "Gabungan SOP nomor \(rollup.number) (\(rollup.versions.count) versi: \(rollup.versions.map { String($0.prefix(12)) }.joined(separator: ", "))): \(rollup.cases) kasus"
    }

    static func lines(_ steps: [ComplianceReport.StepRow]) -> [String] {
        steps.map(cells).map { r in
            "  \(r[0]). \(r[1]) [standar \(r[2])]: \(r[3]) kali, median \(r[4]), P90 \(r[5]), tepat waktu \(r[6]); terlambat \(r[7]), "
                + "tidak dapat dihitung \(r[8]), kurang kelengkapan \(r[9]), tanpa output \(r[10]), dicatat mundur \(r[11])"
        }
    }

    public var text: String {
        guard !report.sops.isEmpty else { return "Tidak ada langkah yang selesai pada \(period)." }
        var out = ["Kepatuhan terhadap mutu baku, periode \(period)"]
        for sop in report.sops { out += [Self.heading(sop)] + Self.lines(sop.steps) }
        for rollup in report.rollups {
            out += [Self.heading(rollup)] + Self.lines(rollup.steps)
            out += rollup.unmatched.map { "  tidak digabung: \($0.step) (\($0.reason))" }
        }
        return out.joined(separator: "\n")
    }

    public var html: String {
        var page = ReportPage(title: "Laporan Kepatuhan terhadap Mutu Baku", subtitle: "Periode \(period)", landscape: true)
        for sop in report.sops {
            page.heading(Self.heading(sop))
            page.table(Self.header, sop.steps.map(Self.cells), widths: [4, 13, 8, 5, 9, 9, 7, 7, 8, 9, 7, 14])
        }
        for rollup in report.rollups {
            page.heading(Self.heading(rollup))
            page.table(Self.header, rollup.steps.map(Self.cells), widths: [4, 13, 8, 5, 9, 9, 7, 7, 8, 9, 7, 14])
            for miss in rollup.unmatched { page.paragraph("Tidak digabung: \(miss.step) (\(miss.reason)).") }
        }
        if report.sops.isEmpty { page.paragraph("Tidak ada langkah yang selesai pada periode ini.") }
        return page.html
    }

    struct JSONView: Encodable {
        struct SOPView: Encodable {
            let nama: String, nomor: String, versi: String, tanggalRevisi: String?, berkas: String
            let kasus: Int; let langkah: [Step]
        }
        struct Rollup: Encodable { let nomor: String; let versi: [String]; let kasus: Int; let langkah: [Step]; let tidakDigabung: [Unmatched] }
        struct Unmatched: Encodable { let langkah: String, alasan: String }
        struct Step: Encodable {
            let no: Int, langkah: String, kegiatan: String, standar: String, jam: String
            let jumlah: Int, medianMenit: Int?, p90Menit: Int?
            let dinilai: Int, tepatWaktu: Int, tepatWaktuPersen: Int?, terlambat: Int, tidakDapatDihitung: Int
            let kurangKelengkapan: Int, tanpaOutput: Int
            let dicatatMundur: Int, selisihMundurTerbesarMenit: Int?, terlambatMenurutWaktuDicatat: Int
        }
        let dari: String, sampai: String
        let keteranganPeriode: String?
        let sop: [SOPView]
        let gabungan: [Rollup]
    }

    static func step(_ s: ComplianceReport.StepRow) -> JSONView.Step {
        .init(no: s.number, langkah: s.step, kegiatan: s.activity, standar: s.standard, jam: s.clock.rawValue, jumlah: s.count,
              medianMenit: s.medianMinutes, p90Menit: s.p90Minutes, dinilai: s.timed, tepatWaktu: s.withinStandard,
              tepatWaktuPersen: s.withinShare.map { Int(($0 * 100).rounded()) }, terlambat: s.late, tidakDapatDihitung: s.uncomputed,
              kurangKelengkapan: s.missingRequirements, tanpaOutput: s.missingOutput, dicatatMundur: s.backdated,
              selisihMundurTerbesarMenit: s.widestBackdateMinutes, terlambatMenurutWaktuDicatat: s.lateByEntry)
    }

    public var json: String {
        JSONText.encode(JSONView(
            dari: report.from.iso, sampai: report.through.iso, keteranganPeriode: periodNote,
            sop: report.sops.map { sop in
                .init(nama: sop.name, nomor: sop.number, versi: sop.version, tanggalRevisi: sop.revisedOn, berkas: sop.path, kasus: sop.cases,
                      langkah: sop.steps.map(Self.step))
            },
            gabungan: report.rollups.map { r in
                .init(nomor: r.number, versi: r.versions, kasus: r.cases, langkah: r.steps.map(Self.step),
                      tidakDigabung: r.unmatched.map { .init(langkah: $0.step, alasan: $0.reason) })
            }), zone: zone)
    }
}
