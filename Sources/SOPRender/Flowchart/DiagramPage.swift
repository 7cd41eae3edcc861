/// The drawing of one flowchart page: the symbols in their rows and columns, the connector
/// strips, and the routed arrows. Coordinates in millimetres from the top left of the actor
/// columns' area under the table header.
struct DiagramPage: Sendable {
    struct Band: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case step(Int)
            case topStrip
            case bottomStrip
        }

        var kind: Kind
        var top: Double
        var height: Double
    }

    struct Arrow: Sendable, Hashable {
        enum End: Sendable, Hashable {
            /// A model symbol.
            case step(Int)
            case connector(String)
        }

        var from: End
        var to: End
        /// The decision exit's label, drawn next to the arrow where it leaves the diamond.
        var label: String?
        /// A plain line without arrowhead (`garis`).
        var isLine: Bool = false
        var route: Route
        /// Index of the route point where the arrow's own part begins: a fan's branch leaves the
        /// shared trunk there, and its label goes beside it rather than at the crowded source.
        var labelAt: Int = 0
    }

    var width: Double
    var height: Double
    var columnWidth: Double
    var columnCount: Int
    var bands: [Band]
    var symbols: [DiagramSymbol]
    var arrows: [Arrow]
    /// Lines joining the symbols of a step done by several actors.
    var joints: [Segment]

    var conflicts: [Arrow] { arrows.filter(\.route.conflict) }
}
