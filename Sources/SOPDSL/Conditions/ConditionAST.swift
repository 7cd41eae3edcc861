/// A decision exit's condition over case data, e.g. `kategori == "teknis" and not selesai_di_tempat`.
public struct Condition: Hashable, Sendable, Codable {
    /// The condition as written, for printing.
    public var source: Text
    public var expression: ConditionExpression

    public init(source: Text, expression: ConditionExpression) {
        self.source = source
        self.expression = expression
    }
}

/// The syntax tree of the condition language. Every node keeps where it was written.
public indirect enum ConditionExpression: Hashable, Sendable, Codable {
    case literal(Value, SourceLocation)
    /// A case field by id.
    case field(String, SourceLocation)
    case not(ConditionExpression, SourceLocation)
    case and(ConditionExpression, ConditionExpression)
    case or(ConditionExpression, ConditionExpression)
    case compare(ComparisonOperator, ConditionExpression, ConditionExpression, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .literal(_, let l), .field(_, let l), .not(_, let l), .compare(_, _, _, let l): l
        case .and(let lhs, _), .or(let lhs, _): lhs.location
        }
    }
}

public enum ComparisonOperator: String, Hashable, Sendable, Codable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A typed value of case data or of a condition literal. Never `Any`.
/// Encoded as a bare JSON string, number or boolean, so recorded case data reads naturally.
public enum Value: Hashable, Sendable, Codable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case bool(Bool)

    public var description: String {
        switch self {
        case .text(let s): s
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): b ? "ya" : "tidak"
        }
    }
}

extension Value {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let b = try? container.decode(Bool.self) { self = .bool(b) }
        else if let n = try? container.decode(Double.self) { self = .number(n) }
        else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let s): try container.encode(s)
        case .number(let n): try container.encode(n)
        case .bool(let b): try container.encode(b)
        }
    }
}
