extension DiagramBuilder {
    /// Pentagons in a strip, left to right in the order of their preferred columns, each centred
    /// on a vertical track as near its column's centre as the others allow. When a strip is
    /// crowded the pentagons move closer and get narrower rather than overlap.
    func place(_ connectors: [OffPageConnector], preferred: [Int], band: DiagramPage.Band,
               kind: DiagramSymbol.Kind, position: Int) -> [DiagramSymbol] {
        let tracks = RoutingGrid.xTracks(columnCount: model.columns.count, columnWidth: columnWidth, symbolWidth: symbolSize.width)
        let order = connectors.indices.sorted { (preferred[$0], $0) < (preferred[$1], $1) }
        let desired = order.map { columnCenter(preferred[$0]) }
        let total = columnWidth * Double(model.columns.count)
        var pitch = Metrics.connectorSize + 1.2
        var centers = Self.spread(desired, on: tracks.filter { $0 >= pitch / 2 && $0 <= total - pitch / 2 }, pitch: pitch)
        while centers == nil, pitch > 4.4 {
            pitch -= 0.8
            centers = Self.spread(desired, on: tracks.filter { $0 >= pitch / 2 && $0 <= total - pitch / 2 }, pitch: pitch)
        }
        // More pentagons than even the narrowest fit: let them overlap rather than drop one.
        let xs = centers ?? desired
        let width = min(Metrics.connectorSize, pitch - 1.0)
        var out: [Int: DiagramSymbol] = [:]
        for (k, i) in order.enumerated() {
            let center = Point(x: xs[k], y: band.top + band.height / 2)
            out[i] = DiagramSymbol(kind: kind, rect: Rect(center: center, width: width, height: Metrics.connectorSize),
                                   row: connectors[i].targetRow, node: connectors[i].target, column: min(Int(xs[k] / columnWidth), model.columns.count - 1),
                                   label: connectors[i].label, position: position)
        }
        return connectors.indices.map { out[$0]! }
    }

    /// Picks increasing tracks at least `pitch` apart, each as near its desired x as the ones after
    /// it allow; nil when they do not fit.
    static func spread(_ desired: [Double], on tracks: [Double], pitch: Double) -> [Double]? {
        guard !desired.isEmpty else { return [] }
        // The rightmost track each pentagon may take so that all after it still fit.
        var limit = Array(repeating: Double.infinity, count: desired.count)
        var bound = Double.infinity
        for k in desired.indices.reversed() {
            guard let t = tracks.last(where: { $0 <= bound + 1e-9 }) else { return nil }
            limit[k] = t
            bound = t - pitch
        }
        var out: [Double] = []
        var floor = -Double.infinity
        for (k, want) in desired.enumerated() {
            let allowed = tracks.filter { $0 >= floor - 1e-9 && $0 <= limit[k] + 1e-9 }
            guard let best = allowed.min(by: { abs($0 - want) < abs($1 - want) }) else { return nil }
            out.append(best)
            floor = best + pitch
        }
        return out
    }
}
