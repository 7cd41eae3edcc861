/// How the signed document words and lays out its tables (`tampilan`): the printer reproduces
/// these exactly instead of the regulation's defaults.
public struct Layout: Hashable, Sendable, Codable {
    public var headings: ColumnHeadings
    /// Which Mutu Baku columns exist, in printed order.
    public var qualityColumns: [QualityColumn]
    /// A row "(1) (2) ... (n)" under the header.
    public var numberedColumns: Bool
    /// Whether the Keterangan column gets its number in that row.
    public var numberNoteColumn: Bool
    /// The header is printed again on every page.
    public var repeatHeader: Bool
    public var offPageLabels: OffPageLabels
    /// Identity labels as printed, by YAML key (`nomor`, `nama`, `keterkaitan`, ...).
    public var identityHeadings: [String: String]
    public var location: SourceLocation

    public init(headings: ColumnHeadings = ColumnHeadings(), qualityColumns: [QualityColumn] = [.requirements, .time, .output],
                numberedColumns: Bool = false, numberNoteColumn: Bool = true, repeatHeader: Bool = true,
                offPageLabels: OffPageLabels = .letters, identityHeadings: [String: String] = [:],
                location: SourceLocation = .unknown()) {
        self.headings = headings; self.qualityColumns = qualityColumns; self.numberedColumns = numberedColumns
        self.numberNoteColumn = numberNoteColumn; self.repeatHeader = repeatHeader; self.offPageLabels = offPageLabels
        self.identityHeadings = identityHeadings; self.location = location
    }

    /// The identity label for a YAML key, as this document prints it.
    public func identityHeading(_ key: String, default fallback: String) -> String {
        identityHeadings[key] ?? fallback
    }

    /// Identity keys whose printed label may be set, with the regulation's default.
    public static let identityDefaults: [(key: String, label: String)] = [
        ("nomor", "Nomor SOP"), ("tanggal_pembuatan", "Tanggal Pembuatan"), ("tanggal_revisi", "Tanggal Revisi"),
        ("tanggal_efektif", "Tanggal Efektif"), ("disahkan_oleh", "Disahkan oleh"), ("nama", "Nama SOP"),
        ("dasar_hukum", "Dasar Hukum"), ("kualifikasi_pelaksana", "Kualifikasi Pelaksana"),
        ("keterkaitan", "Keterkaitan"), ("peralatan", "Peralatan/Perlengkapan"), ("peringatan", "Peringatan"),
        ("pencatatan", "Pencatatan dan Pendataan"),
    ]
}

/// The flowchart table's column headings.
public struct ColumnHeadings: Hashable, Sendable, Codable {
    public var number = "No"
    public var activity = "Kegiatan"
    /// The group cell over the actor lanes; "" prints an empty cell; nil prints no group cell
    /// (the lane headers span both header rows).
    public var actors: String? = "Pelaksana"
    public var qualityStandard = "Mutu Baku"
    public var requirements = "Kelengkapan"
    public var time = "Waktu"
    public var output = "Output"
    public var note = "Keterangan"

    public init() {}

    public func heading(of column: QualityColumn) -> String {
        switch column {
        case .requirements: requirements
        case .time: time
        case .output: output
        }
    }
}

public enum QualityColumn: String, Hashable, Sendable, Codable, CaseIterable {
    case requirements = "kelengkapan"
    case time = "waktu"
    case output
}

public enum OffPageLabels: String, Hashable, Sendable, Codable {
    /// A, B, ... Z, AA, ...
    case letters = "huruf"
    /// Empty pentagons, as many signed documents print them.
    case empty = "kosong"
}

/// What a bare "hari" counts: set by the SOP (`hari:`) or the office calendar.
public enum DayReading: String, Hashable, Sendable, Codable {
    case working = "kerja"
    case calendar = "kalender"
}

/// A lint warning the signed document has and the author keeps (`abaikan`).
public struct Acknowledgement: Hashable, Sendable, Codable {
    public var code: String
    public var reason: Text
    public var location: SourceLocation

    public init(code: String, reason: Text, location: SourceLocation) {
        self.code = code; self.reason = reason; self.location = location
    }
}
