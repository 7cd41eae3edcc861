/// A YAML node with the 1-based place it starts. Scalars stay untyped text:
/// the SOP schema (the decoder) decides what a scalar means, never YAML 1.1 resolution.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    public struct Scalar: Sendable {
        public var value: String
        public var style: ScalarStyle
    }

    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public var kind: Kind
    public var location: SourceLocation
    /// An explicit tag such as `!bebas`, if the author wrote one.
    public var tag: String?
    /// A mapping written in flow style, `{a: 1, b: 2}`: an unquoted comma there splits the text.
    public var isFlow: Bool

    public init(kind: Kind, location: SourceLocation, tag: String? = nil, isFlow: Bool = false) {
        self.kind = kind
        self.location = location
        self.tag = tag
        self.isFlow = isFlow
    }

    public var scalar: Scalar? { if case .scalar(let s) = kind { s } else { nil } }
    public var pairs: [Pair]? { if case .mapping(let p) = kind { p } else { nil } }
    public var items: [YAMLNode]? { if case .sequence(let i) = kind { i } else { nil } }

    /// A plain `~`, `null` or empty scalar: "no value" in every YAML schema.
    public var isNull: Bool {
        guard let s = scalar, s.style == .plain else { return false }
        return s.value.isEmpty || s.value == "~" || s.value == "null" || s.value == "Null" || s.value == "NULL"
    }

    /// Where the text of a scalar begins (after an opening quote), for errors inside the text.
    public var contentLocation: SourceLocation {
        switch scalar?.style {
        case .singleQuoted, .doubleQuoted: location.advanced(by: 1)
        default: location
        }
    }

    /// Names the node's kind for messages, in Bahasa Indonesia.
    public var kindName: String {
        switch kind {
        case .scalar: "teks"
        case .mapping: "mapping (kunci: nilai)"
        case .sequence: "daftar"
        }
    }
}

public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}
