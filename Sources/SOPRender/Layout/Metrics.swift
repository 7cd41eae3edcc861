/// The fixed measures of the printed form, in millimetres and points. One place, so that the
/// stylesheet, the row-height estimate and the drawing can never disagree.
enum Metrics {
    // Type.
    static let bodyFont = 8.0            // pt, table text
    static let headerFont = 7.5          // pt, bold, column headers
    static let titleFont = 10.0          // pt, bold, the heading above each flowchart page
    static let lineHeight = 1.25         // times the font size
    static let pointInMM = 25.4 / 72

    static func lineHeightMM(_ fontSize: Double) -> Double { fontSize * lineHeight * pointInMM }

    // Table cells.
    static let cellPaddingX = 1.0
    static let cellPaddingY = 0.8
    static let border = 0.25

    // Page furniture.
    static let footerHeight = 5.0
    static let titleGap = 1.5
    static let firstHeaderRow = 6.0
    /// The "(1) (2) ... (n)" row under the header.
    static let numberRowHeight = 5.2
    /// Kept free at the bottom of every sheet so rounding in the browser never adds a page.
    static let sheetSlack = 1.0

    // Drawing.
    static let trackSpacing = 1.6        // between parallel arrows
    static let symbolClearance = 1.2     // from a symbol to the nearest arrow track
    static let borderClearance = 1.3     // from a table rule to the nearest arrow track
    static let processHeight = 8.0
    static let terminatorHeight = 7.0
    static let decisionHeight = 10.0
    static let connectorSize = 6.4
    static let laneWidth = 9.0           // space between the symbols of neighbouring columns
    static let stroke = 0.3
}
