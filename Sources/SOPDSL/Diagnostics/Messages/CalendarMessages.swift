/// SOP6xx: working calendars (zone, office hours, years, days off, included calendars).
enum CalendarMessage: DiagnosticMessageFamily {
    /// `known`: the zone names and abbreviations accepted, for "did you mean".
    case unknownTimeZone(String, known: [String])
    /// An office-hour interval ("07:30-12:00") that `ClockTimeParser` refused.
    case badInterval(ClockTimeFailure)
    /// A single time (`buka`, `tutup`) that `ClockTimeParser` refused.
    case badTime(ClockTimeFailure)
    case closesBeforeOpening(open: ClockTime, close: ClockTime, day: String)
    case breakOutsideDay(OfficeInterval, open: ClockTime, close: ClockTime)
    case overlappingHours(OfficeInterval, previous: OfficeInterval, day: String)
    case noWorkingDays
    case invalidYear(String)
    case duplicateYear(Int)
    case yearGap(missing: [Int])
    case yearsOutsideIncluded(CoveredYears, included: CoveredYears)
    case dayOffOutsideYears(CalendarDate, years: CoveredYears)
    case duplicateDayOff(CalendarDate, firstLine: Int)
    case includeCycle(String)
    /// `resolved`: where the file was looked for.
    case includeNotFound(String, resolved: String)

    static let codePrefix = "SOP6"

    var content: MessageContent {
        switch self {
        case .unknownTimeZone(let written, let known):
            MessageContent(.unknownTimeZone, "zona waktu '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written, among: known)
                               + ["zona yang diterima: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)"])
        case .badInterval(let failure):
            MessageContent(.badClockTime, failure.text, notes: ["tulis seperti 07:30-12:00 (jam:menit, 24 jam)"])
        case .badTime(let failure):
            MessageContent(.badClockTime, failure.text, notes: ["tulis seperti 07:30"])
        case .closesBeforeOpening(let open, let close, let day):
            MessageContent(.badClockTime, "jam tutup (\(close)) harus setelah jam buka (\(open)) di '\(day)'")
        case .breakOutsideDay(let pause, let open, let close):
            MessageContent(.overlappingOfficeHours, "istirahat \(pause) harus berada di antara jam buka \(open) dan jam tutup \(close)",
                           notes: ["istirahat memotong jam kerja; ia tidak boleh menyentuh jam buka atau jam tutup"])
        case .overlappingHours(let next, let previous, let day):
            MessageContent(.overlappingOfficeHours, "rentang jam \(next) bertumpang tindih dengan \(previous) di '\(day)'",
                           notes: ["tulis rentang jam berurutan dari pagi ke sore tanpa tumpang tindih"])
        case .noWorkingDays:
            MessageContent(.noWorkingDays, "kalender tidak memiliki hari kerja: tidak ada jam kerja pada hari apa pun",
                           notes: ["tulis 'jam_kerja', misalnya senin: [\"07:30-12:00\", \"13:00-16:00\"]"])
        case .invalidYear(let written):
            MessageContent(.badCalendarYears, "tahun '\(written)' tidak sah",
                           notes: ["tulis tahun empat angka, misalnya tahun: [2024, 2025, 2026]"])
        case .duplicateYear(let year):
            MessageContent(.badCalendarYears, "tahun \(year) ditulis dua kali")
        case .yearGap(let missing):
            MessageContent(.badCalendarYears,
                           "tahun kalender harus berurutan tanpa celah; tidak ada tahun \(missing.map(String.init).joined(separator: ", "))",
                           notes: ["tanggal di luar tahun kalender tidak dapat dihitung, jadi celah tidak diizinkan"])
        case .yearsOutsideIncluded(let own, let included):
            MessageContent(.badCalendarYears, "tahun \(own) tidak seluruhnya dicakup kalender yang disertakan (\(included))",
                           notes: ["hari libur nasional di luar \(included) belum ada; perbarui kalender nasional terlebih dahulu"])
        case .dayOffOutsideYears(let date, let years):
            MessageContent(.dayOffOutsideYears, "libur \(date) di luar tahun kalender (\(years))",
                           notes: ["tambahkan \(date.year) ke 'tahun', atau perbaiki tanggalnya"])
        case .duplicateDayOff(let date, let firstLine):
            MessageContent(.duplicateDayOff, "tanggal \(date) ditulis dua kali di 'libur'",
                           notes: ["penulisan pertama ada di baris \(firstLine); gabungkan keduanya atau perbaiki tanggalnya"])
        case .includeCycle(let written):
            MessageContent(.badCalendarInclude, "kalender '\(written)' menyertakan dirinya sendiri secara melingkar",
                           notes: ["hapus 'sertakan' di salah satu berkas"])
        case .includeNotFound(let written, let resolved):
            MessageContent(.badCalendarInclude, "berkas kalender '\(written)' yang disertakan tidak ditemukan",
                           notes: ["dicari di \(resolved); jalur dihitung dari folder berkas ini"])
        }
    }

    static let examples: [CalendarMessage] = [
        .unknownTimeZone("WIB+1", known: []), .badTime(.notATime("7")), .noWorkingDays, .invalidYear("24"),
        .overlappingHours(interval(8, 9), previous: interval(7, 12), day: "senin"),
        .dayOffOutsideYears(CalendarDate(year: 2023, month: 1, day: 1)!, years: CoveredYears(2024...2024, location: .unknown())),
        .duplicateDayOff(CalendarDate(year: 2024, month: 1, day: 1)!, firstLine: 3), .includeCycle("kantor.yaml"),
    ]

    private static func interval(_ start: Int, _ end: Int) -> OfficeInterval {
        OfficeInterval(start: ClockTime(hour: start, minute: 0), end: ClockTime(hour: end, minute: 0), location: .unknown())
    }
}

/// Why `ClockTimeParser` refused a time or an interval; its text is the SOP602 message.
enum ClockTimeFailure: Hashable, Sendable {
    case noDash(String)
    case emptyInterval(String)
    case notATime(String)
    /// `endOfDay`: the end of an interval, which may be 24:00.
    case outOfRange(String, endOfDay: Bool)

    var text: String {
        switch self {
        case .noDash(let text): "rentang jam '\(text)' tidak dikenali: tidak ada tanda '-' di antara jam mulai dan jam selesai"
        case .emptyInterval(let text): "rentang jam '\(text)' terbalik atau kosong: jam selesai harus setelah jam mulai"
        case .notATime(let text): "'\(text)' bukan jam yang sah"
        case .outOfRange(let text, let endOfDay): "jam '\(text)' di luar \(endOfDay ? "jam 00:00 sampai 24:00" : "jam 00:00 sampai 23:59")"
        }
    }
}
