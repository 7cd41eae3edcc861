/// SOP0xx: reading the file and its YAML syntax.
enum YAMLMessage: DiagnosticMessageFamily {
    case fileNotFound
    case isDirectory
    case unreadable
    case fileTooLarge(bytes: Int, limit: Int)
    case emptyFile
    case noDocument
    case multipleDocuments
    case nestingTooDeep(limit: Int)
    case undefinedAlias(String, anchors: [String])
    case aliasExpansion(limit: Int)
    case mergeNonMapping
    /// libyaml's `problem` (English; nil when it gave none), and where the construct it was
    /// reading began, when that is elsewhere.
    case syntax(problem: String?, context: YAMLSyntaxContext?)

    static let codePrefix = "SOP0"

    var content: MessageContent {
        let needsContent = "SOP paling sedikit memuat 'identitas', 'pelaksana' dan 'langkah'"
        switch self {
        case .fileNotFound:
            return MessageContent(.unreadableFile, "berkas tidak ditemukan", notes: ["periksa nama dan lokasi berkas"])
        case .isDirectory:
            return MessageContent(.unreadableFile, "ini sebuah folder, bukan berkas SOP")
        case .unreadable:
            return MessageContent(.unreadableFile, "berkas tidak dapat dibaca", notes: ["periksa izin akses berkas"])
        case .fileTooLarge(let bytes, let limit):
            return MessageContent(.fileTooLarge, "berkas terlalu besar (\(bytes / 1_048_576) MB; batas \(limit / 1_048_576) MB)",
                                  notes: ["bagi SOP ini menjadi beberapa SOP yang saling terkait"])
        case .emptyFile:
            return MessageContent(.emptyDocument, "berkas kosong", notes: [needsContent])
        case .noDocument:
            return MessageContent(.emptyDocument, "berkas tidak memuat dokumen YAML", notes: [needsContent])
        case .multipleDocuments:
            return MessageContent(.multipleDocuments, "berkas memuat lebih dari satu dokumen YAML",
                                  notes: ["satu berkas memuat satu SOP; hapus '---' atau pisahkan ke berkas lain"])
        case .nestingTooDeep(let limit):
            return MessageContent(.nestingTooDeep, "struktur terlalu dalam (lebih dari \(limit) tingkat)",
                                  notes: ["SOP tidak memerlukan bersarang sedalam ini; periksa indentasi"])
        case .undefinedAlias(let name, let anchors):
            return MessageContent(.badAlias, "alias '*\(name)' merujuk anchor yang belum didefinisikan",
                                  notes: EditDistance.didYouMean(name, among: anchors))
        case .aliasExpansion(let limit):
            return MessageContent(.badAlias, "alias mengembang menjadi terlalu banyak nilai",
                                  notes: ["batasnya \(limit) nilai; kurangi pemakaian alias"])
        case .mergeNonMapping:
            return MessageContent(.badMergeKey, "'<<' hanya dapat menggabungkan mapping",
                                  notes: ["tulis '<<: *nama_anchor' yang merujuk sebuah mapping"])
        case .syntax(let problem, let context):
            let translated = YAMLErrorTranslation.translate(problem ?? "galat tidak dikenal")
            let started = context.map {
                ["\(YAMLErrorTranslation.context($0.name)) yang dimulai di baris \($0.line), kolom \($0.column)"]
            } ?? []
            return MessageContent(.yamlSyntax, translated.message, notes: started + translated.notes)
        }
    }

    static let examples: [YAMLMessage] = [
        .fileNotFound, .syntax(problem: "did not find expected key", context: nil), .emptyFile, .nestingTooDeep(limit: 64),
        .fileTooLarge(bytes: 65 * 1_048_576, limit: 64 * 1_048_576), .undefinedAlias("a", anchors: []), .multipleDocuments,
        .mergeNonMapping,
    ]
}

/// Where libyaml began the construct it failed in (its English context name, 1-based position).
struct YAMLSyntaxContext: Hashable, Sendable {
    var name: String
    var line: Int
    var column: Int
}

/// Notes `YAMLDocument` puts first under a syntax error once it has looked at the source lines.
enum YAMLSyntaxHint: Hashable, Sendable {
    /// `waktu: -` reads as the start of a list; the author meant the text "-".
    case bareDash(key: String)
    /// A quote opened on `line` and never closed.
    case unclosedQuote(Character, line: Int)

    var text: String {
        switch self {
        case .bareDash(let key): "untuk tanda '-' sebagai nilai (tanpa standar waktu), beri tanda kutip: \(key): \"-\""
        case .unclosedQuote(let quote, let line): "tanda kutip \(quote) di baris \(line) belum ditutup"
        }
    }
}
