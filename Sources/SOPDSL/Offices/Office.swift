/// One office of the commission as `kantor.yaml` declares it: where it sits in the hierarchy,
/// the clock it counts deadlines on and the desks of its service hall.
public struct Office: Sendable, Hashable {
    public var id: String
    public var name: Text
    public var level: OrgLevel
    /// The office above (nil only for the national office).
    public var parent: Reference?
    /// WIB/WITA/WIT; nil means WIB.
    public var zone: CalendarZone?
    /// A calendar file of its own, relative to `kantor.yaml` (else the national calendar in `zone`).
    public var calendarFile: Text?
    /// Days off of this office only (a regional holiday), added to its calendar.
    public var daysOff: [DayOff]
    /// Desk ids of its service hall (loket).
    public var desks: [Reference]
    public var location: SourceLocation

    public init(id: String, name: Text, level: OrgLevel, parent: Reference?, zone: CalendarZone?, calendarFile: Text?,
                daysOff: [DayOff], desks: [Reference], location: SourceLocation) {
        self.id = id; self.name = name; self.level = level; self.parent = parent; self.zone = zone
        self.calendarFile = calendarFile; self.daysOff = daysOff; self.desks = desks; self.location = location
    }
}
