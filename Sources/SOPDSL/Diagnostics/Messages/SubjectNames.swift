/// How messages name the thing being read (`MappingReader`'s subject, `IDRegistry`'s kind) where
/// the name is a phrase. A schema key ("identitas", "pelaksana") names itself and is passed as it is.
enum SubjectName {
    static let sopFile = "berkas SOP"
    static let calendarFile = "berkas kalender"
    /// A calendar with the calendars it includes, when a part is missing from all of them.
    static let mergedCalendar = "kalender (termasuk yang disertakan)"
    static let roster = "daftar petugas"
    static let officeFile = "daftar kantor"
    static let decisionExit = "cabang keputusan"
    static let recurringDutyKind = "tugas berkala"

    static func step(_ id: String) -> String { "langkah '\(id)'" }
    /// A row whose id cannot be read.
    static func step(number: Int) -> String { "langkah ke-\(number)" }
    static func symbol(_ id: String?) -> String { id.map { "simbol '\($0)'" } ?? "simbol" }
    static func recurringDuty(_ id: String) -> String { "tugas berkala '\(id)'" }
    /// The inner mapping of a one-symbol row's `keputusan`.
    static func decision(of subject: String) -> String { "keputusan \(subject)" }
    static func dayOff(number: Int) -> String { "butir 'libur' ke-\(number)" }
    static func officeHours(_ weekday: String) -> String { "jam_kerja '\(weekday)'" }
}
