import ArgumentParser
import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// `sop laporan harian --tanggal`: the day's recap for the chair.
struct LaporanHarianCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harian",
        abstract: "Rekap harian: kasus dibuka, dilayani, dieskalasi, selesai; per kanal; penyimpangan (alias: daily).",
        aliases: ["daily"]
    )

    @Option(name: .long, help: "Tanggal rekap, mis. 2024-04-02 (bawaan: hari ini).")
    var tanggal: String?

    @OptionGroup var options: EngineOptions
    @OptionGroup var out: ReportOutput

    struct JSONView: Encodable {
        let tanggal: String
        let dibuka: Int, dilayani: Int, dieskalasi: Int, selesai: Int
        let perKanal: [String: Int]
        let perSOP: [String: [String: Int]]
        let penyimpangan: [[String: String]]
        let titikPeriksa: [String: String]
    }

    func run() throws {
        let engine = try options.engine(readOnly: true)
        let clock = try options.slaClock()
        let day = try ReportDates.day(tanggal, default: engine.clock.now(), calculator: clock.calculator)
        let r = try engineCall { try DailyReport.build(engine, clock: clock, day: day) }
        let t = r.totals
        let sopRows = r.bySOP.keys.sorted().map { name -> [String] in
            let s = r.bySOP[name]!
            return [name, "\(s.opened)", "\(s.served)", "\(s.escalated)", "\(s.closed)"]
        }
        let channelRows = r.byChannel.keys.sorted().map { [$0, "\(r.byChannel[$0]!)"] }
        let deviationRows = r.deviations.map { [$0.caseID, $0.step, $0.desk, $0.kind, $0.detail, $0.note ?? "-"] }
        let dayText = SOPDate(year: day.year, month: day.month, day: day.day, location: .unknown()).printed
        // The store-wide log's size and root: a signed paper copy of this report anchors the store.
        let point = try engineCall { try StoreLog.head(of: engine.store) }
        let pointText = "Titik periksa penyimpanan: \(point.size) peristiwa, akar \(point.root)"
        try out.emit(
            text: {
                var lines = ["Rekap harian \(dayText)", "Dibuka: \(t.opened)  Dilayani: \(t.served)  Dieskalasi: \(t.escalated)  Selesai: \(t.closed)"]
                if !channelRows.isEmpty { lines.append("Per kanal: " + channelRows.map { "\($0[0]) \($0[1])" }.joined(separator: ", ")) }
                for row in sopRows { lines.append("- \(row[0]): dibuka \(row[1]), dilayani \(row[2]), dieskalasi \(row[3]), selesai \(row[4])") }
                lines.append(deviationRows.isEmpty ? "Penyimpangan: tidak ada" : "Penyimpangan:")
                lines += deviationRows.map { "- \($0[0]) \($0[1]) [\($0[2])]: \($0[3]), \($0[4])" + ($0[5] == "-" ? "" : "; catatan: \($0[5])") }
                lines.append(pointText)
                return lines.joined(separator: "\n")
            },
            json: {
                ReportDates.json(JSONView(tanggal: day.iso, dibuka: t.opened, dilayani: t.served, dieskalasi: t.escalated, selesai: t.closed,
                                          perKanal: r.byChannel,
                                          perSOP: r.bySOP.mapValues { ["dibuka": $0.opened, "dilayani": $0.served, "dieskalasi": $0.escalated, "selesai": $0.closed] },
                                          penyimpangan: deviationRows.map { Dictionary(uniqueKeysWithValues: zip(["kasus", "langkah", "meja", "jenis", "rincian", "catatan"], $0)) },
                                          titikPeriksa: ["jumlah": String(point.size), "akar": point.root]))
            },
            html: {
                var page = ReportPage(title: "Rekapitulasi Harian Pelayanan", subtitle: "Tanggal \(dayText)")
                page.table(["Dibuka", "Dilayani", "Dieskalasi", "Selesai"], [["\(t.opened)", "\(t.served)", "\(t.escalated)", "\(t.closed)"]])
                page.heading("Per SOP")
                page.table(["SOP", "Dibuka", "Dilayani", "Dieskalasi", "Selesai"], sopRows, widths: [52, 12, 12, 12, 12])
                page.heading("Per kanal layanan")
                page.table(["Kanal", "Kasus dibuka"], channelRows, widths: [70, 30])
                page.heading("Penyimpangan dari mutu baku")
                page.table(["Kasus", "Langkah", "Meja", "Jenis", "Rincian", "Catatan"], deviationRows, widths: [14, 14, 18, 14, 24, 16])
                page.paragraph(pointText)
                page.signatures(["Sekretaris Helpdesk"])
                return page.html
            })
    }
}
