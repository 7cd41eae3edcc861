import SOPDSL

/// What in the old version corresponds to what in the new one: symbols by id (and by probable
/// rename, reported as such), actors likewise, rows by the symbols they hold.
struct Correspondence {
    let old: SOP
    let new: SOP
    /// Old step id -> new step id.
    let steps: [String: String]
    /// New step id -> old step id.
    let stepsBack: [String: String]
    /// Old actor id -> new actor id (ids renamed; every other id maps to itself).
    let actors: [String: String]
    /// Old row index -> new row index.
    var rows: [Int: Int] = [:]
    var rowsBack: [Int: Int] = [:]
    /// Old row index of each old step, new row index of each new step.
    let oldRowOf: [String: Int]
    let newRowOf: [String: Int]

    init(old: SOP, new: SOP, stepRenames: [ProbableRename], actorRenames: [ProbableRename]) {
        self.old = old; self.new = new
        var steps: [String: String] = [:]
        for step in old.steps where new.step(step.id) != nil { steps[step.id] = step.id }
        for rename in stepRenames { steps[rename.oldID] = rename.newID }
        self.steps = steps
        stepsBack = Dictionary(steps.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        actors = Dictionary(actorRenames.map { ($0.oldID, $0.newID) }, uniquingKeysWith: { a, _ in a })
        oldRowOf = Dictionary(old.steps.map { ($0.id, $0.rowIndex) }, uniquingKeysWith: { a, _ in a })
        newRowOf = Dictionary(new.steps.map { ($0.id, $0.rowIndex) }, uniquingKeysWith: { a, _ in a })
    }

    func actor(_ oldID: String) -> String { actors[oldID] ?? oldID }
    func step(_ oldID: String) -> String { steps[oldID] ?? oldID }

    /// Column headers of actors, as `sop` prints them.
    func actorNames(_ ids: [String], in sop: SOP) -> String {
        ids.map { sop.actor($0)?.label.value ?? $0 }.joined(separator: ", ")
    }

    /// "baris 4", with the table's title when the SOP has several tables.
    func rowName(_ index: Int, in sop: SOP) -> String {
        let row = sop.rows[index]
        guard sop.procedures.count > 1, sop.procedures.indices.contains(row.procedure) else { return "baris \(row.number)" }
        let procedure = sop.procedures[row.procedure]
        return "baris \(row.number) \(procedure.title?.value ?? procedure.id)"
    }

    /// A symbol as printed: its shape, its text, its columns.
    func describe(_ step: Step, in sop: SOP) -> String {
        Printed.shape(step.shape) + (step.text.map { " \"\($0.value)\"" } ?? "") + " di kolom " + actorNames(step.actors.map(\.id), in: sop)
    }
}
