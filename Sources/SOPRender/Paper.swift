/// A sheet size offices print SOPs on.
public enum Paper: String, Sendable, Hashable, CaseIterable {
    case a4, f4, letter, legal

    /// Width and height in millimetres, portrait.
    public var portraitSize: (width: Double, height: Double) {
        switch self {
        case .a4: (210, 297)
        case .f4: (215, 330)        // folio, the common Indonesian office size
        case .letter: (215.9, 279.4)
        case .legal: (215.9, 355.6)
        }
    }
}

/// How the sheet is turned. SOP flowcharts are landscape by practice.
public enum Orientation: String, Sendable, Hashable, CaseIterable {
    case landscape, portrait
}

/// Everything that changes the printed layout.
public struct RenderOptions: Sendable, Hashable {
    public var paper: Paper
    public var orientation: Orientation
    /// A fixed number of flowchart rows per page; nil computes pages from estimated row heights.
    public var rowsPerPage: Int?

    public init(paper: Paper = .a4, orientation: Orientation = .landscape, rowsPerPage: Int? = nil) {
        self.paper = paper
        self.orientation = orientation
        self.rowsPerPage = rowsPerPage
    }

    /// The sheet as laid out: width and height in millimetres.
    public var sheetSize: (width: Double, height: Double) {
        let (w, h) = paper.portraitSize
        return orientation == .portrait ? (w, h) : (h, w)
    }
}
