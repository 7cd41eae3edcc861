import Foundation
import SOPDSL

/// Picks a decision's exit: by condition where the SOP gives conditions, else the actor's choice.
enum DecisionResolver {
    static func resolve(_ step: Step, data: [String: Value], choice: String?) throws -> Exit? {
        guard let decision = step.decision else { return nil }
        let names = decision.exits.map(\.name)
        // An exit is chosen by its printed label or by its id (exits without a label have only an id).
        let chosen = try choice.map { c -> Exit in
            let wanted = c.lowercased()
            guard let exit = decision.exits.first(where: { $0.label?.value.lowercased() == wanted })
                    ?? decision.exits.first(where: { $0.id.lowercased() == wanted }) else {
                throw EngineError.invalidChoice(c, exits: names)
            }
            return exit
        }
        var holding: [Exit] = []
        for exit in decision.exits {
            guard let condition = exit.condition else { continue }
            switch condition.evaluate(data) {
            case .success(true): holding.append(exit)
            case .success(false): break
            case .failure(let error):
                throw EngineError.conditionUndecided(step: step.id, reason: describe(error))
            }
        }
        if let decided = holding.first {
            if let chosen, chosen.id != decided.id {
                throw EngineError.choiceContradictsCondition(chosen: chosen.name, decided: decided.name)
            }
            return decided
        }
        if let chosen {
            guard chosen.condition == nil else {
                throw EngineError.conditionUndecided(step: step.id, reason: "kondisi cabang '\(chosen.name)' tidak terpenuhi")
            }
            return chosen
        }
        if decision.isAutomatic { throw EngineError.conditionUndecided(step: step.id, reason: "tidak ada kondisi cabang yang terpenuhi") }
        throw EngineError.choiceRequired(step: step.id, exits: decision.exits.filter { $0.condition == nil }.map(\.name))
    }

    private static func describe(_ error: ConditionEvaluationError) -> String {
        switch error {
        case .unfilled(let field): "isian '\(field)' belum diisi"
        default: "\(error)"
        }
    }
}

/// What is left for a person to decide at a step, by the rule `CaseEngine.perform` applies:
/// for a guided `sop kasus lakukan`, which asks only when the SOP leaves the exit to judgement.
public enum PendingDecision: Sendable, Hashable {
    /// Not a decision.
    case none
    /// A condition on the case data takes this exit.
    case decided(Exit)
    /// The actor chooses one of these exits (those without a condition).
    case choose([Exit])

    /// Throws the engine's own refusal when no exit can be taken (KASUS019).
    public static func of(_ step: Step, data: [String: Value]) throws -> PendingDecision {
        do {
            return try DecisionResolver.resolve(step, data: data, choice: nil).map(PendingDecision.decided) ?? .none
        } catch EngineError.choiceRequired {
            return .choose(step.decision?.exits.filter { $0.condition == nil } ?? [])
        }
    }
}

/// Which organisational level holds a case: the level of whoever acts next.
enum Levels {
    static func holding(after next: [String], current: Step, sop: SOP) -> OrgLevel? {
        for id in next {
            guard let step = sop.step(id) else { continue }
            if let level = step.actors.compactMap({ sop.actor($0.id)?.level }).first(where: { $0 != .eksternal }) { return level }
        }
        return current.actors.compactMap { sop.actor($0.id)?.level }.first { $0 != .eksternal }
    }
}
