import Foundation
import SOPDSL
import SOPEngine

/// `sop laporan monitoring`: the regulation's monitoring table (PermenPAN-RB 35/2012, Tabel 7),
/// pre-filled from the recorded cases of a period, ready to print and sign.
public struct MonitoringForm: Sendable {
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var procedure: String
        public var runsWell: Bool
        public var findings: String
        public var actions: String
    }

    /// The assessment rule, printed on the form so the signer knows what "baik" means here.
    public static let rule = "Berjalan dengan baik bila paling sedikit 90% langkah bermutu baku waktu selesai tepat waktu dan penyimpangan kelengkapan/output tidak lebih dari 5% langkah."

    public var from: CalendarDate
    public var through: CalendarDate
    public var rows: [Row]

    public static func build(from compliance: ComplianceReport) -> MonitoringForm {
        let rows = compliance.sops.enumerated().map { index, sop -> Row in
            let steps = sop.steps.reduce(0) { $0 + $1.count }
            let timed = sop.steps.reduce(0) { $0 + $1.timed }
            let within = sop.steps.reduce(0) { $0 + $1.withinStandard }
            let other = sop.steps.reduce(0) { $0 + $1.missingRequirements + $1.missingOutput }
            let uncomputed = sop.steps.reduce(0) { $0 + $1.uncomputed }
            let backdated = sop.steps.reduce(0) { $0 + $1.backdated }
            let lateByEntry = sop.steps.reduce(0) { $0 + $1.lateByEntry }
            let widest = sop.steps.compactMap(\.widestBackdateMinutes).max()
            let share = timed == 0 ? 1.0 : Double(within) / Double(timed)
            // A step whose deadline could not be counted is not evidence of running well.
            // Nor is an entry made late for an earlier time that would be late by its entry.
            let runsWell = uncomputed == 0 && lateByEntry == 0 && share >= 0.9 && Double(other) <= 0.05 * Double(max(steps, 1))
            var findings = "\(sop.cases) kasus, \(steps) langkah dilaksanakan; "
                + (timed == 0 ? "tidak ada langkah yang ketepatan waktunya dapat dinilai" : "\(Int((share * 100).rounded()))% langkah tepat waktu (\(within) dari \(timed))")
            if uncomputed > 0 { findings += "; \(uncomputed) langkah tidak dapat dinilai karena tenggatnya di luar kalender kerja" }
            if other > 0 { findings += "; \(other) penyimpangan kelengkapan/output" }
            if backdated > 0 {
                findings += "; \(backdated) langkah dicatat mundur (selisih terbesar \(ReportWording.elapsed(widest ?? 0)))"
                if lateByEntry > 0 { findings += ", \(lateByEntry) di antaranya terlambat bila dinilai dari waktu dicatat" }
            }
            var actions: [String] = []
            if uncomputed > 0 {
                actions.append("Perbarui kalender kerja dengan hari libur tahun berikutnya, lalu buat ulang formulir ini: \(uncomputed) langkah belum dapat dinilai")
            }
            for step in sop.steps where step.backdated > 0 {
                actions.append("Periksa \(step.backdated) pencatatan mundur langkah \(step.number) (\(step.step)): bandingkan waktu yang dinyatakan dengan bukti kerjanya")
            }
            for step in sop.steps where step.late > 0 {
                actions.append("Evaluasi mutu baku waktu dan beban kerja langkah \(step.number) (\(step.step)): \(step.late) kali terlambat, P90 \(step.p90Minutes.map { ReportWording.duration($0, on: step.clock) } ?? "-") dengan standar \(step.standard)")
            }
            for step in sop.steps where step.missingRequirements > 0 {
                actions.append("Pastikan kelengkapan langkah \(step.number) (\(step.step)) tersedia: \(step.missingRequirements) kali kurang")
            }
            for step in sop.steps where step.missingOutput > 0 {
                actions.append("Pastikan output langkah \(step.number) (\(step.step)) dihasilkan: \(step.missingOutput) kali tidak ada")
            }
            // The version is named: a form over two revisions says which rules each row was run by.
            let version = "versi \(sop.version.prefix(12))" + (sop.revisedOn.map { ", revisi \($0)" } ?? "")
            return Row(number: index + 1, procedure: "\(sop.name) (\(sop.number)), \(version)", runsWell: runsWell, findings: findings,
                       actions: actions.isEmpty ? "Pertahankan pelaksanaan sesuai SOP" : actions.joined(separator: "; "))
        }
        return MonitoringForm(from: compliance.from, through: compliance.through, rows: rows)
    }
}
