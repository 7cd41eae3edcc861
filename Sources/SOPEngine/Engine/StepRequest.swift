import Foundation
import SOPDSL

/// One `sop kasus lakukan`: who does which step of which case, with what.
public struct StepRequest: Sendable {
    public var caseID: String
    public var step: String
    /// NIP or name of a staff member; for an outside party, their name.
    public var actingAs: String
    /// Phone or email of an outside party.
    public var contact: String?
    /// Field values as typed (`--isi nama=Budi`).
    public var fields: [String: String]
    /// Kelengkapan confirmed present: names or 1-based numbers; "semua" for all.
    public var present: [String]
    /// The decision exit label chosen, where the SOP leaves it to judgement.
    public var choice: String?
    /// When the step really happened, if it is recorded later from paper.
    public var occurredAt: Date?
    public var outputProduced: Bool
    public var note: String?

    public init(caseID: String, step: String, actingAs: String, contact: String? = nil, fields: [String: String] = [:],
                present: [String] = ["semua"], choice: String? = nil, occurredAt: Date? = nil, outputProduced: Bool = true,
                note: String? = nil) {
        self.caseID = caseID; self.step = step; self.actingAs = actingAs; self.contact = contact; self.fields = fields
        self.present = present; self.choice = choice; self.occurredAt = occurredAt; self.outputProduced = outputProduced
        self.note = note
    }
}

/// What doing a step produced.
public struct StepOutcome: Sendable {
    public var event: CaseEvent
    /// The case after this step. Its `events` hold only this step's event; `CaseEngine.state(of:)`
    /// folds the whole history.
    public var state: CaseState
    /// Where the case now waits in a desk queue, when its next step has one.
    public var queue: QueuePosition?
}

public struct QueuePosition: Sendable, Hashable {
    public var desk: String
    /// 1 = served now (nobody ahead).
    public var position: Int
}
