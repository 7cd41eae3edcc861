extension DiagramBuilder {
    private struct Member {
        var piece: Int
        var arrow: DiagramPage.Arrow
    }

    /// The arrows of the fans on this page: a fan-out from its source (or from the pentagon its
    /// trunk arrives by) to each target here and to the pentagon it leaves by; a fan-in likewise
    /// towards its target. A member no branch fits is routed on its own.
    func fanArrows(_ page: Paginator.Page, edges: [Int], incoming: [OffPageConnector], outgoing: [OffPageConnector],
                   placed: Placed, router: inout Router) -> [DiagramPage.Arrow] {
        guard !fans.all.isEmpty else { return [] }
        var local: [Int: [Int]] = [:]
        for e in edges { if let f = fans.ofEdge[e] { local[f, default: []].append(e) } }
        var arriving: [Int: OffPageConnector] = [:], leaving: [Int: OffPageConnector] = [:]
        for c in incoming { if let f = c.fan { arriving[f] = c } }
        for c in outgoing { if let f = c.fan { leaving[f] = c } }
        let none = Route(points: [], conflict: false)
        var out: [DiagramPage.Arrow] = []
        for f in Set(local.keys).union(arriving.keys).union(leaving.keys).sorted() {
            let fan = fans.all[f]
            let here = placed.ofSymbol[fan.anchor]?.first
            // The trunk's own pentagon stands in for the anchor on the pages it does not sit on.
            let stand = fan.isOut ? arriving[f].map { ("in:" + $0.label, $0.label) } : leaving[f].map { ("out:" + $0.label, $0.label) }
            let anchor: (piece: Int, end: DiagramPage.Arrow.End)
            if let here { anchor = (here, .step(fan.anchor)) }
            else if let stand, let piece = placed.connector[stand.0] { anchor = (piece, .connector(stand.1)) }
            else { continue }
            var members: [Member] = []
            let carried = here != nil ? (local[f] ?? []) : ((fan.isOut ? arriving[f] : leaving[f])?.edges ?? [])
            for e in carried {
                let edge = model.edges[e]
                guard let piece = placed.ofSymbol[fan.member(of: edge)]?.first else { continue }
                let arrow = fan.isOut
                    ? DiagramPage.Arrow(from: anchor.end, to: .step(edge.toSymbol), label: edge.label, route: none)
                    : DiagramPage.Arrow(from: .step(edge.fromSymbol), to: anchor.end, label: edge.label, route: none)
                members.append(Member(piece: piece, arrow: arrow))
            }
            // The pentagon the trunk goes on by (fan-out) or comes in by (fan-in).
            if fan.isOut, let c = leaving[f], let piece = placed.connector["out:" + c.label] {
                members.append(Member(piece: piece, arrow: DiagramPage.Arrow(from: anchor.end, to: .connector(c.label), label: nil, route: none)))
            }
            if !fan.isOut, let c = arriving[f], let piece = placed.connector["in:" + c.label] {
                members.append(Member(piece: piece, arrow: DiagramPage.Arrow(from: .connector(c.label), to: anchor.end, label: nil, route: none)))
            }
            let routes = router.routeFan(anchor: anchor.piece, members: members.map(\.piece), isOut: fan.isOut)
            for (member, fanRoute) in zip(members, routes) {
                var arrow = member.arrow
                if let fanRoute {
                    arrow.route = fanRoute.route
                    arrow.labelAt = fanRoute.labelAt
                } else {
                    let request = fan.isOut ? RouteRequest(sources: [anchor.piece], targets: [member.piece], isLoop: false)
                                            : RouteRequest(sources: [member.piece], targets: [anchor.piece], isLoop: false)
                    arrow.route = router.route(request)
                }
                out.append(arrow)
            }
        }
        return out
    }
}
