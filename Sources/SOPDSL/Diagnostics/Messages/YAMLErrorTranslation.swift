/// libyaml's English problem texts in Bahasa Indonesia, with a note where one helps: the text
/// of SOP002 (`YAMLMessage.syntax`).
enum YAMLErrorTranslation {
    static func translate(_ problem: String) -> (message: String, notes: [String]) {
        for (english, message, note) in table where problem.hasPrefix(english) {
            return (message, note.map { [$0] } ?? [])
        }
        return ("galat sintaks YAML: \(problem)", [])
    }

    static func context(_ context: String) -> String {
        let map = [
            "while scanning a quoted scalar": "teks bertanda kutip",
            "while scanning a plain scalar": "teks",
            "while scanning a simple key": "kunci",
            "while parsing a block mapping": "mapping",
            "while parsing a block collection": "daftar",
            "while parsing a flow sequence": "daftar [ ... ]",
            "while parsing a flow mapping": "mapping { ... }",
            "while scanning a block scalar": "teks blok",
            "while scanning an anchor": "anchor",
            "while scanning an alias": "alias",
            "while scanning a tag": "tag",
            "while parsing a block node": "nilai",
            "while parsing a flow node": "nilai",
            "while scanning a directive": "direktif",
        ]
        return map[context] ?? context
    }

    private static let table: [(String, String, String?)] = [
        ("found character that cannot start any token", "karakter ini tidak boleh mengawali nilai YAML",
         "jika ini tab, gunakan spasi untuk indentasi; jika teks diawali '@', '`' atau '%', beri tanda kutip"),
        ("found a tab character that violates indentation", "tab dipakai untuk indentasi",
         "YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi"),
        ("found a tab character where an indentation space is expected", "tab dipakai untuk indentasi",
         "YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi"),
        ("mapping values are not allowed in this context", "tanda ':' tidak boleh di sini",
         "jika teks memuat ': ', apit teks dengan tanda kutip; atau periksa indentasi baris ini"),
        ("could not find expected ':'", "tanda ':' yang diharapkan tidak ditemukan",
         "setiap kunci ditulis 'kunci: nilai'; periksa baris sebelumnya"),
        ("did not find expected key", "kunci yang diharapkan tidak ditemukan",
         "periksa indentasi: baris ini tidak sejajar dengan kunci di atasnya"),
        ("did not find expected '-' indicator", "tanda '-' yang diharapkan tidak ditemukan",
         "setiap butir daftar diawali '- ' dengan indentasi yang sama"),
        ("did not find expected node content", "nilai yang diharapkan tidak ditemukan", nil),
        ("did not find expected comment or line break", "teks tidak diharapkan setelah tanda blok",
         "setelah '|' atau '>' teks dimulai di baris berikutnya; jika '>' adalah bagian teks, beri tanda kutip"),
        ("did not find expected ',' or ']'", "daftar [ ... ] tidak ditutup dengan ']'", nil),
        ("did not find expected ',' or '}'", "mapping { ... } tidak ditutup dengan '}'", nil),
        ("found unexpected end of stream", "berkas berakhir sebelum waktunya",
         "tanda kutip atau kurung belum ditutup"),
        ("found unknown escape character", "urutan escape tidak dikenal dalam teks bertanda kutip ganda",
         "gunakan tanda kutip tunggal '...' jika teks memuat '\\'"),
        ("control characters are not allowed", "karakter kontrol tidak diizinkan",
         "berkas ini tampaknya bukan teks (mungkin berkas biner)"),
        ("invalid leading UTF-8 octet", "berkas bukan teks UTF-8 yang sah", "simpan ulang berkas sebagai UTF-8"),
        ("invalid trailing UTF-8 octet", "berkas bukan teks UTF-8 yang sah", "simpan ulang berkas sebagai UTF-8"),
        ("incomplete UTF-8 octet sequence", "berkas bukan teks UTF-8 yang sah", "simpan ulang berkas sebagai UTF-8"),
        ("invalid Unicode character", "karakter Unicode tidak sah", nil),
        ("block sequence entries are not allowed in this context", "butir daftar '-' tidak boleh di sini",
         "periksa indentasi; daftar di bawah sebuah kunci ditulis pada baris berikutnya"),
        ("found undefined tag handle", "tag tidak dikenal", nil),
        ("found duplicate anchor", "anchor dengan nama yang sama sudah ada", nil),
        ("did not find the expected '>'", "tag tidak ditutup dengan '>'", nil),
        ("found unexpected ':'", "tanda ':' tidak terduga", "apit teks dengan tanda kutip"),
        ("found incompatible YAML document", "versi YAML tidak didukung", "hapus direktif %YAML"),
        ("found duplicate %YAML directive", "direktif %YAML ganda", nil),
        ("did not find expected <document start>", "awal dokumen '---' tidak ditemukan", nil),
    ]
}
