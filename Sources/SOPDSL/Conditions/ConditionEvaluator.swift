/// Why a condition could not be decided for a case.
public enum ConditionEvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The condition needs this field and the case has no value for it yet: the engine should
    /// ask for it rather than take a branch on a guess.
    case unfilled(field: String)
    /// A value used as a condition (the whole condition, or an operand of and/or/not) is not ya/tidak.
    case notBoolean(Value)
    /// The two sides cannot be compared with this operator (different types, or ordering non-numbers).
    case incomparable(ComparisonOperator, Value, Value)

    /// The message for people, in Bahasa Indonesia.
    public var description: String {
        switch self {
        case .unfilled(let field): "isian '\(field)' belum diisi"
        case .notBoolean(let value): "nilai '\(value)' bukan ya/tidak"
        case .incomparable(let op, let lhs, let rhs): "nilai '\(lhs)' dan '\(rhs)' tidak dapat dibandingkan dengan '\(op.rawValue)'"
        }
    }
}

extension Value {
    /// Text equality in conditions ignores case: drafters write "Teknis" in the SOP where the
    /// option or the typed answer is "teknis", and no SOP distinguishes two answers by case alone.
    static func textEquals(_ lhs: String, _ rhs: String) -> Bool {
        lhs.lowercased() == rhs.lowercased()
    }
}

extension Condition {
    /// Decides the condition for a case's data (field id -> value).
    ///
    /// `and`/`or` need a missing field only when the other side does not already decide the
    /// result (`ya or x` is true whatever `x` is), so an unfilled field blocks no more than it must.
    public func evaluate(_ data: [String: Value]) -> Result<Bool, ConditionEvaluationError> {
        Result { () throws(ConditionEvaluationError) -> Bool in try expression.truth(in: data) }
    }

    /// The field ids the condition reads, in order of first appearance.
    public var fieldIDs: [String] {
        var seen: [String] = []
        expression.collectFields(into: &seen)
        return seen
    }
}

extension ConditionExpression {
    func truth(in data: [String: Value]) throws(ConditionEvaluationError) -> Bool {
        switch self {
        case .not(let operand, _):
            return try !operand.truth(in: data)
        case .and(let lhs, let rhs):
            return try Self.combine(lhs, rhs, data, deciding: false)
        case .or(let lhs, let rhs):
            return try Self.combine(lhs, rhs, data, deciding: true)
        case .compare(let op, let lhs, let rhs, _):
            return try Self.compare(op, lhs.value(in: data), rhs.value(in: data))
        case .literal, .field:
            let value = try value(in: data)
            guard case .bool(let truth) = value else { throw .notBoolean(value) }
            return truth
        }
    }

    /// `deciding` is the value that settles the result on its own: false for and, true for or.
    private static func combine(
        _ lhs: ConditionExpression, _ rhs: ConditionExpression, _ data: [String: Value], deciding: Bool
    ) throws(ConditionEvaluationError) -> Bool {
        let left = Result { () throws(ConditionEvaluationError) in try lhs.truth(in: data) }
        if case .success(deciding) = left { return deciding }
        let right = Result { () throws(ConditionEvaluationError) in try rhs.truth(in: data) }
        if case .success(deciding) = right, case .failure(.unfilled) = left { return deciding }
        return try (left.get(), right.get()).1
    }

    private func value(in data: [String: Value]) throws(ConditionEvaluationError) -> Value {
        switch self {
        case .literal(let value, _): return value
        case .field(let id, _):
            guard let value = data[id] else { throw .unfilled(field: id) }
            return value
        default: return .bool(try truth(in: data))
        }
    }

    private static func compare(_ op: ComparisonOperator, _ lhs: Value, _ rhs: Value) throws(ConditionEvaluationError) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)):
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            }
        case (.text(let a), .text(let b)) where op == .equal || op == .notEqual:
            return Value.textEquals(a, b) == (op == .equal)
        case (.bool(let a), .bool(let b)) where op == .equal || op == .notEqual:
            return (a == b) == (op == .equal)
        default:
            throw .incomparable(op, lhs, rhs)
        }
    }

    func collectFields(into seen: inout [String]) {
        switch self {
        case .field(let id, _): if !seen.contains(id) { seen.append(id) }
        case .literal: break
        case .not(let operand, _): operand.collectFields(into: &seen)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs, _):
            lhs.collectFields(into: &seen); rhs.collectFields(into: &seen)
        }
    }
}
