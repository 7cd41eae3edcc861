import Foundation
import SOPDSL

/// Decides who is acting and whether they may: staff by roster role (own or delegated, at the
/// moment of the event), outside parties by name and contact.
struct ActorResolver {
    let sop: SOP
    let authorization: Authorization?

    func resolve(_ request: StepRequest, step: Step, at instant: Date) throws -> ActorRecord {
        let roles = step.actors.map(\.id)
        let externalRoles = roles.filter { sop.actor($0)?.isExternal == true }
        let staffRoles = roles.filter { !externalRoles.contains($0) }
        if !staffRoles.isEmpty, let authorization, let member = try? authorization.person(request.actingAs) {
            return try staff(member, roles: staffRoles, step: step, at: instant, authorization)
        }
        if let role = externalRoles.first {
            guard let contact = request.contact?.trimmingCharacters(in: .whitespaces), !contact.isEmpty else {
                throw EngineError.contactRequired(step: step.id)
            }
            try validate(contact: contact)
            if let bad = UnsafeText.firstUnsafe(in: request.actingAs + contact) {
                throw EngineError.invalidField(field: "sebagai", label: "nama pihak luar",
                                               reason: "memuat karakter kendali \(bad) yang tidak terlihat; ketik ulang tanpa karakter itu")
            }
            return ActorRecord(kind: .external, id: request.actingAs, name: request.actingAs, role: role, contact: contact)
        }
        guard let authorization else { throw EngineError.rosterRequired(step: step.id) }
        let member = try authorization.person(request.actingAs)
        return try staff(member, roles: staffRoles, step: step, at: instant, authorization)
    }

    private func staff(_ member: StaffMember, roles: [String], step: Step, at instant: Date, _ authorization: Authorization) throws -> ActorRecord {
        let grants = authorization.grants(for: member, at: instant)
        if let grant = grants.first(where: { roles.contains($0.role) }) {
            let via = grant.delegation.map { "\($0.kind.rawValue) untuk NIP \($0.replaced.id)" }
            return ActorRecord(kind: .staff, id: member.nip, name: member.name.value, role: grant.role, delegation: via)
        }
        let person = "\(member.name.value) (NIP \(member.nip))"
        if let lapsed = authorization.lapsedDelegations(for: member, roles: roles, at: instant).first {
            throw EngineError.delegationLapsed(person: person, step: step.id,
                detail: "penunjukan \(lapsed.kind.rawValue) berlaku \(lapsed.from) s.d. \(lapsed.until), tidak pada waktu langkah ini")
        }
        throw EngineError.wrongRole(person: person, step: step.id, needed: roles.map { sop.actor($0)?.label.value ?? $0 },
                                    held: Array(Set(grants.map(\.role))).sorted())
    }

    private func validate(contact: String) throws {
        let asPhone = FieldSpec(id: "kontak", label: "Kontak", type: contact.contains("@") ? .email : .phone, location: .unknown())
        if case .failure(let error) = FieldValidator.value(contact, for: asPhone) { throw error }
    }
}
