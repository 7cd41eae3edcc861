import Foundation
import SOPDSL
import SOPEngine

/// `sop agenda` as text, JSON (docs/json/agenda.schema.json) and HTML.
public struct AgendaView: Sendable {
    public struct Entry: Sendable {
        public var sop: String
        public var slot: DutyAgenda.Slot
        public init(sop: String, slot: DutyAgenda.Slot) { self.sop = sop; self.slot = slot }
    }

    public let day: CalendarDate
    public let entries: [Entry]
    public let zone: TimeZone

    public init(day: CalendarDate, entries: [Entry], zone: TimeZone) { self.day = day; self.entries = entries; self.zone = zone }

    func by(_ s: DutyAgenda.Slot) -> String {
        s.doneBy.map { by in "\(by), \(s.doneAt.map { LocalTime.format($0, zone: zone) } ?? "")" } ?? "-"
    }

    public var text: String {
        entries.isEmpty ? "Tidak ada tugas berkala pada \(ReportWording.date(day)) (hari libur atau SOP tanpa tugas_berkala)."
            : entries.map { e in
                let by = by(e.slot)
                return "\(LocalTime.format(e.slot.due, zone: zone))  \(e.slot.duty): \(e.slot.status.rawValue)" + (by == "-" ? "" : " (\(by))")
            }.joined(separator: "\n")
    }

    public var html: String {
        var page = ReportPage(title: "Agenda Tugas Berkala", subtitle: "Tanggal \(ReportWording.date(day))", landscape: true)
        page.table(["SOP", "Tugas", "Jatuh tempo", "Keadaan", "Dilakukan oleh", "Kegiatan"], entries.map { e in
            [e.sop, e.slot.duty, LocalTime.format(e.slot.due, zone: zone), e.slot.status.rawValue, by(e.slot), e.slot.activity]
        }, widths: [18, 14, 16, 10, 16, 26])
        return page.html
    }

    struct JSONView: Encodable {
        struct Duty: Encodable {
            let sop: String, tugas: String, kegiatan: String
            let jatuhTempo: Date
            let keadaan: String
            let dilakukanOleh: String?, dilakukanPada: Date?
        }
        let tanggal: String
        let tugas: [Duty]
    }

    public var json: String {
        JSONText.encode(JSONView(tanggal: day.iso, tugas: entries.map { e in
            .init(sop: e.sop, tugas: e.slot.duty, kegiatan: e.slot.activity, jatuhTempo: e.slot.due,
                  keadaan: e.slot.status.rawValue.replacingOccurrences(of: " ", with: "_"), dilakukanOleh: e.slot.doneBy, dilakukanPada: e.slot.doneAt)
        }), zone: zone)
    }
}
