import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan monitoring` as text, JSON (docs/json/laporan-monitoring.schema.json) and the
/// printable form.
public struct MonitoringView: Sendable {
    public let form: MonitoringForm
    public let periodNote: String?
    public let checkpoint: CheckpointJSON
    public let zone: TimeZone

    public init(_ form: MonitoringForm, periodNote: String?, checkpoint: CheckpointJSON, zone: TimeZone) {
        self.form = form; self.periodNote = periodNote; self.checkpoint = checkpoint; self.zone = zone
    }

    var period: String {
        "\(ReportWording.date(form.from)) s.d. \(ReportWording.date(form.through))" + (periodNote.map { " (\($0))" } ?? "")
    }

    static let header = ["No", "Prosedur", "Penilaian terhadap Penerapan", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"]

    static func verdict(_ row: MonitoringForm.Row) -> String { row.runsWell ? "Berjalan dengan baik" : "Tidak berjalan dengan baik" }

    var cells: [[String]] { form.rows.map { ["\($0.number)", $0.procedure, Self.verdict($0), $0.findings, $0.actions, ""] } }

    public var text: String {
        (["Monitoring pelaksanaan SOP \(period)", "Dasar penilaian: \(MonitoringForm.rule)"]
            + form.rows.map { "\($0.number). \($0.procedure): \(Self.verdict($0)). \($0.findings). Tindakan: \($0.actions)" }
            + (form.rows.isEmpty ? ["Tidak ada langkah yang selesai pada periode ini."] : [])
            + [checkpoint.text]).joined(separator: "\n")
    }

    public var html: String {
        var page = ReportPage(title: "Formulir Monitoring Pelaksanaan SOP Administrasi Pemerintahan", subtitle: "Periode \(period)", landscape: true)
        page.table(Self.header, cells, widths: [4, 20, 14, 24, 28, 10])
        page.paragraph("Dasar penilaian: \(MonitoringForm.rule) Diisi otomatis dari kasus yang tercatat; penilai memeriksa, melengkapi dan memaraf.")
        page.paragraph(checkpoint.text)
        page.signatures(["Penilai"])
        return page.html
    }

    struct JSONView: Encodable {
        struct Row: Encodable { let no: Int; let prosedur: String; let berjalanBaik: Bool; let penilaian: String, catatan: String, tindakan: String }
        let dari: String, sampai: String
        let keteranganPeriode: String?
        let dasarPenilaian: String
        let baris: [Row]
        let titikPeriksa: CheckpointJSON
    }

    public var json: String {
        JSONText.encode(JSONView(dari: form.from.iso, sampai: form.through.iso, keteranganPeriode: periodNote, dasarPenilaian: MonitoringForm.rule,
                                 baris: form.rows.map { .init(no: $0.number, prosedur: $0.procedure, berjalanBaik: $0.runsWell, penilaian: Self.verdict($0),
                                                              catatan: $0.findings, tindakan: $0.actions) },
                                 titikPeriksa: checkpoint), zone: zone)
    }
}
