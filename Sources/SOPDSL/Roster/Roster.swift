/// The office's staff and who may act in which SOP role (pelaksana id), with temporary
/// delegations (Plh./Plt.). Loaded from a roster YAML (`sop ... --petugas FILE`).
public struct Roster: Sendable, Hashable {
    public var office: Text?
    /// IANA zone for dates written without one (default Asia/Jakarta, WIB).
    public var timeZone: String
    /// `zona_waktu` as written, when the roster names one: it must agree with the office calendar's.
    public var declaredZone: Text?
    /// `kalender_tingkat`: the calendar each level's office counts its own clock on when a case
    /// is escalated to it (a calendar file, or the national calendar in that office's zone).
    public var levelCalendars: [OrgLevel: LevelCalendar] = [:]
    public var staff: [StaffMember]
    public var delegations: [Delegation]
    public var path: String

    public init(office: Text?, timeZone: String, staff: [StaffMember], delegations: [Delegation], path: String) {
        self.office = office; self.timeZone = timeZone; self.staff = staff; self.delegations = delegations; self.path = path
    }
}

/// One level's calendar in `kalender_tingkat`.
public struct LevelCalendar: Sendable, Hashable {
    /// A calendar file, relative to the roster's folder.
    public var file: Text?
    public var zone: CalendarZone?
    public var location: SourceLocation

    public init(file: Text?, zone: CalendarZone?, location: SourceLocation) {
        self.file = file; self.zone = zone; self.location = location
    }
}

public struct StaffMember: Sendable, Hashable {
    /// NIP (or another staff number for non-civil-servant staff), spaces removed.
    public var nip: String
    public var name: Text
    public var position: Text        // jabatan
    public var office: Text?
    /// SOP actor ids this person acts as.
    public var roles: [Reference]
    /// `sandi`: the scrypt hash of the staff member's password for `sop server` (`sop sandi`).
    public var passwordHash: Text? = nil
    public var location: SourceLocation
}

/// Plh. (pelaksana harian) or Plt. (pelaksana tugas): `standIn` acts in `replaced`'s roles for a period.
public struct Delegation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case plh = "Plh.", plt = "Plt." }
    public var kind: Kind
    public var standIn: Reference
    public var replaced: Reference
    /// Only these roles; nil = every role of the replaced official.
    public var roles: [Reference]?
    public var from: LocalDateTime
    /// Inclusive; a date without a time means through the end of that day.
    public var until: LocalDateTime
    public var basis: Text?
    public var location: SourceLocation
}

/// A wall-clock date and time in the roster's zone; the time is absent for whole days.
public struct LocalDateTime: Sendable, Hashable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public var hour: Int?, minute: Int?

    public var description: String {
        let date = "\(SOPDate(year: year, month: month, day: day, location: .unknown()).printed)"
        guard let hour, let minute else { return date }
        return date + String(format: " %02d.%02d", hour, minute)
    }
}
