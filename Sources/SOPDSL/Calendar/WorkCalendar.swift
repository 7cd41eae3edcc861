import Foundation

/// An office's working calendar, loaded from calendar YAML (`kalender/*.yaml`): the time zone,
/// office hours per weekday, the years it covers and the dated days off with their legal basis.
///
/// It is data, not code: days off are fixed each year by decree (SKB 3 Menteri, Keppres) and
/// sometimes amended, and office hours differ by office. `DeadlineCalculator` (SOPEngine)
/// counts deadlines on it. Every value keeps the place it was written, in whichever file.
public struct WorkCalendar: Hashable, Sendable, Codable {
    /// `nama`.
    public var name: Text
    /// `zona_waktu`: the zone all local times of this calendar are read in.
    public var zone: CalendarZone
    /// `tahun`: the only years on which deadlines can be counted.
    public var years: CoveredYears
    /// `jam_kerja`.
    public var hours: WeekHours
    /// `libur`, from this file and every file it includes, in date order.
    public var daysOff: [DayOff]
    /// `hari_kerja_berakhir`: how "N hari kerja" ends.
    public var policy: WorkingDayPolicy
    /// Where the policy was set (unknown when it is the default).
    public var policyLocation: SourceLocation
    /// `hari`: what a bare "hari" counts (nil: calendar days, the reading of putusan MK 31/PUU-XVI/2018,
    /// unless the SOP says otherwise).
    public var dayReading: DayReading?
    /// `sumber`: the decrees and documents the data was taken from.
    public var sources: [Text]
    /// The files read, the outermost (the one loaded) first.
    public var files: [String]
    /// The start of the loaded file.
    public var location: SourceLocation

    public init(
        name: Text, zone: CalendarZone, years: CoveredYears, hours: WeekHours, daysOff: [DayOff] = [],
        policy: WorkingDayPolicy = .default, policyLocation: SourceLocation = .unknown(),
        sources: [Text] = [], files: [String] = [], location: SourceLocation = .unknown()
    ) {
        self.name = name; self.zone = zone; self.years = years; self.hours = hours
        self.daysOff = daysOff.sorted { $0.date < $1.date }
        self.policy = policy; self.policyLocation = policyLocation
        self.sources = sources; self.files = files; self.location = location
    }

    /// The Foundation time zone every local time is read in.
    public var timeZone: TimeZone { zone.timeZone }

    /// The days off declared for `date` (more than one when a national and an office day coincide).
    public func daysOff(on date: CalendarDate) -> [DayOff] {
        daysOff.filter { $0.date == date }
    }
}

/// `zona_waktu`: an IANA zone of Indonesia ("Asia/Jayapura"), resolved from the system's zone
/// data: the offsets are never written into code.
public struct CalendarZone: Hashable, Sendable, Codable {
    public var identifier: String
    public var timeZone: TimeZone
    public var location: SourceLocation

    /// The zones a calendar may name, with the Indonesian abbreviations accepted for them.
    public static let known: [(identifier: String, abbreviation: String)] = [
        ("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"),
    ]

    /// Nil when the system has no such zone.
    public init?(identifier: String, location: SourceLocation) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier; self.timeZone = zone; self.location = location
    }

    /// The zone for "Asia/Jakarta" or "WIB" (any case); nil when not one of the three.
    public init?(written: String, location: SourceLocation) {
        let word = written.lowercased()
        guard let zone = Self.known.first(where: { $0.identifier.lowercased() == word || $0.abbreviation.lowercased() == word })
        else { return nil }
        self.init(identifier: zone.identifier, location: location)
    }

    /// A zone as a roster or calendar writes it: WIB/WITA/WIT, one of the three IANA names, or
    /// Asia/Pontianak; nil for anything else.
    public static func resolve(_ text: Text) -> CalendarZone? {
        CalendarZone(written: text.value, location: text.location) ?? CalendarZone(indonesian: text.value, location: text.location)
    }

    /// Indonesia's fourth IANA zone, Asia/Pontianak, is WIB: the same clock as Asia/Jakarta.
    public init?(indonesian identifier: String, location: SourceLocation) {
        guard identifier.lowercased() == "asia/pontianak" else { return nil }
        self.init(identifier: "Asia/Jakarta", location: location)
    }

    /// "WIB", "WITA" or "WIT".
    public var abbreviation: String { Self.known.first { $0.identifier == identifier }?.abbreviation ?? identifier }
}

/// `tahun`: the consecutive years whose days off the calendar lists.
public struct CoveredYears: Hashable, Sendable, Codable, CustomStringConvertible {
    public var range: ClosedRange<Int>
    public var location: SourceLocation

    public init(_ range: ClosedRange<Int>, location: SourceLocation) {
        self.range = range; self.location = location
    }

    /// "2024-2026", or "2025" for a single year.
    public var description: String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}

/// One dated day off and why the office is closed.
public struct DayOff: Hashable, Sendable, Codable {
    public var date: CalendarDate
    /// `nama`: "Hari Raya Idul Fitri 1445 Hijriah".
    public var name: Text
    public var kind: DayOffKind
    /// `dasar_hukum`: the decree that makes the day a day off.
    public var legalBasis: Text
    /// `catatan`: amendments, caveats.
    public var note: Text?
    /// Where the entry is written (its `tanggal`).
    public var location: SourceLocation

    public init(date: CalendarDate, name: Text, kind: DayOffKind, legalBasis: Text, note: Text? = nil, location: SourceLocation) {
        self.date = date; self.name = name; self.kind = kind; self.legalBasis = legalBasis
        self.note = note; self.location = location
    }
}

/// `jenis` of a day off.
public enum DayOffKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Hari libur nasional (SKB 3 Menteri; Keppres 8/2024 on the list of holidays).
    case liburNasional = "libur_nasional"
    /// Cuti bersama (SKB 3 Menteri; for ASN also a Keppres each year).
    case cutiBersama = "cuti_bersama"
    /// A day declared off by its own decree, such as a polling day (Keppres).
    case hariLiburKhusus = "hari_libur_khusus"
    /// A day off of this office only (regional holiday, office decision).
    case liburKantor = "libur_kantor"
}

/// `hari_kerja_berakhir`: when a step of "N hari kerja" is due (see docs/kalender.md).
public enum WorkingDayPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// At the close of office hours on the Nth whole working day (the default).
    case closeOfDay = "tutup_hari"
    /// At the same clock time N working days later.
    case sameTime = "jam_sama"

    public static let `default` = WorkingDayPolicy.closeOfDay
}
