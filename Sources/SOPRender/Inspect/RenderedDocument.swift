/// What a rendered HTML document shows, read back from the HTML alone: the identity page's
/// fields, and for each flowchart page its table and the symbols, arrows and connectors of its
/// drawing with their geometry. Built by `HTMLInspector` for tests and tools.
public struct RenderedDocument: Sendable {
    /// The total in "Halaman X dari Y".
    public var declaredPageCount: Int
    /// Every footer text, in order ("Halaman 1 dari 4", ...).
    public var footers: [String]
    /// Identity fields by YAML key (`nomor`, `tanggal_pembuatan`, `dasar_hukum` ...) with their text.
    public var identity: [String: String]
    /// The printed label of each identity field, by key (without a trailing colon).
    public var identityLabels: [String: String] = [:]
    /// The list items of the identity's lists, by key.
    public var identityItems: [String: [String]] = [:]
    /// The signer's cell: position, name and NIP as printed (nil when not printed).
    public var approver: (position: String, name: String, nip: String?) = ("", "", nil)
    /// The letterhead, line by line.
    public var letterhead: [String] = []
    public var flowPages: [RenderedPage]
}

/// The text cells of one printed row.
public struct RenderedCells: Sendable, Hashable {
    public var rowID: String
    public var number: String
    public var activity: String
    public var requirements: [String]
    /// Nil when the row lies inside a Waktu cell merged from an earlier row.
    public var time: String?
    public var output: String
    public var note: String
}

public struct RenderedPage: Sendable {
    public var number: Int
    /// Actor ids of the header's actor cells, left to right.
    public var headerActors: [String]
    /// Step ids of the table's body rows in order ("" for a connector strip).
    public var tableRows: [String]
    /// Rows spanning two header lines (No, Kegiatan, Keterangan) and the spanning group headers.
    public var headerCells: [String]
    /// Header texts by column key (`no`, `kegiatan`, `pelaksana`, `mutu_baku`, `kelengkapan`,
    /// `waktu`, `output`, `keterangan`), and the Mutu Baku keys in printed order.
    public var headings: [String: String] = [:]
    public var qualityOrder: [String] = []
    /// The actor labels of the header, left to right.
    public var headerActorLabels: [String] = []
    /// Whether the page prints a header, and the "(1) ... (n)" row under it.
    public var hasHeader = true
    public var numberedColumns = false
    public var cells: [RenderedCells] = []
    /// Plain lines without arrowhead (`garis`), from and to symbol ids.
    public var lines: [RenderedArrow] = []
    public var columns: [RenderedColumn]
    public var rows: [RenderedRow]
    public var symbols: [RenderedSymbol]
    public var connectors: [RenderedConnector]
    public var arrows: [RenderedArrow]
    public var labels: [RenderedLabel]
    public var joints: [Segment]
    /// The drawing's size in millimetres.
    public var width: Double
    public var height: Double
}

public struct RenderedColumn: Sendable, Hashable {
    public var actorID: String
    public var x0: Double
    public var x1: Double
}

public struct RenderedRow: Sendable, Hashable {
    /// The step id, or nil for a connector strip.
    public var stepID: String?
    public var y0: Double
    public var y1: Double
}

public struct RenderedSymbol: Sendable, Hashable {
    /// `terminator`, `proses`, `keputusan`, `penghubung` or `penghubung_halaman`.
    public var shape: String
    /// The symbol's (node's) id.
    public var stepID: String
    /// The id of the printed row it is drawn in.
    public var rowID: String
    /// Its lane, or the neighbouring lanes it is drawn across, as "a+b".
    public var actorID: String
    /// The author's text inside it ("" when none).
    public var text: String
    public var rect: Rect
}

public struct RenderedConnector: Sendable, Hashable {
    public var label: String
    /// True for the pentagon in the bottom strip (the flow leaves the page).
    public var isOutgoing: Bool
    /// The step the flow continues at.
    public var targetStepID: String
    public var rect: Rect
}

public struct RenderedArrow: Sendable, Hashable {
    /// A step id, or `konektor:X` for an off-page connector.
    public var from: String
    public var to: String
    public var label: String?
    public var points: [Point]
    /// True when the renderer could not keep this arrow clear of the others.
    public var isConflict: Bool

    public var segments: [Segment] { zip(points, points.dropFirst()).map { Segment($0, $1) } }
}

public struct RenderedLabel: Sendable, Hashable {
    public var from: String
    public var to: String
    public var text: String
}
