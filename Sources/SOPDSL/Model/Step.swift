/// One row of the flowchart table (a kegiatan) and what the engine needs to run it.
public struct Step: Hashable, Sendable, Codable {
    public var id: String
    /// 1-based row number as printed in the No column.
    public var number: Int
    public var activity: Text                 // kegiatan
    public var actors: [Reference]            // pelaksana: one or more actor ids
    public var requirements: [Requirement]    // kelengkapan
    public var time: TimeStandard?            // waktu
    /// When set, `time` covers this step through that later step (printed as one merged cell).
    public var timeSpanEnd: Reference?        // waktu_sampai
    public var output: Text?                  // output
    public var note: Text?                    // keterangan
    /// Case data recorded at this step (the attendance list's columns, ...).
    public var fields: [FieldSpec]            // isian
    public var flow: Flow
    /// Cases waiting for this step at the same desk are served in arrival order.
    public var queue: QueueSpec?              // antrian
    /// Doing this step hands the case to a higher level.
    public var isEscalation: Bool             // eskalasi
    /// While this step is open the case waits for an outside party; the SLA clock stops.
    public var isWaiting: Bool                // menunggu
    public var location: SourceLocation

    public init(
        id: String, number: Int, activity: Text, actors: [Reference], requirements: [Requirement] = [],
        time: TimeStandard? = nil, timeSpanEnd: Reference? = nil, output: Text? = nil, note: Text? = nil,
        fields: [FieldSpec] = [], flow: Flow, queue: QueueSpec? = nil, isEscalation: Bool = false,
        isWaiting: Bool = false, location: SourceLocation
    ) {
        self.id = id; self.number = number; self.activity = activity; self.actors = actors
        self.requirements = requirements; self.time = time; self.timeSpanEnd = timeSpanEnd
        self.output = output; self.note = note; self.fields = fields; self.flow = flow; self.queue = queue
        self.isEscalation = isEscalation; self.isWaiting = isWaiting; self.location = location
    }

    public var isDecision: Bool { if case .decision = flow { true } else { false } }
    public var isEnd: Bool { if case .end = flow { true } else { false } }
    public var decision: Decision? { if case .decision(let d) = flow { d } else { nil } }

    /// Ids of the steps that may follow this one.
    public var successors: [String] {
        switch flow {
        case .next(let ref): [ref.id]
        case .decision(let d): d.exits.map(\.target.id)
        case .end: []
        }
    }
}

/// Where a step leads.
public enum Flow: Hashable, Sendable, Codable {
    /// To one step: written as `lanjut`, or implicitly the next row.
    case next(Reference)
    case decision(Decision)
    /// A terminator: the case ends here (`selesai: ya`).
    case end
}

/// A diamond: a question with two or more labelled exits.
public struct Decision: Hashable, Sendable, Codable {
    public var question: Text?
    public var exits: [Exit]
    public var location: SourceLocation

    public init(question: Text?, exits: [Exit], location: SourceLocation) {
        self.question = question; self.exits = exits; self.location = location
    }

    /// True when the engine can choose the exit from case data alone.
    public var isAutomatic: Bool { exits.allSatisfy { $0.condition != nil } }
}

public struct Exit: Hashable, Sendable, Codable {
    /// The printed label: "Ya", "Tidak", "Sudah Benar", "Teknis" ...
    public var label: Text
    public var target: Reference
    /// When present, the exit is taken when this holds on the case data.
    public var condition: Condition?
    public var location: SourceLocation

    public init(label: Text, target: Reference, condition: Condition?, location: SourceLocation) {
        self.label = label; self.target = target; self.condition = condition; self.location = location
    }
}

/// One item of kelengkapan (required inputs).
public struct Requirement: Hashable, Sendable, Codable {
    public var name: Text
    /// A missing required item refuses the step; a missing optional one is recorded as a deviation.
    public var isRequired: Bool
    public var location: SourceLocation

    public init(name: Text, isRequired: Bool = true, location: SourceLocation) {
        self.name = name; self.isRequired = isRequired; self.location = location
    }
}

/// A desk where cases wait in line for a step (000's waiting room).
public struct QueueSpec: Hashable, Sendable, Codable {
    public var desk: String
    public var location: SourceLocation

    public init(desk: String, location: SourceLocation) {
        self.desk = desk; self.location = location
    }
}

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
