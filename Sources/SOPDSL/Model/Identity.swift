/// The identity page (Bagian Identitas) in the regulation's order.
public struct Identity: Hashable, Sendable, Codable {
    public var agency: Text            // instansi
    public var unit: Text?             // unit kerja
    public var number: Text            // nomor
    public var name: Text              // nama (Nama SOP)
    public var createdOn: IdentityDate?     // tanggal_pembuatan
    public var revisedOn: IdentityDate?     // tanggal_revisi
    public var effectiveOn: IdentityDate?   // tanggal_efektif or tanggal_pengesahan
    /// How the effective date is labelled on this office's form.
    public var effectiveLabel: EffectiveDateLabel
    public var approvedBy: Approver?   // disahkan_oleh
    public var legalBasis: [Text]      // dasar_hukum
    public var qualifications: [Text]  // kualifikasi_pelaksana
    public var relatedSOPs: [RelatedSOP] // keterkaitan
    public var equipment: [Text]       // peralatan
    public var warnings: [Text]        // peringatan
    public var records: [Text]         // pencatatan
    /// The letterhead (kop), line by line; empty: `agency` and `unit`.
    public var letterhead: [Text]      // kop
    /// An image file relative to the SOP, embedded in the printed HTML.
    public var logo: Text?             // logo
    public var location: SourceLocation

    public init(
        agency: Text, unit: Text? = nil, number: Text, name: Text, createdOn: IdentityDate? = nil,
        revisedOn: IdentityDate? = nil, effectiveOn: IdentityDate? = nil, effectiveLabel: EffectiveDateLabel = .efektif,
        approvedBy: Approver? = nil, legalBasis: [Text] = [], qualifications: [Text] = [],
        relatedSOPs: [RelatedSOP] = [], equipment: [Text] = [], warnings: [Text] = [], records: [Text] = [],
        letterhead: [Text] = [], logo: Text? = nil, location: SourceLocation
    ) {
        self.agency = agency; self.unit = unit; self.number = number; self.name = name
        self.createdOn = createdOn; self.revisedOn = revisedOn; self.effectiveOn = effectiveOn
        self.effectiveLabel = effectiveLabel; self.approvedBy = approvedBy; self.legalBasis = legalBasis
        self.qualifications = qualifications; self.relatedSOPs = relatedSOPs; self.equipment = equipment
        self.warnings = warnings; self.records = records; self.letterhead = letterhead; self.logo = logo
        self.location = location
    }
}

/// A date on the identity page, printed exactly as the document prints it: "2 Juni 2025",
/// "Agustus 2023" (month and year), "-". `date` is set when the text names a whole day.
public struct IdentityDate: Hashable, Sendable, Codable {
    public var printed: String
    public var date: SOPDate?
    public var location: SourceLocation

    public init(printed: String, date: SOPDate?, location: SourceLocation) {
        self.printed = printed; self.date = date; self.location = location
    }

    /// A whole date, printed in the regulation's long form.
    public init(_ date: SOPDate) {
        self.init(printed: date.printed, date: date, location: date.location)
    }
}

public enum EffectiveDateLabel: String, Hashable, Sendable, Codable {
    case efektif, pengesahan

    public var printed: String {
        switch self {
        case .efektif: "Tanggal Efektif"
        case .pengesahan: "Tanggal Pengesahan"
        }
    }
}

/// Disahkan oleh: the signing official.
public struct Approver: Hashable, Sendable, Codable {
    public var position: Text   // jabatan
    public var name: Text?      // nama
    public var nip: Text?       // NIP
    public var location: SourceLocation

    public init(position: Text, name: Text?, nip: Text?, location: SourceLocation) {
        self.position = position; self.name = name; self.nip = nip; self.location = location
    }
}

/// Keterkaitan: free text, or a link to another SOP file that the loader checks exists.
public struct RelatedSOP: Hashable, Sendable, Codable {
    public var title: Text
    /// Path of the linked SOP file, relative to the file that names it.
    public var file: Text?
    public var location: SourceLocation

    public init(title: Text, file: Text?, location: SourceLocation) {
        self.title = title; self.file = file; self.location = location
    }
}

/// A calendar date as written on the identity page.
public struct SOPDate: Hashable, Sendable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var location: SourceLocation

    public init(year: Int, month: Int, day: Int, location: SourceLocation) {
        self.year = year; self.month = month; self.day = day; self.location = location
    }

    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// "01 Agustus 2022", as printed on signed SOPs.
    public var printed: String {
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(d) \(Self.monthNames[month - 1]) \(year)"
    }

    /// "2022-08-01".
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (a: SOPDate, b: SOPDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

extension SOPDate {
    /// Parses "2022-08-01" or "1 Agustus 2022" (no location: for text typed at the CLI).
    public static func parse(_ text: String) -> SOPDate? {
        ScalarReader.parseDate(text, at: .unknown())
    }
}
