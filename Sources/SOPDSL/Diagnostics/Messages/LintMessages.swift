/// SOP5xx: the SOP AP rules (PermenPAN-RB 35/2012) a well-formed model can still break.
enum LintMessage: DiagnosticMessageFamily {
    /// `table`: the title of the sub-procedure's table, when it has one.
    case firstNotTerminator(step: String, shape: String, table: String?)
    case lastNotTerminator(step: String, shape: String)
    case tooFewExits(step: String, count: Int)
    case duplicateExit(String, step: String, firstLine: Int)
    case duplicateExitLabel(String, step: String, firstLine: Int)
    case unreachable(step: String)
    case deadEnd(step: String)
    case unusedActor(String)
    /// `word`: the activity's first word, as written.
    case activityStartsWithSubject(step: String, word: String)
    case tooManyColumns(count: Int, limit: Int)
    case decisionInGroup(step: String)

    static let codePrefix = "SOP5"

    var content: MessageContent {
        switch self {
        case .firstNotTerminator(let step, let shape, let table):
            MessageContent(.firstStepNotTerminator,
                           "simbol pertama\(table.map { " tabel '\($0)'" } ?? "") '\(step)' berbentuk \(shape), bukan terminator (mulai)",
                           notes: ["SOP AP membuka bagan dengan terminator; bila dokumen yang ditandatangani memang begini, tulis 'abaikan: [{kode: SOP501, alasan: ...}]'"])
        case .lastNotTerminator(let step, let shape):
            MessageContent(.lastStepNotTerminator, "alur berakhir di '\(step)' yang berbentuk \(shape), bukan terminator (selesai)",
                           notes: ["tambahkan simbol terminator sesudahnya, atau tulis 'bentuk: terminator'"])
        case .tooFewExits(let step, let count):
            MessageContent(.tooFewExits, "keputusan '\(step)' memiliki \(count) cabang; paling sedikit 2",
                           notes: ["keputusan tanpa pilihan adalah simbol proses; pakai 'ke'"])
        case .duplicateExit(let exit, let step, let firstLine):
            MessageContent(.duplicateExitLabel, "cabang '\(exit)' dipakai dua kali di keputusan '\(step)'",
                           notes: ["cabang pertama di baris \(firstLine); beri 'id' yang berbeda"])
        case .duplicateExitLabel(let label, let step, let firstLine):
            MessageContent(.duplicateExitLabel, "label cabang '\(label)' dipakai dua kali di keputusan '\(step)'",
                           notes: ["label pertama di baris \(firstLine)"])
        case .unreachable(let step):
            MessageContent(.unreachableStep, "simbol '\(step)' tidak dapat dicapai dari awal bagan",
                           notes: ["arahkan sebuah 'ke' atau cabang ke simbol ini, atau hapus simbol ini"])
        case .deadEnd(let step):
            MessageContent(.deadEndStep, "dari simbol '\(step)' tidak ada jalan menuju akhir bagan",
                           notes: ["alur berputar tanpa jalan keluar; tambahkan cabang menuju langkah selesai"])
        case .unusedActor(let id):
            MessageContent(.unusedActor, "pelaksana '\(id)' dideklarasikan tetapi tidak melakukan langkah apa pun",
                           notes: ["hapus pelaksana ini atau tetapkan sebagai pelaksana sebuah langkah"])
        case .activityStartsWithSubject(let step, let word):
            MessageContent(.activityStartsWithSubject, "kegiatan langkah '\(step)' diawali subjek ('\(word)'); tulis diawali kata kerja",
                           notes: ["pelaksana sudah ditunjukkan oleh kolom; contoh: 'Menerima surat', bukan 'Petugas menerima surat'"])
        case .tooManyColumns(let count, let limit):
            MessageContent(.tooManyActorColumns, "\(count) kolom pelaksana tidak muat pada kertas A4 mendatar (paling banyak \(limit))",
                           notes: ["gabungkan pelaksana, pakai kertas F4/Legal, atau pecah SOP ini"])
        case .decisionInGroup(let step):
            MessageContent(.togetherWithDecision, "keputusan '\(step)' dihubungkan dengan garis 'bersama'; keputusan diambil satu pihak",
                           notes: ["hubungkan kotak proses dengan garis, lalu arahkan panah ke keputusan"])
        }
    }

    static let examples: [LintMessage] = [
        .firstNotTerminator(step: "a", shape: "proses", table: nil), .lastNotTerminator(step: "a", shape: "proses"),
        .tooFewExits(step: "a", count: 1), .duplicateExit("ya", step: "a", firstLine: 4), .unreachable(step: "a"),
        .deadEnd(step: "a"), .unusedActor("a"), .activityStartsWithSubject(step: "a", word: "Petugas"),
        .tooManyColumns(count: 7, limit: 6), .decisionInGroup(step: "a"),
    ]
}
