/// What a rendered HTML document shows, read back from the HTML alone: the identity page's
/// fields, and for each flowchart page its table and the symbols, arrows and connectors of its
/// drawing with their geometry. Built by `HTMLInspector` for tests and tools.
public struct RenderedDocument: Sendable {
    /// The total in "Halaman X dari Y".
    public var declaredPageCount: Int
    /// Every footer text, in order ("Halaman 1 dari 4", ...).
    public var footers: [String]
    /// Identity fields by key (`nomor-sop`, `tanggal-pembuatan`, `dasar-hukum` ...) with their text.
    public var identity: [String: String]
    public var flowPages: [RenderedPage]
}

public struct RenderedPage: Sendable {
    public var number: Int
    /// Actor ids of the header's actor cells, left to right.
    public var headerActors: [String]
    /// Step ids of the table's body rows in order ("" for a connector strip).
    public var tableRows: [String]
    /// Rows spanning two header lines (No, Kegiatan, Keterangan) and the spanning group headers.
    public var headerCells: [String]
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
