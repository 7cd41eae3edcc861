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
                throw notOf(key, steps: [step], sop: sop, opening: false)
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

    /// KASUS013: `key` is no field of `steps`. Names the step it belongs to (or a near miss) and
    /// the fields `steps` do take; `opening`: the steps a new case starts with (`sop kasus buka`).
    static func notOf(_ key: String, steps: [Step], sop: SOP, opening: Bool) -> EngineError {
        let accepted = steps.flatMap(\.fields).map(\.id)
        let owner = sop.steps.first { $0.fields.contains { $0.id == key } }
        var hint = owner.map { "isian itu diisi pada langkah '\($0.id)'" + (opening ? ", sesudah kasus dibuka: 'sop kasus lakukan <nomor kasus> \($0.id) --isi \(key)=...'" : "") }
            ?? EditDistance.suggestion(for: key, among: accepted).map { "mungkin maksud Anda '\($0)'?" } ?? "isian itu tidak ada di SOP ini"
        let which = opening ? "saat membuka kasus diterima isian langkah pembuka" : "isian langkah ini"
        hint += accepted.isEmpty ? (opening ? "; langkah pembuka tidak memiliki isian" : "; langkah ini tidak memiliki isian")
            : "; \(which): \(accepted.joined(separator: ", "))"
        return EngineError.unknownField(key, step: steps.map(\.id).joined(separator: ", "), hint: hint)
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
