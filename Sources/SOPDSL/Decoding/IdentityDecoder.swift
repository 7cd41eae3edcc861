import Foundation

/// Decodes `identitas:`, the identity page.
enum IdentityDecoder {
    static let keys = [
        "instansi", "unit", "nomor", "nama", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
        "tanggal_pengesahan", "disahkan_oleh", "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan",
        "peralatan", "peringatan", "pencatatan",
    ]

    static func decode(_ node: YAMLNode, context: DecodingContext) -> Identity? {
        guard let map = MappingReader(node, subject: "identitas", allowed: keys, context: context) else { return nil }
        let agency = map.text("instansi", required: true)
        let number = map.text("nomor", required: true)
        let name = map.text("nama", required: true)
        // An empty date (tanggal_revisi: "") means "none yet", as on printed forms.
        func date(_ key: String) -> SOPDate? {
            guard let node = map.value(key), node.scalar?.value.trimmingCharacters(in: .whitespaces).isEmpty != true else { return nil }
            return ScalarReader.date(node, key: key, context: context)
        }
        var effectiveLabel = EffectiveDateLabel.efektif
        var effective = date("tanggal_efektif")
        if map.has("tanggal_pengesahan") {
            if map.has("tanggal_efektif"), let at = map.keyLocation("tanggal_pengesahan") {
                context.emit(.conflictingKeys, "tulis 'tanggal_efektif' atau 'tanggal_pengesahan', tidak keduanya",
                             at: at, notes: ["keduanya dicetak pada baris yang sama di halaman identitas"])
            }
            effectiveLabel = .pengesahan
            effective = date("tanggal_pengesahan")
        }
        let identity = Identity(
            agency: agency ?? Text("", at: node.location), unit: map.text("unit"),
            number: number ?? Text("", at: node.location), name: name ?? Text("", at: node.location),
            createdOn: date("tanggal_pembuatan"), revisedOn: date("tanggal_revisi"), effectiveOn: effective,
            effectiveLabel: effectiveLabel, approvedBy: map.value("disahkan_oleh").flatMap { approver($0, context) },
            legalBasis: map.textList("dasar_hukum"), qualifications: map.textList("kualifikasi_pelaksana"),
            relatedSOPs: (map.value("keterkaitan").map { $0.items ?? [$0] } ?? []).compactMap { related($0, context) },
            equipment: map.textList("peralatan"), warnings: map.textList("peringatan"),
            records: map.textList("pencatatan"), location: node.location)
        return agency == nil || number == nil || name == nil ? nil : identity
    }

    private static func approver(_ node: YAMLNode, _ context: DecodingContext) -> Approver? {
        guard let map = MappingReader(node, subject: "disahkan_oleh", allowed: ["jabatan", "nama", "nip"], context: context),
              let position = map.text("jabatan", required: true) else { return nil }
        return Approver(position: position, name: map.text("nama"), nip: map.text("nip"), location: node.location)
    }

    private static func related(_ node: YAMLNode, _ context: DecodingContext) -> RelatedSOP? {
        if node.scalar != nil {
            return ScalarReader.text(node, key: "keterkaitan", context: context)
                .map { RelatedSOP(title: $0, file: nil, location: node.location) }
        }
        guard let map = MappingReader(node, subject: "keterkaitan", allowed: ["judul", "berkas"], context: context),
              let title = map.text("judul", required: true) else { return nil }
        let file = map.text("berkas")
        if let file { checkLinkedFile(file, context) }
        return RelatedSOP(title: title, file: file, location: node.location)
    }

    /// A linked SOP must exist next to (or relative to) the file that names it.
    private static func checkLinkedFile(_ file: Text, _ context: DecodingContext) {
        let base = URL(fileURLWithPath: context.file).deletingLastPathComponent()
        let target = file.value.hasPrefix("/") ? URL(fileURLWithPath: file.value) : base.appendingPathComponent(file.value)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) || isDirectory.boolValue {
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: base.path))?.filter { $0.hasSuffix(".yaml") } ?? []
            context.emit(.missingLinkedSOP, "berkas SOP terkait '\(file.value)' tidak ditemukan", at: file.location,
                         notes: EditDistance.didYouMean(file.value, among: siblings))
        }
    }
}
