/// One SOP AP document: the identity page and the flowchart, typed and validated.
public struct SOP: Hashable, Sendable, Codable {
    /// The path the SOP was loaded from.
    public var path: String
    public var identity: Identity
    public var actors: [Actor]
    /// Service channels (002: email, online messaging, online meeting, face to face).
    public var channels: [Channel]
    /// The flowchart rows, in printed order.
    public var steps: [Step]
    /// Duties that recur on a schedule rather than per case (002's hourly inbox check).
    public var recurringDuties: [RecurringDuty]

    public init(
        path: String, identity: Identity, actors: [Actor], channels: [Channel] = [],
        steps: [Step], recurringDuties: [RecurringDuty] = []
    ) {
        self.path = path
        self.identity = identity
        self.actors = actors
        self.channels = channels
        self.steps = steps
        self.recurringDuties = recurringDuties
    }

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }

    /// Every case field declared by any step, in step order.
    public var fields: [FieldSpec] { steps.flatMap(\.fields) }
    public func field(_ id: String) -> FieldSpec? { fields.first { $0.id == id } }

    /// The actors that get a column in the printed flowchart, in declared order.
    public var columnActors: [Actor] { actors.filter(\.hasColumn) }
}
