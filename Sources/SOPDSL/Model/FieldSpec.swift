/// A typed piece of case data a step records (isian), e.g. the attendance list's columns.
public struct FieldSpec: Hashable, Sendable, Codable {
    /// Unique within the SOP; conditions refer to fields by this id.
    public var id: String
    public var label: Text
    public var type: FieldType
    public var isRequired: Bool
    /// Allowed values for `pilihan` fields.
    public var options: [String]
    public var location: SourceLocation

    public init(id: String, label: Text, type: FieldType, isRequired: Bool = true, options: [String] = [], location: SourceLocation) {
        self.id = id; self.label = label; self.type = type; self.isRequired = isRequired
        self.options = options; self.location = location
    }
}

/// The types a field may have, named as authors write them in `tipe:`.
public enum FieldType: String, Hashable, Sendable, Codable, CaseIterable {
    case text = "teks"
    case number = "angka"
    case date = "tanggal"
    case dateTime = "tanggal_waktu"
    case phone = "telepon"
    case email = "email"
    case choice = "pilihan"
    case boolean = "ya_tidak"
    case signature = "tanda_tangan"
}
