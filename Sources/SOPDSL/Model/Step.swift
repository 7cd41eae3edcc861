/// One node of the flowchart: a symbol drawn in a row's actor lane(s), and what the engine needs to
/// run it. The printed row's cells (kegiatan, kelengkapan, waktu, output, keterangan) are copied from
/// its `Row` so the engine, the clock and the reports read them per node.
public struct Step: Hashable, Sendable, Codable {
    public var id: String
    /// 1-based row number as printed in the No column of its table.
    public var number: Int
    /// Index of its row in `SOP.rows` (all tables, in document order).
    public var rowIndex: Int
    public var activity: Text                 // the row's kegiatan
    /// The lane(s) the symbol is drawn in; several: drawn centred across them, any one acts.
    public var actors: [Reference]            // pelaksana
    public var requirements: [Requirement]    // the row's kelengkapan
    public var time: TimeStandard?            // the row's waktu
    /// When set, `time` covers this row through that later row (printed as one merged cell).
    public var timeSpanEnd: Reference?        // waktu_sampai
    public var output: Text?                  // the row's output
    public var note: Text?                    // the row's keterangan
    /// Case data recorded at this node (the attendance list's columns, ...).
    public var fields: [FieldSpec]            // isian
    public var flow: Flow
    /// Cases waiting for this node at the same desk are served in arrival order.
    public var queue: QueueSpec?              // antrian
    /// Doing this node hands the case to a higher level.
    public var isEscalation: Bool             // eskalasi
    /// While this node is open the case waits for an outside party; the SLA clock stops.
    public var isWaiting: Bool                // menunggu
    /// The symbol as the author drew it.
    public var shape: SymbolShape             // bentuk
    /// Text printed inside the symbol.
    public var text: Text?                    // teks
    /// Symbols of the same row joined to this one by a plain line (done together).
    public var lines: [Reference]             // garis
    /// False for symbols the engine passes through (connectors, a terminator beside a box).
    public var isActivity: Bool
    /// The other symbols of its `garis` group (done together), in written order.
    public var together: [String] = []
    public var location: SourceLocation

    public init(
        id: String, number: Int, rowIndex: Int? = nil, activity: Text, actors: [Reference], requirements: [Requirement] = [],
        time: TimeStandard? = nil, timeSpanEnd: Reference? = nil, output: Text? = nil, note: Text? = nil,
        fields: [FieldSpec] = [], flow: Flow, queue: QueueSpec? = nil, isEscalation: Bool = false,
        isWaiting: Bool = false, shape: SymbolShape = .process, text: Text? = nil, lines: [Reference] = [],
        isActivity: Bool = true, location: SourceLocation
    ) {
        self.id = id; self.number = number; self.rowIndex = rowIndex ?? (number - 1); self.activity = activity
        self.actors = actors; self.requirements = requirements; self.time = time; self.timeSpanEnd = timeSpanEnd
        self.output = output; self.note = note; self.fields = fields; self.flow = flow; self.queue = queue
        self.isEscalation = isEscalation; self.isWaiting = isWaiting; self.shape = shape; self.text = text
        self.lines = lines; self.isActivity = isActivity; self.location = location
    }

    public var isDecision: Bool { if case .decision = flow { true } else { false } }
    public var isEnd: Bool { if case .end = flow { true } else { false } }
    public var decision: Decision? { if case .decision(let d) = flow { d } else { nil } }

    /// Ids of the nodes that may follow this one (every target of every exit).
    public var successors: [String] { flow.targets }
}

/// The symbols of PermenPAN-RB 35/2012 a row's lane can hold (arrows are the sixth and seventh).
public enum SymbolShape: String, Hashable, Sendable, Codable, CaseIterable {
    case terminator
    case process = "proses"
    case decision = "keputusan"
    /// On-page connector (circle): the flow continues at the connector with the same text.
    case connector = "penghubung"
    /// Off-page connector (pentagon).
    case offPageConnector = "penghubung_halaman"

    public var isConnector: Bool { self == .connector || self == .offPageConnector }
}

/// Where a node leads.
public enum Flow: Hashable, Sendable, Codable {
    /// To one node, or to several at once (a fork without a decision): `ke`, `lanjut`, or
    /// implicitly the next symbol.
    case next([Reference])
    case decision(Decision)
    /// The path ends here (`selesai: ya`, an end terminator, the last symbol).
    case end
}

/// A diamond: a question with two or more exits, told apart by id whether or not a label is printed.
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
    /// Stable id: written, else derived from the label, else `cabang_N`.
    public var id: String
    /// The printed label ("Ya", "Tidak", "Teknis" ...); nil when the document prints none.
    public var label: Text?
    /// One target, or several when the exit forks.
    public var targets: [Reference]
    /// When present, the exit is taken when this holds on the case data.
    public var condition: Condition?
    public var location: SourceLocation

    public init(id: String, label: Text?, targets: [Reference], condition: Condition?, location: SourceLocation) {
        self.id = id; self.label = label; self.targets = targets; self.condition = condition; self.location = location
    }

    /// How the exit is named to a person: its label, else its id.
    public var name: String { label?.value ?? id }
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
