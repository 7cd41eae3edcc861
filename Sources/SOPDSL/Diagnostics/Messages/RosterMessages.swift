/// SOP7xx: rosters (daftar petugas), their delegations and the offices they belong to (kantor.yaml).
enum RosterMessage: DiagnosticMessageFamily {
    /// `nip` as written; `normalized` without spaces, as NIPs are compared.
    case unknownStaff(written: String, normalized: String, staff: [String])
    case delegationEndsBeforeStart
    case unknownOffice(written: String, offices: [String])
    case officeParentLevel(String, level: String, parent: String, parentLevel: String)
    case officeWithoutParent(String, level: String)
    case staffWithoutOffice(String)

    static let codePrefix = "SOP7"

    var content: MessageContent {
        switch self {
        case .unknownStaff(let written, let normalized, let staff):
            MessageContent(.unknownStaff, "NIP '\(written)' tidak ada di daftar staf", notes: EditDistance.didYouMean(normalized, among: staff))
        case .delegationEndsBeforeStart:
            MessageContent(.invalidPeriod, "delegasi berakhir sebelum dimulai")
        case .unknownOffice(let written, let offices):
            MessageContent(.unknownOffice, "kantor '\(written)' tidak ada di daftar kantor", notes: EditDistance.didYouMean(written, among: offices))
        case .officeParentLevel(let office, let level, let parent, let parentLevel):
            MessageContent(.officeHierarchy, "kantor '\(office)' (\(level)) tidak dapat berinduk ke '\(parent)' (\(parentLevel))",
                           notes: ["kabupaten_kota berinduk ke provinsi, provinsi berinduk ke pusat; pusat tidak berinduk"])
        case .officeWithoutParent(let office, let level):
            MessageContent(.officeHierarchy, "kantor '\(office)' (\(level)) tidak menyebut 'induk'",
                           notes: ["hanya kantor tingkat pusat yang tidak berinduk"])
        case .staffWithoutOffice(let nip):
            MessageContent(.unknownOffice, "staf NIP \(nip) tidak menyebut 'kantor'",
                           notes: ["dengan daftar kantor, setiap staf menyebut id kantornya, misalnya kantor: kpu_muratara"])
        }
    }

    static let examples: [RosterMessage] = [
        .unknownStaff(written: "1985", normalized: "1985", staff: []), .delegationEndsBeforeStart,
        .unknownOffice(written: "kpu_mura", offices: ["kpu_muratara"]),
        .officeParentLevel("kpu_muratara", level: "kabupaten_kota", parent: "kpu", parentLevel: "pusat"),
        .officeWithoutParent("kpu_sumsel", level: "provinsi"), .staffWithoutOffice("1985"),
    ]
}
