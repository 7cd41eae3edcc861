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
        let starts = sop.procedures.flatMap { sop.starts(of: $0) }.compactMap { index[$0] }
        // A member of a `garis` group is reached with the group.
        let reachable = search(from: starts) { (sop.flowSuccessors(of: sop.steps[$0]) + sop.steps[$0].together).compactMap { index[$0] } }
        for (i, step) in sop.steps.enumerated() where !reachable.contains(i) {
            out.emit(.lint(.unreachable(step: step.id)), at: step.location)
        }
        var predecessors = [[Int]](repeating: [], count: sop.steps.count)
        for (i, step) in sop.steps.enumerated() {
            for next in sop.flowSuccessors(of: step).compactMap({ index[$0] }) { predecessors[next].append(i) }
        }
        let ends = sop.steps.indices.filter { sop.steps[$0].isEnd }
        let finishing = search(from: ends) { predecessors[$0] }
        for (i, step) in sop.steps.enumerated() where reachable.contains(i) && !finishing.contains(i) {
            out.emit(.lint(.deadEnd(step: step.id)), at: step.location)
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
