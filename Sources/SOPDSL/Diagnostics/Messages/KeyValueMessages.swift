/// SOP1xx: the keys a mapping may have and the types and values written at them, in SOPs,
/// calendars and rosters. `subject` names what is being read ("langkah 'hadir'", "identitas");
/// `found` is a node's kind name (`YAMLNode.kindName`).
enum KeyValueMessage: DiagnosticMessageFamily {
    // Mappings and their keys (MappingReader, ScalarReader).
    case notAMapping(subject: String, found: String)
    case keyNotText
    case duplicateKey(String, subject: String, firstLine: Int)
    case unknownKey(String, subject: String, allowed: [String])
    /// `{bebas: Secara berkala, serta merta}`: the comma cut the text `name: value` short.
    case unquotedComma(name: String, value: String, key: String)
    case missingKey(String, subject: String)
    case emptyValue(String, subject: String)
    case empty(String)
    /// A control or bidirectional-override character hidden in a text.
    case unsafeCharacter(String, code: String)
    case notText(String, found: String)
    case notTextOrList(String, found: String)
    case notAList(String, found: String)
    case notBool(String, found: String)
    case notYesNo(String, written: String)
    case invalidIdentifier(String, suggestion: String?)
    case invalidDate(String, key: String)

    // The SOP file.
    case unsupportedFormat(String)
    case stepsAndProcedures
    case noSteps
    case dayReading(String, inCalendar: Bool)
    case unknownAcknowledgedCode(String)
    case acknowledgedError(DiagnosticCode)
    case effectiveAndApprovalDate
    case logoNotImage(String)
    case logoNotFound(String, siblings: [String])
    case unknownQualityColumn(String, columns: [String])
    case offPageLabels(String)
    case unknownLevel(String, levels: [String])
    case reservedFieldID(String, label: String)
    case choiceWithoutOptions(field: String)
    case unknownFieldType(String, types: [String])
    case symbolKeyOnRow(String, subject: String)
    case unknownShape(String, subject: String, shapes: [String])
    case exitsOnNonDecision(subject: String, shape: String)
    case decisionWithoutExits(subject: String)
    case together(String)
    case conflictingFlow(subject: String, keys: [String])
    case questionWithoutExits(subject: String)
    case exitNeedsLabel(number: Int)
    case everyAndAt(subject: String)
    case everyNotMinutes
    case noSchedule(subject: String)
    case invalidClockTime(String)

    // Calendars and rosters.
    case unknownDayOffKind(String, kinds: [String])
    case workingDayPolicy(String, policies: [String])
    case rosterTimeZone(String)
    case delegationKind(String)
    case invalidDateTime(String)

    static let codePrefix = "SOP1"

    var content: MessageContent {
        switch self {
        case .notAMapping(let subject, let found):
            MessageContent(.wrongType, "\(subject) harus berupa mapping (kunci: nilai), bukan \(found)")
        case .keyNotText:
            MessageContent(.wrongType, "kunci harus berupa teks")
        case .duplicateKey(let key, let subject, let firstLine):
            MessageContent(.duplicateKey, "kunci '\(key)' ditulis dua kali di \(subject)",
                           notes: ["penulisan pertama ada di baris \(firstLine); hapus salah satunya"])
        case .unknownKey(let key, let subject, let allowed):
            MessageContent(.unknownKey, "kunci '\(key)' tidak dikenal di \(subject)",
                           notes: CommonNotes.closest(key, among: allowed, orAll: "kunci yang diizinkan di sini"))
        case .unquotedComma(let name, let value, let key):
            MessageContent(.unquotedCommaInFlow, "koma di dalam {...} memotong teks '\(name)': '\(key)' terbaca sebagai kunci baru",
                           notes: ["beri tanda kutip pada teks yang memuat koma, misalnya \(name): \"\(value), \(key)\"",
                                   "atau tulis mapping ini dalam bentuk blok (satu kunci per baris)"])
        case .missingKey(let key, let subject):
            MessageContent(.missingKey, "\(subject) tidak memiliki kunci wajib '\(key)'")
        case .emptyValue(let key, let subject):
            MessageContent(.emptyValue, "'\(key)' di \(subject) tidak boleh kosong")
        case .empty(let key):
            MessageContent(.emptyValue, "'\(key)' tidak boleh kosong")
        case .unsafeCharacter(let key, let code):
            MessageContent(.invalidValue, "'\(key)' memuat karakter kendali \(code) yang tidak terlihat",
                           notes: ["karakter seperti ini dapat mengubah tampilan teks di layar; hapus lalu ketik ulang teksnya"])
        case .notText(let key, let found):
            MessageContent(.wrongType, "'\(key)' harus berupa teks, bukan \(found)")
        case .notTextOrList(let key, let found):
            MessageContent(.wrongType, "'\(key)' harus berupa teks atau daftar teks, bukan \(found)")
        case .notAList(let key, let found):
            MessageContent(.wrongType, "'\(key)' harus berupa daftar (butir diawali '- '), bukan \(found)")
        case .notBool(let key, let found):
            MessageContent(.wrongType, "'\(key)' harus berupa ya atau tidak, bukan \(found)")
        case .notYesNo(let key, let written):
            MessageContent(.invalidValue, "'\(key)' harus berupa ya atau tidak, bukan '\(written)'")
        case .invalidIdentifier(let written, let suggestion):
            MessageContent(.invalidIdentifier, "id '\(written)' tidak sah: gunakan huruf kecil, angka dan garis bawah, diawali huruf",
                           notes: suggestion.map { ["misalnya '\($0)'"] } ?? [])
        case .invalidDate(let written, let key):
            MessageContent(.invalidDate, "tanggal '\(written)' tidak dikenali di '\(key)'",
                           notes: ["tulis seperti 2022-08-01 atau 1 Agustus 2022"])

        case .unsupportedFormat(let written):
            MessageContent(.invalidValue, "format '\(written)' tidak didukung; versi yang didukung: 1 dan 2")
        case .stepsAndProcedures:
            MessageContent(.conflictingKeys, "tulis 'langkah' (satu tabel) atau 'prosedur' (beberapa tabel), tidak keduanya",
                           notes: ["pindahkan 'langkah' ke dalam salah satu prosedur"])
        case .noSteps:
            MessageContent(.emptyValue, "'langkah' harus memuat paling sedikit satu langkah")
        case .dayReading(let written, let inCalendar):
            // A calendar's `hari` sets the reading for every SOP that uses it: say so there.
            MessageContent(.invalidValue, "'hari' harus 'kerja' atau 'kalender', bukan '\(written)'",
                           notes: EditDistance.didYouMean(written.lowercased(), among: ["kerja", "kalender"])
                               + (inCalendar ? ["menentukan arti 'N hari' tanpa keterangan pada SOP yang memakai kalender ini"] : []))
        case .unknownAcknowledgedCode(let written):
            MessageContent(.badAcknowledgement, "kode '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written.uppercased(), among: DiagnosticCode.allCases.map(\.rawValue)))
        case .acknowledgedError(let code):
            MessageContent(.badAcknowledgement, "\(code.rawValue) adalah galat, bukan peringatan: galat tidak dapat diabaikan",
                           notes: ["perbaiki SOP-nya; hanya peringatan yang boleh diabaikan"])
        case .effectiveAndApprovalDate:
            MessageContent(.conflictingKeys, "tulis 'tanggal_efektif' atau 'tanggal_pengesahan', tidak keduanya",
                           notes: ["keduanya dicetak pada baris yang sama di halaman identitas"])
        case .logoNotImage(let file):
            MessageContent(.badLogo, "logo '\(file)' harus berkas PNG, JPEG atau SVG",
                           notes: ["simpan logo sebagai .png, .jpg atau .svg di samping berkas SOP"])
        case .logoNotFound(let file, let siblings):
            MessageContent(.badLogo, "berkas logo '\(file)' tidak ditemukan",
                           notes: EditDistance.didYouMean(file, among: siblings) + ["path logo relatif terhadap berkas SOP ini"])
        case .unknownQualityColumn(let written, let columns):
            MessageContent(.invalidValue, "kolom Mutu Baku '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written.lowercased(), among: columns)
                               + ["kolom yang ada: kelengkapan, waktu, output (judulnya diatur di 'judul_kolom')"])
        case .offPageLabels(let written):
            MessageContent(.invalidValue, "'penghubung_halaman' harus 'huruf' atau 'kosong', bukan '\(written)'",
                           notes: EditDistance.didYouMean(written.lowercased(), among: ["huruf", "kosong"]))
        case .unknownLevel(let written, let levels):
            MessageContent(.invalidValue, "tingkat '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written, among: levels) + ["pilihan: \(levels.joined(separator: ", "))"])
        case .reservedFieldID(let id, let label):
            MessageContent(.invalidIdentifier, "id isian '\(id)' adalah kata kunci bahasa kondisi",
                           notes: ["pilih nama lain, misalnya '\(id)_\(label.lowercased().filter(\.isLetter).prefix(8))'"])
        case .choiceWithoutOptions(let field):
            MessageContent(.missingKey, "isian '\(field)' bertipe pilihan memerlukan 'pilihan'",
                           notes: ["contoh: pilihan: [teknis, administratif]"])
        case .unknownFieldType(let written, let types):
            MessageContent(.invalidValue, "tipe isian '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written, among: types) + ["pilihan: \(types.joined(separator: ", "))"])
        case .symbolKeyOnRow(let key, let subject):
            MessageContent(.symbolKeyOnRow, "kunci '\(key)' milik simbol, tetapi \(subject) memakai daftar 'simbol'",
                           notes: ["pindahkan '\(key)' ke dalam simbol yang dimaksud di 'simbol'"])
        case .unknownShape(let written, let subject, let shapes):
            MessageContent(.invalidValue, "bentuk '\(written)' tidak dikenal di \(subject)",
                           notes: EditDistance.didYouMean(written.lowercased(), among: shapes)
                               + ["bentuk yang ada: \(shapes.joined(separator: ", "))"])
        case .exitsOnNonDecision(let subject, let shape):
            MessageContent(.exitsNeedDecision, "\(subject) memiliki cabang keputusan tetapi bentuknya '\(shape)'",
                           notes: ["cabang hanya keluar dari belah ketupat: tulis 'bentuk: keputusan'"])
        case .decisionWithoutExits(let subject):
            MessageContent(.exitsNeedDecision, "\(subject) berbentuk keputusan tetapi tidak memiliki 'cabang'",
                           notes: ["tulis cabang-cabangnya di 'cabang', atau pakai 'bentuk: proses'"])
        case .together(let written):
            MessageContent(.invalidValue, "'bersama' harus 'semua' atau 'salah_satu', bukan '\(written)'",
                           notes: EditDistance.didYouMean(written.lowercased(), among: ["semua", "salah_satu"]))
        case .conflictingFlow(let subject, let keys):
            MessageContent(.conflictingKeys, "\(subject) memakai '\(keys.joined(separator: "' dan '"))' sekaligus",
                           notes: ["sebuah simbol berakhir (selesai), bercabang (cabang), atau lanjut ke simbol lain (ke)"])
        case .questionWithoutExits(let subject):
            MessageContent(.exitsNeedDecision, "'pertanyaan' di \(subject) memerlukan 'cabang'",
                           notes: ["pertanyaan hanya untuk simbol keputusan; teks di dalam simbol ditulis di 'teks'"])
        case .exitNeedsLabel(let number):
            MessageContent(.missingKey, "cabang ke-\(number) memerlukan 'label'",
                           notes: ["label bawaan hanya 'Ya' dan 'Tidak' untuk dua cabang pertama"])
        case .everyAndAt(let subject):
            MessageContent(.conflictingKeys, "\(subject) memakai 'setiap' dan 'pukul' sekaligus",
                           notes: ["pilih salah satu: selang waktu (setiap) atau jam tetap (pukul)"])
        case .everyNotMinutes:
            MessageContent(.invalidValue, "'setiap' harus berupa selang menit atau jam, misalnya '1 jam'")
        case .noSchedule(let subject):
            MessageContent(.missingKey, "\(subject) memerlukan 'setiap' atau 'pukul'")
        case .invalidClockTime(let written):
            MessageContent(.invalidValue, "jam '\(written)' tidak dikenali", notes: ["tulis seperti 08.00 atau 17:30"])

        case .unknownDayOffKind(let written, let kinds):
            MessageContent(.invalidValue, "jenis libur '\(written)' tidak dikenal",
                           notes: EditDistance.didYouMean(written, among: kinds) + ["jenis yang diterima: \(kinds.joined(separator: ", "))"])
        case .workingDayPolicy(let written, let policies):
            MessageContent(.invalidValue, "'hari_kerja_berakhir' harus tutup_hari atau jam_sama, bukan '\(written)'",
                           notes: EditDistance.didYouMean(written, among: policies))
        case .rosterTimeZone(let written):
            MessageContent(.invalidValue, "zona waktu '\(written)' tidak dikenal",
                           notes: ["gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)"])
        case .delegationKind(let written):
            MessageContent(.invalidValue, "jenis delegasi '\(written)' tidak dikenal; gunakan Plh atau Plt")
        case .invalidDateTime(let written):
            MessageContent(.invalidDate, "tanggal '\(written)' tidak dikenali", notes: ["tulis seperti 2024-04-01 atau 2024-04-01 08:00"])
        }
    }

    static let examples: [KeyValueMessage] = [
        .unknownKey("nma", subject: "identitas", allowed: ["nama"]), .missingKey("nama", subject: "identitas"),
        .duplicateKey("nama", subject: "identitas", firstLine: 2), .notText("nama", found: "daftar"),
        .notYesNo("wajib", written: "mungkin"), .empty("nama"), .unsafeCharacter("nama", code: "U+202E"), .invalidDate("kemarin", key: "tanggal_efektif"),
        .invalidIdentifier("Mulai", suggestion: "mulai"), .stepsAndProcedures, .symbolKeyOnRow("ke", subject: "langkah 'a'"),
        .questionWithoutExits(subject: "simbol 'a'"), .unquotedComma(name: "bebas", value: "a", key: "b"),
        .logoNotImage("logo.gif"), .acknowledgedError(.unknownKey),
    ]
}
