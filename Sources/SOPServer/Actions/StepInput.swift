import Foundation

/// What a staff member submits for one step, from the page's form or the API's JSON alike.
struct StepInput: Sendable {
    var step: String
    var fields: [String: String] = [:]
    /// Kelengkapan ticked present (names or 1-based numbers); nil means all of them (as the CLI).
    var present: [String]?
    var choice: String?
    var note: String?
    /// `--pada`: when it really happened, in the office's zone or ISO 8601.
    var occurredAt: String?
    /// For a step an outside party does (a party's representative at the desk): name and contact.
    var outsideName: String?
    var contact: String?
    var outputProduced = true
}

/// What opening a case takes: the SOP, the opening fields and a note.
struct OpenInput: Sendable {
    var sop: String
    var fields: [String: String] = [:]
    var note: String?
    var occurredAt: String?
}
