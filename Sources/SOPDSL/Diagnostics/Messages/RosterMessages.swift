/// SOP7xx: rosters (daftar petugas) and their delegations.
enum RosterMessage: DiagnosticMessageFamily {
    /// `nip` as written; `normalized` without spaces, as NIPs are compared.
    case unknownStaff(written: String, normalized: String, staff: [String])
    case delegationEndsBeforeStart

    static let codePrefix = "SOP7"

    var content: MessageContent {
        switch self {
        case .unknownStaff(let written, let normalized, let staff):
            MessageContent(.unknownStaff, "NIP '\(written)' tidak ada di daftar staf", notes: EditDistance.didYouMean(normalized, among: staff))
        case .delegationEndsBeforeStart:
            MessageContent(.invalidPeriod, "delegasi berakhir sebelum dimulai")
        }
    }

    static let examples: [RosterMessage] = [
        .unknownStaff(written: "1985", normalized: "1985", staff: []), .delegationEndsBeforeStart,
    ]
}
