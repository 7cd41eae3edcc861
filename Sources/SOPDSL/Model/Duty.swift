/// A duty done on a schedule, not per case: "every hour", "at 08.00 and 17.00".
public struct RecurringDuty: Hashable, Sendable, Codable {
    public var id: String
    public var activity: Text
    public var actors: [Reference]
    public var schedule: DutySchedule
    public var output: Text?
    public var location: SourceLocation

    public init(id: String, activity: Text, actors: [Reference], schedule: DutySchedule, output: Text?, location: SourceLocation) {
        self.id = id; self.activity = activity; self.actors = actors; self.schedule = schedule
        self.output = output; self.location = location
    }
}

public enum DutySchedule: Hashable, Sendable, Codable {
    /// Every N minutes during office hours (`setiap: 1 jam`).
    case every(minutes: Int)
    /// At fixed clock times on working days (`pukul: ["08.00", "17.00"]`), minutes after midnight.
    case at(minutesOfDay: [Int])
}
