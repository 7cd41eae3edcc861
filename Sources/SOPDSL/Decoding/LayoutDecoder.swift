/// Decodes `tampilan:`, the document's own wording and layout of its tables.
enum LayoutDecoder {
    static let keys = ["judul_kolom", "mutu_baku", "nomor_kolom", "nomor_kolom_keterangan", "ulangi_judul",
                       "penghubung_halaman", "judul_identitas"]
    static let columnKeys = ["no", "kegiatan", "pelaksana", "mutu_baku", "kelengkapan", "waktu", "output", "keterangan"]

    static func decode(_ node: YAMLNode?, context: DecodingContext) -> Layout {
        var layout = Layout()
        guard let node, let map = MappingReader(node, subject: "tampilan", allowed: keys, context: context) else { return layout }
        layout.location = node.location
        if let headings = map.value("judul_kolom"),
           let columns = MappingReader(headings, subject: "judul_kolom", allowed: columnKeys, context: context) {
            func heading(_ key: String) -> String? { columns.value(key).flatMap { printed($0, key: key, context) } }
            if let v = heading("no") { layout.headings.number = v }
            if let v = heading("kegiatan") { layout.headings.activity = v }
            if columns.has("pelaksana") {
                // `tidak`: no group cell at all; "" an empty one.
                let node = columns.value("pelaksana")
                if let word = node?.scalar, word.style == .plain, ScalarReader.falseWords.contains(word.value.lowercased()) {
                    layout.headings.actors = nil
                } else {
                    layout.headings.actors = node.flatMap { printed($0, key: "pelaksana", context) } ?? ""
                }
            }
            if let v = heading("mutu_baku") { layout.headings.qualityStandard = v }
            if let v = heading("kelengkapan") { layout.headings.requirements = v }
            if let v = heading("waktu") { layout.headings.time = v }
            if let v = heading("output") { layout.headings.output = v }
            if let v = heading("keterangan") { layout.headings.note = v }
        }
        if let list = map.list("mutu_baku") {
            var columns: [QualityColumn] = []
            for item in list {
                guard let text = ScalarReader.text(item, key: "mutu_baku", context: context) else { continue }
                guard let column = QualityColumn(rawValue: text.value.lowercased()) else {
                    context.emit(.keyValue(.unknownQualityColumn(text.value, columns: QualityColumn.allCases.map(\.rawValue))),
                                 at: text.location)
                    continue
                }
                if columns.contains(column) {
                    context.emit(.reference(.duplicateQualityColumn(text.value)), at: text.location)
                    continue
                }
                columns.append(column)
            }
            layout.qualityColumns = columns
        }
        layout.numberedColumns = map.bool("nomor_kolom") ?? false
        layout.numberNoteColumn = map.bool("nomor_kolom_keterangan") ?? true
        layout.repeatHeader = map.bool("ulangi_judul") ?? true
        if let text = map.text("penghubung_halaman") {
            if let labels = OffPageLabels(rawValue: text.value.lowercased()) { layout.offPageLabels = labels } else {
                context.emit(.keyValue(.offPageLabels(text.value)), at: text.location)
            }
        }
        if let labels = map.value("judul_identitas"),
           let identity = MappingReader(labels, subject: "judul_identitas", allowed: Layout.identityDefaults.map(\.key), context: context) {
            for (key, _) in Layout.identityDefaults {
                if let value = identity.value(key).flatMap({ printed($0, key: key, context) }) { layout.identityHeadings[key] = value }
            }
        }
        return layout
    }

    /// A heading as printed: any text, including an empty "" (an empty cell).
    private static func printed(_ node: YAMLNode, key: String, _ context: DecodingContext) -> String? {
        guard let scalar = node.scalar else {
            context.emit(.keyValue(.notText(key, found: node.kindName)), at: node.location)
            return nil
        }
        return scalar.value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
