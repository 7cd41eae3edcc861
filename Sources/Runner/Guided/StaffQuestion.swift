import Foundation
import SOPDSL
import SOPEngine

/// A staff member offered at a "who" question, with the grant that lets them act (their own
/// role, or a Plh./Plt. delegation in force at that moment).
struct Candidate {
    let member: StaffMember
    let role: String
    let delegation: Delegation?
}

/// Finding the person a guided command asks for in the roster: by number, NIP, name, or the
/// start of the name (or of one of its words).
enum StaffQuestion {
    /// Who in the roster holds one of `roles` at `instant`, by the engine's own authorization.
    static func eligible(_ authorization: Authorization, roles: [String], at instant: Date) -> [Candidate] {
        authorization.roster.staff.compactMap { member in
            authorization.grants(for: member, at: instant).first { roles.contains($0.role) }
                .map { Candidate(member: member, role: $0.role, delegation: $0.delegation) }
        }
    }

    /// "Rina Wulandari (NIP 1990...) — Helpdesk KPU Kab/Kota", with the delegation when there is one.
    static func describe(_ candidate: Candidate, sop: SOP, roster: Roster) -> String {
        var text = "\(candidate.member.name.value) (NIP \(candidate.member.nip)) — \(sop.actor(candidate.role)?.label.value ?? candidate.role)"
        if let delegation = candidate.delegation {
            let replaced = roster.staff.first { $0.nip == delegation.replaced.id }?.name.value ?? "NIP \(delegation.replaced.id)"
            text += ", \(delegation.kind.rawValue) untuk \(replaced)"
        }
        return text
    }

    enum Match {
        case one(Candidate)
        case several([Candidate])
        case none
    }

    /// Number, NIP or exact name first; then a start of the name or of one of its words.
    static func match(_ answer: String, among candidates: [Candidate]) -> Match {
        if let n = Int(answer), (1...max(candidates.count, 1)).contains(n), n <= candidates.count { return .one(candidates[n - 1]) }
        let nip = answer.filter { !$0.isWhitespace }
        if let byNIP = candidates.first(where: { $0.member.nip == nip }) { return .one(byNIP) }
        let wanted = answer.lowercased()
        let exact = candidates.filter { $0.member.name.value.lowercased() == wanted }
        if exact.count == 1 { return .one(exact[0]) }
        if exact.count > 1 { return .several(exact) }
        let starting = candidates.filter { candidate in
            let name = candidate.member.name.value.lowercased()
            return name.hasPrefix(wanted) || name.split(separator: " ").contains { $0.hasPrefix(wanted) }
        }
        switch starting.count {
        case 0: return .none
        case 1: return .one(starting[0])
        default: return .several(starting)
        }
    }

    /// A short number (a place in a list), not a NIP or another staff number.
    static func isListNumber(_ answer: String) -> Bool {
        answer.count <= 4 && Int(answer) != nil
    }

    /// The numbered list said again when a name matches several.
    static func ambiguous(_ answer: String, _ matches: [Candidate], in list: [Candidate]) -> Rejection {
        let named = matches.map { match in
            let number = list.firstIndex { $0.member.nip == match.member.nip }.map { "\($0 + 1). " } ?? ""
            return "\(number)\(match.member.name.value) (NIP \(match.member.nip))"
        }
        return Rejection("'\(answer)' cocok dengan beberapa petugas: \(named.joined(separator: "; ")); ketik nama lebih lengkap, NIP atau nomornya")
    }
}
