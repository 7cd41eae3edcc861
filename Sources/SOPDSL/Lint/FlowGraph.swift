/// Reachability over the flowchart: every step is reachable from the first, and every
/// step can reach an end (no loop without a way out).
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
        let reachable = search(from: [0]) { sop.steps[$0].successors.compactMap { index[$0] } }
        for (i, step) in sop.steps.enumerated() where !reachable.contains(i) {
            out.emit(.unreachableStep, "langkah '\(step.id)' tidak dapat dicapai dari langkah pertama", at: step.location,
                     notes: ["arahkan sebuah 'lanjut' atau cabang 'ke' langkah ini, atau hapus langkah ini"])
        }
        var predecessors = [[Int]](repeating: [], count: sop.steps.count)
        for (i, step) in sop.steps.enumerated() {
            for next in step.successors.compactMap({ index[$0] }) { predecessors[next].append(i) }
        }
        let ends = sop.steps.indices.filter { sop.steps[$0].isEnd }
        let finishing = search(from: ends) { predecessors[$0] }
        for (i, step) in sop.steps.enumerated() where reachable.contains(i) && !finishing.contains(i) {
            out.emit(.deadEndStep, "dari langkah '\(step.id)' tidak ada jalan menuju langkah selesai", at: step.location,
                     notes: ["alur berputar tanpa jalan keluar; tambahkan cabang menuju langkah selesai"])
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
