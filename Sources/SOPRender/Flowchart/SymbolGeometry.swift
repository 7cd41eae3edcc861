/// Sizes of the symbols for a given actor-column width.
struct SymbolGeometry: Sendable, Hashable {
    /// Width of every row symbol; what is left of the column is lanes for vertical arrows.
    var width: Double

    init(columnWidth: Double) {
        width = min(max(columnWidth - Metrics.laneWidth, 9), 16)
    }

    func height(of shape: SymbolShape) -> Double {
        switch shape {
        case .terminator: Metrics.terminatorHeight
        case .process: Metrics.processHeight
        case .decision: Metrics.decisionHeight
        }
    }

    /// Room between a symbol and the row's rule holding `tracks` horizontal arrow tracks.
    static func gap(tracks: Int) -> Double {
        Metrics.symbolClearance + Double(max(tracks, 1) - 1) * Metrics.trackSpacing + Metrics.borderClearance
    }
}
