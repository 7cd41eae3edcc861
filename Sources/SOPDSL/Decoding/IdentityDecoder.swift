import Foundation

/// Decodes `identitas:`, the identity page.
enum IdentityDecoder {
    static let keys = [
        "instansi", "unit", "nomor", "nama", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
        "tanggal_pengesahan", "disahkan_oleh", "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan",
        "peralatan", "peringatan", "pencatatan", "kop", "logo",
    ]

    static func decode(_ node: YAMLNode, context: DecodingContext) -> Identity? {
        guard let map = MappingReader(node, subject: "identitas", allowed: keys, context: context) else { return nil }
        let agency = map.text("instansi", required: true)
        let number = map.text("nomor", required: true)
        let name = map.text("nama", required: true)
        // An empty date (tanggal_revisi: "") means "none yet", as on printed forms.
        func date(_ key: String) -> IdentityDate? {
            guard let node = map.value(key), let written = node.scalar?.value.trimmingCharacters(in: .whitespaces), !written.isEmpty else { return nil }
            return identityDate(node, written: written, key: key, context)
        }
        var effectiveLabel = EffectiveDateLabel.efektif
        var effective = date("tanggal_efektif")
        if map.has("tanggal_pengesahan") {
            if map.has("tanggal_efektif"), let at = map.keyLocation("tanggal_pengesahan") {
                context.emit(.keyValue(.effectiveAndApprovalDate), at: at)
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
            records: map.textList("pencatatan"), letterhead: map.textList("kop"), logo: logo(map, context),
            location: node.location)
        return agency == nil || number == nil || name == nil ? nil : identity
    }

    /// A date as printed: a whole date (ISO prints in the long form, "2 Juni 2025" as written), a
    /// month and year ("Agustus 2023"), or "-".
    private static func identityDate(_ node: YAMLNode, written: String, key: String, _ context: DecodingContext) -> IdentityDate? {
        let at = node.contentLocation
        if ["-", "\u{2013}", "\u{2014}"].contains(written) { return IdentityDate(printed: written, date: nil, location: at) }
        let words = written.split(separator: " ")
        if words.count == 2, let year = Int(words[1]), (1900...2200).contains(year),
           SOPDate.monthNames.contains(where: { $0.lowercased() == words[0].lowercased() }) {
            return IdentityDate(printed: written, date: nil, location: at)
        }
        guard let date = ScalarReader.date(node, key: key, context: context) else { return nil }
        let isISO = written.first?.isNumber == true && written.contains("-")
        return IdentityDate(printed: isISO ? date.printed : written, date: date, location: at)
    }

    /// `logo:` names an image file next to the SOP; the printer embeds it.
    private static func logo(_ map: MappingReader, _ context: DecodingContext) -> Text? {
        guard let file = map.text("logo") else { return nil }
        let lower = file.value.lowercased()
        guard [".png", ".jpg", ".jpeg", ".svg"].contains(where: lower.hasSuffix) else {
            context.emit(.keyValue(.logoNotImage(file.value)), at: file.location)
            return nil
        }
        let base = URL(fileURLWithPath: context.file).deletingLastPathComponent()
        let target = file.value.hasPrefix("/") ? URL(fileURLWithPath: file.value) : base.appendingPathComponent(file.value)
        guard FileManager.default.isReadableFile(atPath: target.path) else {
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: base.path))?
                .filter { [".png", ".jpg", ".jpeg", ".svg"].contains(where: $0.lowercased().hasSuffix) } ?? []
            context.emit(.keyValue(.logoNotFound(file.value, siblings: siblings)), at: file.location)
            return nil
        }
        return file
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
        if let file, context.checksLinkedFiles { checkLinkedFile(file, context) }
        return RelatedSOP(title: title, file: file, location: node.location)
    }

    /// A linked SOP must exist next to (or relative to) the file that names it.
    private static func checkLinkedFile(_ file: Text, _ context: DecodingContext) {
        let base = URL(fileURLWithPath: context.file).deletingLastPathComponent()
        let target = file.value.hasPrefix("/") ? URL(fileURLWithPath: file.value) : base.appendingPathComponent(file.value)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) || isDirectory.boolValue {
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: base.path))?.filter { $0.hasSuffix(".yaml") } ?? []
            context.emit(.reference(.linkedSOPNotFound(file.value, siblings: siblings)), at: file.location)
        }
    }
}
