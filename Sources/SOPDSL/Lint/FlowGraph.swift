/// Reachability over the flowchart: every node is reachable from a start of its table, and every
/// node can reach an end (no loop without a way out).
struct FlowGraph {
    let sop: SOP
    private let index: [String: Int]

    init(_ sop: SOP) {
        self.sop = sop
        var index: [String: Int] = [:]
        for (i, step) in sop.steps.enumerated() { index[step.id] = i }
        self.index = index
    }

    func check(_ out: inout DiagnosticCollector) {
        guard !sop.steps.isEmpty else { return }
        let steps = sop.steps
        let starts = sop.procedures.flatMap { sop.starts(of: $0) }.compactMap { index[$0] }
        // Each node's successors once, as indices: loops over `steps` by element copied every
        // node (all its fields retained) for each of the passes below.
        let successors = steps.indices.map { sop.flowSuccessors(of: steps[$0]).compactMap { index[$0] } }
        // A member of a `garis` group is reached with the group.
        let reachable = search(from: starts) { successors[$0] + steps[$0].together.compactMap { index[$0] } }
        for i in steps.indices where !reachable.contains(i) {
            out.emit(.lint(.unreachable(step: steps[i].id)), at: steps[i].location)
        }
        var predecessors = [[Int]](repeating: [], count: steps.count)
        for i in steps.indices {
            for next in successors[i] { predecessors[next].append(i) }
        }
        let ends = steps.indices.filter { steps[$0].isEnd }
        let finishing = search(from: ends) { predecessors[$0] }
        for i in steps.indices where reachable.contains(i) && !finishing.contains(i) {
            out.emit(.lint(.deadEnd(step: steps[i].id)), at: steps[i].location)
        }
    }

    /// Breadth-first search; iterative so a 10,000-step SOP cannot overflow the stack.
    private func search(from starts: [Int], next: (Int) -> [Int]) -> Set<Int> {
        var seen = Set(starts)
        var queue = starts
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for n in next(current) where seen.insert(n).inserted { queue.append(n) }
        }
        return seen
    }
}
