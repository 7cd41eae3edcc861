import SOPDSL
import SOPEngine

/// The logged-in staff member and what the office tree lets them see: their own office's cases
/// and those of the offices below it. Acting is the engine's to decide (role, office, delegation).
struct Viewer: Sendable {
    let member: StaffMember
    let office: Office
    let session: Session

    /// A case is visible to the office it belongs to, to every office above that one, and to
    /// the office holding it now (an escalation's answering office is always an ancestor).
    func sees(home: String?, holder: String?, in offices: OfficeDirectory) -> Bool {
        guard let home else { return false }
        return offices.oversees(office.id, home) || holder == office.id
    }
}
