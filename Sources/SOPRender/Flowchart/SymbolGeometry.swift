import SOPDSL

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
        case .connector, .offPageConnector: Metrics.connectorSize
        }
    }

    /// Width of a symbol of this shape (connectors are as wide as they are high).
    func width(of shape: SymbolShape) -> Double {
        shape.isConnector ? min(Metrics.connectorSize, width) : width
    }

    /// Height order, for the tallest symbol of a row.
    static func order(_ shape: SymbolShape) -> Double { SymbolGeometry(columnWidth: 20).height(of: shape) }

    /// Vertical room between two symbols stacked in one lane of a row: an arrow can pass between.
    static let stackGap = 2 * Metrics.symbolClearance + 2 * Metrics.trackSpacing

    /// Room between a symbol and the row's rule holding `tracks` horizontal arrow tracks.
    static func gap(tracks: Int) -> Double {
        Metrics.symbolClearance + Double(max(tracks, 1) - 1) * Metrics.trackSpacing + Metrics.borderClearance
    }
}
