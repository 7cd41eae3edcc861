/// Turns libyaml's event stream into one located `YAMLNode`, iteratively (no recursion,
/// so deep input cannot overflow the stack), resolving aliases and `<<` merge keys.
struct YAMLTreeBuilder {
    /// Deeper than any sensible SOP; deeper input is refused with SOP004.
    static let maximumDepth = 64
    /// Caps what aliases may expand to, against "billion laughs" input.
    static let maximumAliasExpansion = 100_000

    let file: String

    private struct Frame {
        var isMapping: Bool
        var isFlow = false
        var location: SourceLocation
        var anchor: String?
        var tag: String?
        var children: [YAMLNode] = []
    }

    private final class State {
        var stack: [Frame] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var root: YAMLNode?
        var documents = 0
        var aliasExpansion = 0
    }

    func build(bytes: [UInt8], diagnostics: inout DiagnosticCollector) -> YAMLNode? {
        LibYAMLParser.withParser(bytes: bytes, file: file) { build(parser: $0, diagnostics: &diagnostics) }
    }

    private func build(parser: LibYAMLParser, diagnostics: inout DiagnosticCollector) -> YAMLNode? {
        let state = State()
        while true {
            switch parser.next() {
            case .failure(let diagnostic):
                diagnostics.emit(diagnostic)
                return nil
            case .success(let event):
                switch handle(event, state, &diagnostics) {
                case .proceed: continue
                case .stop: return nil
                case .done:
                    if state.root == nil {
                        diagnostics.emit(.yaml(.noDocument), at: SourceLocation(file: file, line: 1, column: 1))
                    }
                    return state.root
                }
            }
        }
    }

    private enum Step { case proceed, stop, done }

    private func handle(_ event: YAMLEvent, _ state: State, _ diagnostics: inout DiagnosticCollector) -> Step {
        switch event {
        case .streamStart, .documentEnd: return .proceed
        case .streamEnd: return .done
        case .documentStart(let location):
            state.documents += 1
            if state.documents > 1 {
                diagnostics.emit(.yaml(.multipleDocuments), at: location)
                return .stop
            }
            return .proceed
        case .scalar(let value, let style, let anchor, let tag, let location):
            let node = YAMLNode(kind: .scalar(.init(value: value, style: style)), location: location, tag: tag)
            attach(node, anchor: anchor, size: 1, state)
            return .proceed
        case .alias(let name, let location):
            guard let target = state.anchors[name] else {
                diagnostics.emit(.yaml(.undefinedAlias(name, anchors: Array(state.anchors.keys))), at: location)
                return .stop
            }
            state.aliasExpansion += target.size
            guard state.aliasExpansion <= Self.maximumAliasExpansion else {
                diagnostics.emit(.yaml(.aliasExpansion(limit: Self.maximumAliasExpansion)), at: location)
                return .stop
            }
            var copy = target.node
            copy.location = location
            attach(copy, anchor: nil, size: target.size, state)
            return .proceed
        case .mappingStart(let anchor, let tag, _, let location), .sequenceStart(let anchor, let tag, let location):
            guard state.stack.count < Self.maximumDepth else {
                diagnostics.emit(.yaml(.nestingTooDeep(limit: Self.maximumDepth)), at: location)
                return .stop
            }
            var isMapping = false, isFlow = false
            if case .mappingStart(_, _, let flow, _) = event { isMapping = true; isFlow = flow }
            state.stack.append(Frame(isMapping: isMapping, isFlow: isFlow, location: location, anchor: anchor, tag: tag))
            return .proceed
        case .mappingEnd, .sequenceEnd:
            let frame = state.stack.removeLast()
            let node: YAMLNode
            if frame.isMapping {
                guard let pairs = mergedPairs(frame.children, &diagnostics) else { return .stop }
                node = YAMLNode(kind: .mapping(pairs), location: frame.location, tag: frame.tag, isFlow: frame.isFlow)
            } else {
                node = YAMLNode(kind: .sequence(frame.children), location: frame.location, tag: frame.tag)
            }
            // Only an anchored node's size is ever read (by its aliases): counting every subtree
            // at every level made the tree walk depth times over.
            attach(node, anchor: frame.anchor, size: frame.anchor == nil ? 0 : Self.size(of: node), state)
            return .proceed
        }
    }

    private func attach(_ node: YAMLNode, anchor: String?, size: Int, _ state: State) {
        if let anchor { state.anchors[anchor] = (node, size) }
        if state.stack.isEmpty {
            state.root = node
        } else {
            state.stack[state.stack.count - 1].children.append(node)
        }
    }

    /// Key/value pairs with `<<` merge keys applied: keys written in the mapping win over merged ones.
    private func mergedPairs(_ children: [YAMLNode], _ diagnostics: inout DiagnosticCollector) -> [YAMLNode.Pair]? {
        var own: [YAMLNode.Pair] = []
        var merged: [YAMLNode.Pair] = []
        var index = 0
        while index + 1 < children.count {
            let key = children[index], value = children[index + 1]
            index += 2
            guard let k = key.scalar, k.style == .plain, k.value == "<<" else {
                own.append(.init(key: key, value: value))
                continue
            }
            let sources = value.items ?? [value]
            for source in sources {
                guard let pairs = source.pairs else {
                    diagnostics.emit(.yaml(.mergeNonMapping), at: source.location)
                    return nil
                }
                merged.append(contentsOf: pairs)
            }
        }
        // Without `<<` the mapping is as written: no key set to build.
        guard !merged.isEmpty else { return own }
        let ownKeys = Set(own.compactMap { $0.key.scalar?.value })
        var seen = Set<String>()
        let extra = merged.filter { pair in
            guard let name = pair.key.scalar?.value else { return true }
            return !ownKeys.contains(name) && seen.insert(name).inserted
        }
        return own + extra
    }

    private static func size(of node: YAMLNode) -> Int {
        switch node.kind {
        case .scalar: 1
        case .sequence(let items): items.reduce(1) { $0 + size(of: $1) }
        case .mapping(let pairs): pairs.reduce(1) { $0 + size(of: $1.key) + size(of: $1.value) }
        }
    }
}
