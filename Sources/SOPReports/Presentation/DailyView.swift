import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan harian` as text, JSON (docs/json/laporan-harian.schema.json) and HTML.
public struct DailyView: Sendable {
    public let report: DailyReport
    public let checkpoint: CheckpointJSON
    public let zone: TimeZone

    public init(_ report: DailyReport, checkpoint: CheckpointJSON, zone: TimeZone) {
        self.report = report; self.checkpoint = checkpoint; self.zone = zone
    }

    var dayText: String { ReportWording.date(report.day) }
    var judged: String { "keadaan langkah berjalan dinilai pada \(LocalTime.format(report.judgedAt, zone: zone))" }
    var sopNames: [SOPVersionKey] { report.bySOP.keys.sorted() }
    var channels: [String] { report.byChannel.keys.sorted() }

    public var text: String {
        let t = report.totals
        var lines = ["Rekap harian \(dayText) (\(judged))",
                     "Dibuka: \(t.opened)  Dilayani: \(t.served)  Dieskalasi: \(t.escalated)  Selesai: \(t.closed)"]
        if !channels.isEmpty { lines.append("Per kanal: " + channels.map { "\($0) \(report.byChannel[$0]!)" }.joined(separator: ", ")) }
        for name in sopNames {
            let s = report.bySOP[name]!
            lines.append("- \(name.printed): dibuka \(s.opened), dilayani \(s.served), dieskalasi \(s.escalated), selesai \(s.closed)")
        }
        lines.append(report.deviations.isEmpty ? "Penyimpangan: tidak ada" : "Penyimpangan (\(report.deviations.count)):")
        lines += report.deviations.map { d in "- \(d.caseID) \(d.step) [\(d.desk)]: \(d.kind), \(d.detail)" + (d.note.map { "; catatan: \($0)" } ?? "") }
        lines.append(checkpoint.text)
        return lines.joined(separator: "\n")
    }

    public var html: String {
        let t = report.totals
        var page = ReportPage(title: "Rekapitulasi Harian Pelayanan", subtitle: "Tanggal \(dayText); \(judged)")
        page.table(["Dibuka", "Dilayani", "Dieskalasi", "Selesai"], [["\(t.opened)", "\(t.served)", "\(t.escalated)", "\(t.closed)"]])
        page.heading("Per SOP")
        page.table(["SOP", "Dibuka", "Dilayani", "Dieskalasi", "Selesai"], sopNames.map { name in
            let s = report.bySOP[name]!
            return [name.printed, "\(s.opened)", "\(s.served)", "\(s.escalated)", "\(s.closed)"]
        }, widths: [52, 12, 12, 12, 12])
        page.heading("Per kanal layanan")
        page.table(["Kanal", "Kasus dibuka"], channels.map { [$0, "\(report.byChannel[$0]!)"] }, widths: [70, 30])
        page.heading("Penyimpangan dari mutu baku, pencatatan mundur dan penolakan")
        page.table(["Kasus", "Langkah", "Meja", "Jenis", "Rincian", "Catatan"],
                   report.deviations.map { [$0.caseID, $0.step, $0.desk, $0.kind, $0.detail, $0.note ?? "-"] }, widths: [14, 14, 18, 14, 24, 16])
        page.paragraph(checkpoint.text)
        page.signatures(["Sekretaris Helpdesk"])
        return page.html
    }

    struct JSONView: Encodable {
        struct Counts: Encodable { let sop: String, versi: String; let dibuka: Int, dilayani: Int, dieskalasi: Int, selesai: Int }
        struct Channel: Encodable { let kanal: String; let dibuka: Int }
        struct Deviation: Encodable { let kasus: String, langkah: String, meja: String, jenis: String, rincian: String; let catatan: String? }
        let tanggal: String
        let dinilaiPada: Date
        let dibuka: Int, dilayani: Int, dieskalasi: Int, selesai: Int
        let perKanal: [Channel]
        let perSop: [Counts]
        let penyimpangan: [Deviation]
        let titikPeriksa: CheckpointJSON
    }

    public var json: String {
        let t = report.totals
        return JSONText.encode(JSONView(
            tanggal: report.day.iso, dinilaiPada: report.judgedAt, dibuka: t.opened, dilayani: t.served, dieskalasi: t.escalated, selesai: t.closed,
            perKanal: channels.map { .init(kanal: $0, dibuka: report.byChannel[$0]!) },
            perSop: sopNames.map { name in
                let s = report.bySOP[name]!
                return .init(sop: name.name, versi: name.version, dibuka: s.opened, dilayani: s.served, dieskalasi: s.escalated, selesai: s.closed)
            },
            penyimpangan: report.deviations.map { .init(kasus: $0.caseID, langkah: $0.step, meja: $0.desk, jenis: $0.kind, rincian: $0.detail, catatan: $0.note) },
            titikPeriksa: checkpoint), zone: zone)
    }
}
