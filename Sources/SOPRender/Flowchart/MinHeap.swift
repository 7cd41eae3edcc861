/// A binary min-heap for the router's open list. Ties on priority go to the entry that has come
/// further (larger `depth`, which keeps A* from fanning out over equal-cost detours), then to the
/// earlier insertion, so a search always explores in the same order and the drawing is the same on
/// every run.
struct MinHeap<Value> {
    private struct Item {
        var priority: Double
        var depth: Double
        var sequence: Int
        var value: Value
    }

    private var items: [Item] = []
    private var counter = 0

    var isEmpty: Bool { items.isEmpty }

    mutating func removeAll() { items.removeAll(keepingCapacity: true); counter = 0 }

    mutating func push(_ value: Value, priority: Double, depth: Double = 0) {
        items.append(Item(priority: priority, depth: depth, sequence: counter, value: value))
        counter += 1
        // Sifted through the buffer directly: the router pushes millions of entries a document,
        // and per-element array checks were a fifth of its time.
        items.withUnsafeMutableBufferPointer { items in
            var i = items.count - 1
            let item = items[i]
            while i > 0 {
                let parent = (i - 1) / 2
                guard Self.less(item, items[parent]) else { break }
                items[i] = items[parent]
                i = parent
            }
            items[i] = item
        }
    }

    mutating func pop() -> (priority: Double, value: Value)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items.withUnsafeMutableBufferPointer { items in
                var i = 0
                let count = items.count
                while true {
                    let l = 2 * i + 1
                    if l >= count { break }
                    var m = l
                    if l + 1 < count, Self.less(items[l + 1], items[l]) { m = l + 1 }
                    if !Self.less(items[m], last) { break }
                    items[i] = items[m]
                    i = m
                }
                items[i] = last
            }
        }
        return (top.priority, top.value)
    }

    private static func less(_ a: Item, _ b: Item) -> Bool {
        if a.priority != b.priority { return a.priority < b.priority }
        if a.depth != b.depth { return a.depth > b.depth }
        return a.sequence < b.sequence
    }
}
