/// Many arrows leaving one symbol (a decision with dozens of exits) or entering one (the end
/// many paths lead to), drawn the way a person draws them: one shared trunk at the symbol and a
/// short branch to each other end, instead of one arrow searched for on its own per exit. Only
/// symbols with at least `minimumArrows` such arrows form a fan, so ordinary decisions (two or
/// three exits) and ordinary joins draw exactly as before.
struct Fan: Sendable, Hashable {
    /// The shared end: the source of a fan-out, the target of a fan-in.
    var anchor: Int
    /// True: the arrows leave `anchor` (the trunk runs down from it); false: they enter it.
    var isOut: Bool
    /// Indices into the model's edges, in model order.
    var edges: [Int]

    static let minimumArrows = 8

    /// The fans of a model; each edge is in at most one (a fan-out takes it first). Only
    /// forward arrows between symbols in rows count: loops and lines are routed one by one.
    static func fans(of model: FlowModel) -> [Fan] {
        func eligible(_ e: FlowModel.Edge) -> Bool {
            e.to > e.from && !e.isLine && model.symbols[e.fromSymbol].strip == nil && model.symbols[e.toSymbol].strip == nil
        }
        var outgoing: [Int: [Int]] = [:], incoming: [Int: [Int]] = [:]
        for (i, edge) in model.edges.enumerated() where eligible(edge) {
            outgoing[edge.fromSymbol, default: []].append(i)
        }
        var fans: [Fan] = []
        var taken = Set<Int>()
        for s in outgoing.keys.sorted() where outgoing[s]!.count >= minimumArrows {
            fans.append(Fan(anchor: s, isOut: true, edges: outgoing[s]!))
            taken.formUnion(outgoing[s]!)
        }
        for (i, edge) in model.edges.enumerated() where eligible(edge) && !taken.contains(i) {
            incoming[edge.toSymbol, default: []].append(i)
        }
        for t in incoming.keys.sorted() where incoming[t]!.count >= minimumArrows {
            fans.append(Fan(anchor: t, isOut: false, edges: incoming[t]!))
        }
        return fans
    }

    /// The far end of one of its edges (the target of a fan-out's, the source of a fan-in's).
    func member(of edge: FlowModel.Edge) -> Int { isOut ? edge.toSymbol : edge.fromSymbol }
}

/// The fans of a model with the fan of each edge, looked up once per arrow.
struct FanSet: Sendable {
    let all: [Fan]
    /// Edge index -> index into `all`.
    let ofEdge: [Int: Int]

    init(_ fans: [Fan]) {
        all = fans
        var ofEdge: [Int: Int] = [:]
        for (f, fan) in fans.enumerated() { for e in fan.edges { ofEdge[e] = f } }
        self.ofEdge = ofEdge
    }
}
