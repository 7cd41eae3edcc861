import SOPDSL

/// Where a case goes next: through the symbols nobody performs (connectors, a start terminator
/// drawn beside its first box) to the activity nodes that wait for an officer.
enum FlowWalker {
    /// The activity nodes reached from `targets`, in order, each once. A non-activity symbol
    /// that ends its path (an end terminator beside the last box) contributes nothing.
    static func activities(from targets: [String], in sop: SOP) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        var queue = targets
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            guard seen.insert(id).inserted, let step = sop.step(id) else { continue }
            if step.isActivity {
                result.append(id)
                // Symbols joined by `garis` become active together.
                queue += step.together
            } else {
                queue += step.successors
            }
        }
        return result
    }
}

/// Joins: a branch that arrives at a node another live branch can still reach waits there
/// (the node is parked), so a fork's branches meet once instead of running the join twice.
enum JoinPlanner {
    /// From the nodes a completed step leads to (`arrivals`), the nodes still active and those
    /// already parked: which become active now and which stay parked.
    static func plan(arrivals: [String], active: [String], parked: [String], in sop: SOP) -> (activate: [String], parked: [String]) {
        let fresh = arrivals.filter { !active.contains($0) }
        let pending = fresh + parked.filter { !fresh.contains($0) && !active.contains($0) }
        // The usual case, a single path: nothing to wait for.
        if active.isEmpty && pending.count <= 1 { return (pending, []) }
        let reach = Reachability(sop)
        var activate: [String] = []
        var stay: [String] = []
        for node in pending {
            // Blocked by a live branch upstream; nodes on a common loop do not block each other.
            let blockers = (active + pending).filter { $0 != node }
            let blocked = blockers.contains { reach.reaches($0, node) && !reach.reaches(node, $0) }
            if blocked { stay.append(node) } else { activate.append(node) }
        }
        return (activate, stay)
    }
}

/// Whether one node leads to another along the flowchart's arrows (any number of steps).
struct Reachability {
    let sop: SOP
    init(_ sop: SOP) { self.sop = sop }

    func reaches(_ from: String, _ to: String) -> Bool {
        var seen = Set<String>()
        var queue = sop.step(from).map(sop.flowSuccessors) ?? []
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            if id == to { return true }
            guard seen.insert(id).inserted, let step = sop.step(id) else { continue }
            queue += sop.flowSuccessors(of: step)
        }
        return false
    }
}
