/// One SOP AP document: the identity page and its flowchart table(s), typed and validated.
public struct SOP: Hashable, Sendable, Codable {
    /// The path the SOP was loaded from.
    public var path: String
    public var identity: Identity
    /// How the signed document words and lays out its tables.
    public var layout: Layout
    public var actors: [Actor]
    /// Service channels (002: email, online messaging, online meeting, face to face).
    public var channels: [Channel]
    /// The tables: one for a top-level `langkah`, one per sub-procedure for `prosedur`.
    public var procedures: [Procedure]
    /// Every printed row of every table, in document order.
    public var rows: [TableRow]
    /// Every symbol (node) of every row, in document order.
    public var steps: [Step] { didSet { stepIndexByID = Self.index(steps) } }
    /// Node id -> index in `steps`: ids are looked up per arrow, and a linear search made a
    /// 10,000-row SOP quadratic. Derived from `steps`, never encoded.
    private var stepIndexByID: [String: Int] = [:]
    /// Duties that recur on a schedule rather than per case (002's hourly inbox check).
    public var recurringDuties: [RecurringDuty]
    /// What a bare "hari" counts, when the SOP says (`hari:`).
    public var dayReading: DayReading?
    /// Lint warnings the author keeps because the signed document has them.
    public var acknowledged: [Acknowledgement]

    public init(
        path: String, identity: Identity, layout: Layout = Layout(), actors: [Actor], channels: [Channel] = [],
        procedures: [Procedure]? = nil, rows: [TableRow]? = nil, steps: [Step], recurringDuties: [RecurringDuty] = [],
        dayReading: DayReading? = nil, acknowledged: [Acknowledgement] = []
    ) {
        self.path = path
        self.identity = identity
        self.layout = layout
        self.actors = actors
        self.channels = channels
        self.steps = steps
        self.stepIndexByID = Self.index(steps)
        // A model built in code with one symbol per row: derive the rows and the single table.
        let rowsGiven = rows
        let rows = rows ?? steps.enumerated().map { i, step in
            TableRow(id: step.id, number: i + 1, activity: step.activity, requirements: step.requirements, time: step.time,
                timeSpanEnd: step.timeSpanEnd, output: step.output, note: step.note, symbols: [step.id], location: step.location)
        }
        // Written only where it changes: a write to the caller's shared array copied every step.
        if rows.count == steps.count {
            for i in self.steps.indices where rows[i].symbols.count == 1 && rows[i].symbols[0] == self.steps[i].id && self.steps[i].rowIndex != i {
                self.steps[i].rowIndex = i
            }
        }
        if procedures == nil, rowsGiven == nil {
            // Format 1's shapes: diamonds for decisions, terminators on the first, last and end rows.
            for i in self.steps.indices where self.steps[i].shape == .process {
                if self.steps[i].isDecision { self.steps[i].shape = .decision }
                else if i == 0 || i == self.steps.count - 1 || self.steps[i].isEnd { self.steps[i].shape = .terminator }
            }
        }
        self.rows = rows
        self.procedures = procedures ?? [Procedure(id: "", title: nil, lanes: actors.filter(\.hasColumn).map(\.id),
                                                   rows: 0..<rows.count, location: identity.location)]
        self.recurringDuties = recurringDuties
        self.dayReading = dayReading
        self.acknowledged = acknowledged
    }

    public func step(_ id: String) -> Step? { stepIndex(id).map { steps[$0] } }
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func stepIndex(_ id: String) -> Int? { stepIndexByID[id] }

    private static func index(_ steps: [Step]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, step) in steps.enumerated() where index[step.id] == nil { index[step.id] = i }
        return index
    }

    enum CodingKeys: String, CodingKey {
        case path, identity, layout, actors, channels, procedures, rows, steps, recurringDuties, dayReading, acknowledged
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        identity = try c.decode(Identity.self, forKey: .identity)
        layout = try c.decode(Layout.self, forKey: .layout)
        actors = try c.decode([Actor].self, forKey: .actors)
        channels = try c.decode([Channel].self, forKey: .channels)
        procedures = try c.decode([Procedure].self, forKey: .procedures)
        rows = try c.decode([TableRow].self, forKey: .rows)
        steps = try c.decode([Step].self, forKey: .steps)
        recurringDuties = try c.decode([RecurringDuty].self, forKey: .recurringDuties)
        dayReading = try c.decodeIfPresent(DayReading.self, forKey: .dayReading)
        acknowledged = try c.decode([Acknowledgement].self, forKey: .acknowledged)
        stepIndexByID = Self.index(steps)
    }
    public func row(_ id: String) -> TableRow? { rows.first { $0.id == id } }
    public func rowIndex(_ id: String) -> Int? { rows.firstIndex { $0.id == id } }
    /// The row a `waktu_sampai` names: a row id, or a symbol's (its row's id).
    public func rowID(containing id: String) -> String {
        if let row = row(id) { return row.id }
        return step(id).map { rows[$0.rowIndex].id } ?? id
    }
    /// The nodes of one row, in written order.
    public func steps(ofRow index: Int) -> [Step] { rows[index].symbols.compactMap(step) }

    /// Where a case of `procedure` may begin: every terminator that leads on and that no arrow from
    /// an earlier symbol enters (two entry points "Langsung ke Kantor" and "Via Email"), else the
    /// table's first symbol.
    public func starts(of procedure: Procedure) -> [String] {
        let members = steps.indices.filter { procedure.rows.contains(steps[$0].rowIndex) }
        guard let first = members.first else { return [] }
        var enteredForward = Set<String>()
        for i in members { enteredForward.formUnion(steps[i].successors.filter { (stepIndex($0) ?? -1) > i }) }
        let starts = members.filter { i in
            steps[i].shape == .terminator && !steps[i].isEnd && !enteredForward.contains(steps[i].id)
        }.map { steps[$0].id }
        return starts.isEmpty ? [steps[first].id] : starts
    }

    /// Where the flow may go on from a node: its own arrows, and those of the symbols it acts
    /// together with (a `garis` group flows on once, from one member).
    public func flowSuccessors(of step: Step) -> [String] {
        step.together.isEmpty ? step.successors
            : step.successors + step.together.compactMap { self.step($0) }.flatMap(\.successors)
    }

    /// The procedure a node belongs to.
    public func procedure(of step: Step) -> Procedure? {
        procedures.first { $0.rows.contains(step.rowIndex) }
    }

    /// Every case field declared by any node, in document order.
    public var fields: [FieldSpec] { steps.flatMap(\.fields) }
    public func field(_ id: String) -> FieldSpec? { fields.first { $0.id == id } }

    /// The actors that get a column in the printed flowchart, in declared order.
    public var columnActors: [Actor] { actors.filter(\.hasColumn) }
}
