import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan terlambat` as text, JSON (docs/json/laporan-terlambat.schema.json) and HTML.
public struct OverdueView: Sendable {
    public let report: OverdueReport
    public let zone: TimeZone

    public init(_ report: OverdueReport, zone: TimeZone) { self.report = report; self.zone = zone }

    var when: String { LocalTime.format(report.moment, zone: zone) }

    var rows: [(desk: String, row: OverdueReport.Row)] { report.desks.flatMap { desk in desk.rows.map { (desk.desk, $0) } } }

    public var text: String {
        guard !rows.isEmpty else { return "Tidak ada langkah yang terlambat atau mendekati tenggat pada \(when)." }
        return "Langkah terlambat/mendekati tenggat pada \(when):\n" + rows.map { desk, r in
            "- [\(desk)] \(r.caseID) \(r.step): \(ReportWording.status(r.status, clock: r.clock)); tenggat \(r.deadline.map { LocalTime.format($0, zone: zone) } ?? "-")"
        }.joined(separator: "\n")
    }

    public var html: String {
        var page = ReportPage(title: "Laporan Langkah Terlambat", subtitle: "Keadaan pada \(when)", landscape: true)
        page.table(["Meja", "Kasus", "Langkah", "Kegiatan", "Aktif sejak", "Tenggat", "Keadaan"], rows.map { desk, r in
            [desk, r.caseID, r.step, r.activity, LocalTime.format(r.since, zone: zone), r.deadline.map { LocalTime.format($0, zone: zone) } ?? "-",
             ReportWording.status(r.status, clock: r.clock)]
        }, widths: [14, 12, 12, 26, 12, 12, 12])
        return page.html
    }

    struct JSONView: Encodable {
        struct Desk: Encodable { let meja: String; let langkah: [Row] }
        struct Row: Encodable {
            let kasus: String, sop: String, versi: String, langkah: String, kegiatan: String
            let aktifSejak: Date, tenggat: Date?
            let keadaan: String, jam: String
            let terlambatMenit: Int?, sisaMenit: Int?, alasan: String?
        }
        let pada: Date
        let zona: String
        let meja: [Desk]
    }

    public var json: String {
        JSONText.encode(JSONView(pada: report.moment, zona: LocalTime.label(zone), meja: report.desks.map { desk in
            JSONView.Desk(meja: desk.desk, langkah: desk.rows.map { r in
                var late: Int?, left: Int?, why: String?
                switch r.status {
                case .late(let by): late = by
                case .near(let l), .onTime(let l): left = l
                case .unknown(let w): why = w
                case .noStandard: break
                }
                return JSONView.Row(kasus: r.caseID, sop: r.sopName, versi: r.version, langkah: r.step, kegiatan: r.activity, aktifSejak: r.since, tenggat: r.deadline,
                                    keadaan: ReportWording.statusKey(r.status), jam: r.clock.rawValue, terlambatMenit: late, sisaMenit: left, alasan: why)
            })
        }), zone: zone)
    }
}
