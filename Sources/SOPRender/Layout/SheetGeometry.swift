/// The printable area of a sheet: the paper less its margins.
struct SheetGeometry: Sendable, Hashable {
    var width: Double
    var height: Double
    var marginTop = 10.0
    var marginBottom = 10.0
    var marginLeft = 12.0
    var marginRight = 12.0

    init(options: RenderOptions) {
        (width, height) = options.sheetSize
    }

    var contentWidth: Double { width - marginLeft - marginRight }
    var contentHeight: Double { height - marginTop - marginBottom }
    /// The height a page's content is laid out in, a little short of the printable area.
    var usableHeight: Double { contentHeight - Metrics.sheetSlack }
}
