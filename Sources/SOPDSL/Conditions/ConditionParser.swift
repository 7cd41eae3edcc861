/// Parses and type-checks the condition language of decision exits (`jika:`).
///
/// Grammar, from loosest to tightest binding:
///
///     condition  := expression                     (must be ya/tidak)
///     expression := expression ("or" | "atau") expression
///                 | expression ("and" | "dan") expression
///                 | operand COMPARE operand        (not chained: `a < b < c` is an error)
///                 | ("not" | "bukan") expression   (binds tighter than comparisons)
///                 | "(" expression ")" | field | "text" | 'text' | number | ya | tidak | ...
///
/// It is a Pratt parser: each operator token has a binding power (see `infixPower`), so the
/// precedence lives in one small table instead of one grammar function per level.
public enum ConditionParser {
    /// Deeper nesting of parentheses or `not` is refused, so no input can exhaust the stack.
    static let maximumDepth = 64
    /// More binary operators than this are refused; it also bounds the depth of the tree.
    static let maximumOperators = 256

    /// `origin` is the location of the first character of `text` in the YAML file.
    /// Emits SOP401 (syntax), SOP402 (type), SOP204 (unknown field, with a "did you mean" note from EditDistance.didYouMean) into `diagnostics`; returns nil when any error was found.
    public static func parse(_ text: String, origin: SourceLocation, fields: [String: FieldSpec], diagnostics: inout DiagnosticCollector) -> Condition? {
        let scalars = Array(text.unicodeScalars)
        let map = ConditionSourceMap(scalars, origin: origin)
        let (tokens, lexical, dropped) = ConditionLexer.tokenize(scalars, map: map)
        var state = ConditionParserState(tokens: tokens, map: map, fields: fields, quiet: dropped)
        state.diagnostics.append(contentsOf: lexical)
        let expression = state.parseCondition()
        diagnostics.append(contentsOf: state.diagnostics.diagnostics)
        guard let expression, !state.diagnostics.hasErrors else { return nil }
        return Condition(source: Text(text, at: origin), expression: expression)
    }
}

/// The type of a condition operand, named as the authoring guide names them.
enum ConditionValueType: String, Sendable {
    case text = "teks", number = "angka", bool = "ya/tidak"

    /// Dates, phones, choices and the rest are compared as text.
    init(_ field: FieldType) {
        self = field == .number ? .number : field == .boolean ? .bool : .text
    }
}

/// A parsed operand with its type (nil when unknown because an error was already reported)
/// and how to name it in a message, e.g. `isian 'jumlah'` or `"teknis"`.
struct TypedCondition {
    var expression: ConditionExpression
    var type: ConditionValueType?
    var subject: String
    var field: FieldSpec? = nil
}

/// Thrown after a syntax error, which has already been reported.
struct ConditionSyntaxAbort: Error {}

struct ConditionParserState {
    let tokens: [ConditionToken]
    let map: ConditionSourceMap
    let fields: [String: FieldSpec]
    /// Syntax errors are not reported: the lexer dropped a character and already said so.
    let quiet: Bool
    var diagnostics = DiagnosticCollector()
    private(set) var position = 0
    private var operatorCount = 0
    /// Identifier tokens already looked up, so unknown fields are reported once each.
    private var checkedIdentifiers: Set<Int> = []

    init(tokens: [ConditionToken], map: ConditionSourceMap, fields: [String: FieldSpec], quiet: Bool) {
        self.tokens = tokens; self.map = map; self.fields = fields; self.quiet = quiet
    }

    private var peek: ConditionToken { tokens[position] }
    private mutating func advance() -> ConditionToken { defer { position += 1 }; return tokens[position] }
    func location(_ token: ConditionToken) -> SourceLocation { map.location(token.range.lowerBound) }

    /// The operator table: left and right binding powers (higher binds tighter; right > left
    /// makes a chain associate to the left).
    private static func infixPower(_ kind: ConditionToken.Kind) -> (left: Int, right: Int)? {
        switch kind {
        case .or: (10, 11)
        case .and: (20, 21)
        case .compare: (30, 31)
        default: nil
        }
    }
    /// `not` binds tighter than comparisons: `not a == b` is `(not a) == b`.
    private static let prefixNotPower = 40

    mutating func parseCondition() -> ConditionExpression? {
        if peek.kind == .end {
            if !quiet { diagnostics.emit(.condition(.emptyCondition), at: map.origin) }
            return nil
        }
        do {
            let result = try expression(minimumPower: 0, depth: 0)
            if peek.kind == .rightParen { try fail(.unmatchedClosingParenthesis, at: peek) }
            if peek.kind != .end { try expectedOperator() }
            requireBool(result, context: nil)
            return result.expression
        } catch {
            reportRemainingUnknownFields()
            return nil
        }
    }

    private mutating func expression(minimumPower: Int, depth: Int) throws(ConditionSyntaxAbort) -> TypedCondition {
        var lhs = try prefix(depth: depth)
        var afterComparison = false
        while let power = Self.infixPower(peek.kind), power.left >= minimumPower {
            let op = advance()
            if case .compare = op.kind, afterComparison {
                try fail(.chainedComparison, at: op)
            }
            operatorCount += 1
            if operatorCount > ConditionParser.maximumOperators {
                try fail(.tooManyOperators(limit: ConditionParser.maximumOperators), at: op)
            }
            let rhs = try expression(minimumPower: power.right, depth: depth)
            afterComparison = false
            if case .compare(let comparison) = op.kind {
                lhs = compare(comparison, lhs, rhs, token: op)
                afterComparison = true
            } else {
                requireBool(lhs, context: op); requireBool(rhs, context: op)
                let node: ConditionExpression = op.kind == .and ? .and(lhs.expression, rhs.expression) : .or(lhs.expression, rhs.expression)
                lhs = TypedCondition(expression: node, type: .bool, subject: OperandName.result(of: op.spelling))
            }
        }
        return lhs
    }

    private mutating func prefix(depth: Int) throws(ConditionSyntaxAbort) -> TypedCondition {
        let token = advance()
        let here = location(token)
        switch token.kind {
        case .not, .leftParen:
            if depth >= ConditionParser.maximumDepth {
                try fail(.nestedTooDeep(limit: ConditionParser.maximumDepth), at: token)
            }
            if token.kind == .not {
                let operand = try expression(minimumPower: Self.prefixNotPower, depth: depth + 1)
                // A failed operand leaves the type unknown, so `not kategori == "x"` gets one error, not two.
                let type: ConditionValueType? = requireBool(operand, context: token) && operand.type != nil ? .bool : nil
                return TypedCondition(expression: .not(operand.expression, here), type: type, subject: OperandName.result(of: token.spelling))
            }
            if peek.kind == .rightParen { try fail(.emptyParentheses, at: token) }
            let inner = try expression(minimumPower: 0, depth: depth + 1)
            if peek.kind == .end { try fail(.unclosedParenthesis, at: token) }
            if peek.kind != .rightParen { try expectedOperator() }
            position += 1
            return inner
        case .identifier(let name):
            checkedIdentifiers.insert(position - 1)
            guard let field = fields[name] else {
                reportUnknownField(name, token: token, afterComparison: isComparison(at: position - 2))
                return TypedCondition(expression: .field(name, here), type: nil, subject: OperandName.field(name))
            }
            return TypedCondition(expression: .field(name, here), type: ConditionValueType(field.type), subject: OperandName.field(name),
                                  field: field)
        case .number(let value): return TypedCondition(expression: .literal(.number(value), here), type: .number, subject: token.spelling)
        case .bool(let value): return TypedCondition(expression: .literal(.bool(value), here), type: .bool, subject: token.spelling)
        case .text(let value): return TypedCondition(expression: .literal(.text(value), here), type: .text, subject: OperandName.text(value))
        case .end:
            // parseCondition has ruled out an empty text, so an operator precedes the end.
            let before = tokens[position - 2]
            try fail(.incomplete(after: before.spelling), at: before)
        case .and, .or, .compare, .rightParen:
            if position >= 2 { try fail(.expectedValue(after: tokens[position - 2].spelling, found: token.spelling), at: token) }
            try fail(.startsWithOperator(token.spelling), at: token)
        }
    }

    private mutating func reportUnknownField(_ name: String, token: ConditionToken, afterComparison: Bool) {
        // A pasted paragraph is "all unknown fields"; a few dozen findings say enough.
        guard diagnostics.diagnostics.count < 32 else { return }
        diagnostics.emit(.reference(.unknownField(name, fields: fields.keys.sorted(), afterComparison: afterComparison)),
                         at: location(token))
    }

    /// After a syntax error, fields in the unread rest are still looked up: those errors are independent.
    private mutating func reportRemainingUnknownFields() {
        for (index, token) in tokens.enumerated() where !checkedIdentifiers.contains(index) {
            guard case .identifier(let name) = token.kind, fields[name] == nil else { continue }
            reportUnknownField(name, token: token, afterComparison: isComparison(at: index - 1))
        }
    }

    /// Two operands in a row, e.g. `a b` or `tidak selesai`.
    private mutating func expectedOperator() throws(ConditionSyntaxAbort) -> Never {
        let last = tokens[position - 1]
        let afterTidak = last.kind == .bool(false) && last.spelling.lowercased() == "tidak"
        try fail(.expectedOperator(after: last.spelling, found: peek.spelling, afterTidak: afterTidak), at: peek)
    }

    /// Reports a syntax error and abandons the parse: after one, the rest cannot be trusted.
    private mutating func fail(_ message: ConditionMessage, at token: ConditionToken) throws(ConditionSyntaxAbort) -> Never {
        if !quiet { diagnostics.emit(.condition(message), at: location(token)) }
        throw ConditionSyntaxAbort()
    }

    func isComparison(at index: Int) -> Bool {
        guard tokens.indices.contains(index), case .compare = tokens[index].kind else { return false }
        return true
    }
}

/// Type rules: and/or/not and the whole condition need ya/tidak; comparisons need equal types,
/// ordering needs numbers; a `pilihan` field is only compared with one of its options.
extension ConditionParserState {
    /// Reports a non-ya/tidak operand; returns false when it did.
    @discardableResult
    mutating func requireBool(_ operand: TypedCondition, context: ConditionToken?) -> Bool {
        guard let type = operand.type, type != .bool else { return true }
        let at = operand.expression.location
        guard let context else {
            diagnostics.emit(.condition(.conditionNotBool(subject: operand.subject, type: type, field: operand.field?.id)), at: at)
            return false
        }
        diagnostics.emit(.condition(.operandNotBool(operator: context.spelling, isNot: context.kind == .not,
                                                    comparisonFollows: isComparison(at: position), subject: operand.subject, type: type)),
                         at: at)
        return false
    }

    mutating func compare(_ op: ComparisonOperator, _ lhs: TypedCondition, _ rhs: TypedCondition, token: ConditionToken) -> TypedCondition {
        let here = location(token)
        let result = TypedCondition(expression: .compare(op, lhs.expression, rhs.expression, here), type: .bool,
                                    subject: OperandName.result(of: token.spelling))
        guard let left = lhs.type, let right = rhs.type else { return result }
        if left != right {
            diagnostics.emit(.condition(.mismatchedTypes(left: lhs.subject, leftType: left, right: rhs.subject, rightType: right,
                                                         unquote: Self.unquotable(lhs, rhs) + Self.unquotable(rhs, lhs))),
                             at: here)
        } else if op != .equal, op != .notEqual, left != .number {
            // Text has no order a drafter could rely on ("10" < "9"; dates in any format), so only numbers are ordered.
            diagnostics.emit(left == .bool ? .condition(.orderingOnBool(operator: op.rawValue))
                                           : .condition(.orderingOnText(operator: op.rawValue, subject: lhs.subject)), at: here)
        } else if left == .text {
            checkOption(field: lhs, value: rhs)
            checkOption(field: rhs, value: lhs)
        }
        return result
    }

    /// `jumlah == "3"` or `selesai == "ya"`: the quotes are the likely mistake, so the text to write bare.
    private static func unquotable(_ quoted: TypedCondition, _ other: TypedCondition) -> [String] {
        guard case .literal(.text(let content), _) = quoted.expression else { return [] }
        let fits = switch other.type {
        case .number: Double(content) != nil && content.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
        case .bool: ["ya", "tidak", "benar", "salah", "true", "false"].contains(content.lowercased())
        default: false
        }
        return fits ? [content] : []
    }

    private mutating func checkOption(field: TypedCondition, value: TypedCondition) {
        guard let spec = field.field, spec.type == .choice, !spec.options.isEmpty,
              case .literal(.text(let text), let at) = value.expression,
              !spec.options.contains(where: { Value.textEquals($0, text) }) else { return }
        diagnostics.emit(.condition(.notAnOption(text, field: spec.id, options: spec.options)), at: at)
    }
}
