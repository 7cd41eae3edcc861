/// One numbered row of a printed flowchart table: one No, one Kegiatan, one Mutu Baku, one
/// Keterangan, and the symbols drawn in its actor lanes (the `Step` nodes, by id, in written order).
public struct TableRow: Hashable, Sendable, Codable {
    /// The row id (`id`, else its first symbol's): what `waktu_sampai` names.
    public var id: String
    /// 1-based number in its table.
    public var number: Int
    /// Index of its table in `SOP.procedures`.
    public var procedure: Int
    public var activity: Text
    public var requirements: [Requirement]
    public var time: TimeStandard?
    public var timeSpanEnd: Reference?
    public var output: Text?
    public var note: Text?
    /// Node ids of the row's symbols, as written.
    public var symbols: [String]
    /// Symbols joined by `garis`: all must act (`semua`) or any one (`salah_satu`).
    public var together: Together
    /// The author placed a page break before this row.
    public var pageBreakBefore: Bool
    public var location: SourceLocation

    public init(id: String, number: Int, procedure: Int = 0, activity: Text, requirements: [Requirement] = [],
                time: TimeStandard? = nil, timeSpanEnd: Reference? = nil, output: Text? = nil, note: Text? = nil,
                symbols: [String], together: Together = .all, pageBreakBefore: Bool = false, location: SourceLocation) {
        self.id = id; self.number = number; self.procedure = procedure; self.activity = activity
        self.requirements = requirements; self.time = time; self.timeSpanEnd = timeSpanEnd; self.output = output
        self.note = note; self.symbols = symbols; self.together = together; self.pageBreakBefore = pageBreakBefore
        self.location = location
    }
}

public enum Together: String, Hashable, Sendable, Codable {
    case all = "semua"
    case any = "salah_satu"
}

/// One flowchart table (a sub-procedure): its lanes, its rows, numbered from 1.
public struct Procedure: Hashable, Sendable, Codable {
    /// Empty for the single, unnamed table of a top-level `langkah`.
    public var id: String
    public var title: Text?
    /// Its lanes, left to right (actor ids).
    public var lanes: [String]
    /// The lanes as written, for pointing at a wrong one (empty when defaulted).
    public var lanesReferences: [Reference] = []
    /// Indices into `SOP.rows`.
    public var rows: Range<Int>
    public var location: SourceLocation

    public init(id: String, title: Text?, lanes: [String], rows: Range<Int>, location: SourceLocation) {
        self.id = id; self.title = title; self.lanes = lanes; self.rows = rows; self.location = location
    }
}
