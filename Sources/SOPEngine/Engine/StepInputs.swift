import Foundation
import SOPDSL

/// The fields and kelengkapan a step request brings, checked against the step's declarations.
struct StepInputs {
    var fields: [String: Value]
    var present: [String]
    var missingOptional: [String]

    static func check(_ request: StepRequest, step: Step, sop: SOP, data: [String: Value]) throws -> StepInputs {
        var fields: [String: Value] = [:]
        for (key, raw) in request.fields.sorted(by: { $0.key < $1.key }) {
            guard let field = step.fields.first(where: { $0.id == key }) else {
                let owner = sop.steps.first { $0.fields.contains { $0.id == key } }
                let hint = owner.map { "isian itu diisi pada langkah '\($0.id)'" }
                    ?? EditDistance.suggestion(for: key, among: step.fields.map(\.id)).map { "mungkin maksud Anda '\($0)'?" }
                throw EngineError.unknownField(key, step: step.id, hint: hint)
            }
            fields[key] = try FieldValidator.value(raw, for: field).get()
        }
        let missing = step.fields.filter { $0.isRequired && fields[$0.id] == nil && data[$0.id] == nil }
        if !missing.isEmpty { throw EngineError.missingFields(missing.map { "\($0.id) (\($0.label.value))" }) }

        let present = try confirmed(request.present, step: step)
        let absent = step.requirements.filter { !present.contains($0.name.value) }
        let absentRequired = absent.filter(\.isRequired)
        if !absentRequired.isEmpty { throw EngineError.missingRequirements(absentRequired.map(\.name.value)) }
        return StepInputs(fields: fields, present: present, missingOptional: absent.map(\.name.value))
    }

    /// "semua", names (case-insensitive) or 1-based numbers -> the requirement names confirmed.
    private static func confirmed(_ items: [String], step: Step) throws -> [String] {
        let names = step.requirements.map(\.name.value)
        var out: [String] = []
        for item in items.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) where !item.isEmpty {
            if ["semua", "all"].contains(item.lowercased()) { return names }
            if let n = Int(item), (1...max(names.count, 1)).contains(n), n <= names.count { out.append(names[n - 1]); continue }
            guard let name = names.first(where: { $0.lowercased() == item.lowercased() }) else {
                throw EngineError.unknownRequirement(item, suggestion: EditDistance.suggestion(for: item, among: names))
            }
            out.append(name)
        }
        return out
    }
}
