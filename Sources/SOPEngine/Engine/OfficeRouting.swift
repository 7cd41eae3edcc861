import Foundation
import SOPDSL

/// Which office answers for a step of a case, and whether the person acting belongs to it: a
/// case stays its home office's, and a step whose actor sits at a higher level is answered by
/// the home office's ancestor at that level (a kabupaten's case escalated to its provinsi).
struct OfficeRouting {
    let directory: OfficeDirectory?
    let home: String?

    /// The office that answers at `level` (the home office when no level is known).
    func holder(at level: OrgLevel?) -> String? {
        guard let directory, let home else { return nil }
        return directory.responsible(for: home, at: level)?.id ?? home
    }

    /// Staff act only for the office answering at their step's level; outside parties are not
    /// of any office. Nothing is checked for a case without an office.
    func check(_ actor: ActorRecord, step: Step, sop: SOP, authorization: Authorization?) throws {
        guard home != nil else { return }
        // A case of one office among many is never acted on without knowing the offices.
        guard let directory else { throw EngineError.officesRequired }
        guard actor.kind == .staff,
              let member = authorization?.roster.staff.first(where: { $0.nip == actor.id }) else { return }
        let level = actor.role.flatMap { sop.actor($0)?.level }
        guard let responsible = holder(at: level) else { return }
        let theirs = member.office?.value
        guard theirs != responsible else { return }
        func named(_ id: String?) -> String {
            guard let id else { return "(tanpa kantor)" }
            return directory.office(id).map { "\($0.name.value) (\(id))" } ?? id
        }
        throw EngineError.wrongOffice(person: "\(member.name.value) (NIP \(member.nip))", step: step.id,
                                      theirs: named(theirs), responsible: named(responsible))
    }
}
