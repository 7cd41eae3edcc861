/// SOP2xx: ids that are declared twice, named but not declared, or named where they may not be.
enum ReferenceMessage: DiagnosticMessageFamily {
    /// `kind` names what the id is of: "pelaksana", "langkah", "NIP", ...
    case duplicateID(String, kind: String, firstLine: Int)
    case duplicateExitID(String, firstLine: Int)
    case duplicateQualityColumn(String)
    case undeclaredActor(String, actors: [String])
    case unknownTarget(String, steps: [String])
    case targetInOtherProcedure(String)
    case unknownField(String, fields: [String], afterComparison: Bool)
    case linkedSOPNotFound(String, siblings: [String])
    case unknownSpanEnd(String, rows: [String])
    case spanEndNotLater
    case spanWithoutTime
    case timeInsideSpan(step: String)
    case undeclaredChannel(String, channels: [String])
    case actorWithoutColumn(String)
    /// `rowSymbols`: the symbols of the row the line starts in, when that row is known.
    case lineOutsideRow(from: String, to: String, rowSymbols: [String]?)
    case laneOutsideProcedure(actor: String, procedure: String, lanes: [String])

    static let codePrefix = "SOP2"

    var content: MessageContent {
        switch self {
        case .duplicateID(let id, let kind, let firstLine):
            MessageContent(.duplicateID, "id \(kind) '\(id)' sudah dipakai",
                           notes: ["dipakai pertama kali di baris \(firstLine); setiap id harus unik"])
        case .duplicateExitID(let id, let firstLine):
            MessageContent(.duplicateID, "id cabang '\(id)' dipakai dua kali di keputusan ini",
                           notes: ["penulisan pertama di baris \(firstLine)"])
        case .duplicateQualityColumn(let written):
            MessageContent(.duplicateID, "kolom Mutu Baku '\(written)' ditulis dua kali")
        case .undeclaredActor(let id, let actors):
            MessageContent(.unknownActor, "pelaksana '\(id)' tidak dideklarasikan",
                           notes: EditDistance.didYouMean(id, among: actors) + ["deklarasikan di bagian 'pelaksana'"])
        case .unknownTarget(let id, let steps):
            MessageContent(.unknownStep, "langkah atau simbol '\(id)' tidak ada",
                           notes: CommonNotes.closest(id, among: steps, orAll: "id yang ada"))
        case .targetInOtherProcedure(let id):
            MessageContent(.unknownStep, "'\(id)' ada di prosedur lain; panah hanya menuju simbol di tabel yang sama",
                           notes: ["hubungkan prosedur lewat 'keterkaitan', bukan dengan panah"])
        case .unknownField(let name, let fields, let afterComparison):
            MessageContent(.unknownField, "isian '\(name)' tidak dikenal", notes: Self.unknownFieldNotes(name, fields, afterComparison))
        case .linkedSOPNotFound(let file, let siblings):
            MessageContent(.missingLinkedSOP, "berkas SOP terkait '\(file)' tidak ditemukan",
                           notes: EditDistance.didYouMean(file, among: siblings))
        case .unknownSpanEnd(let id, let rows):
            MessageContent(.unknownStep, "langkah '\(id)' tidak ada", notes: CommonNotes.closest(id, among: rows, orAll: "id langkah yang ada"))
        case .spanEndNotLater:
            MessageContent(.badTimeSpan, "'waktu_sampai' harus menunjuk langkah sesudah langkah ini")
        case .spanWithoutTime:
            MessageContent(.badTimeSpan, "'waktu_sampai' memerlukan 'waktu' pada langkah yang sama")
        case .timeInsideSpan(let step):
            MessageContent(.badTimeSpan,
                           "langkah '\(step)' berada dalam rentang 'waktu_sampai' tetapi memiliki 'waktu' atau 'waktu_sampai' sendiri",
                           notes: ["hapus 'waktu'/'waktu_sampai' dari langkah itu atau perpendek rentangnya"])
        case .undeclaredChannel(let option, let channels):
            MessageContent(.unknownChannel, "kanal '\(option)' tidak dideklarasikan di 'kanal'",
                           notes: EditDistance.didYouMean(option, among: channels))
        case .actorWithoutColumn(let id):
            MessageContent(.actorWithoutColumn, "pelaksana '\(id)' tidak memiliki kolom (kolom: tidak) tetapi melakukan langkah",
                           notes: ["setiap pelaksana langkah dicetak sebagai kolom; hapus 'kolom: tidak' dari pelaksana ini"])
        case .lineOutsideRow(let from, let to, let rowSymbols):
            MessageContent(.lineOutsideRow, "'garis' dari '\(from)' menuju '\(to)', yang bukan simbol lain di baris yang sama",
                           notes: ["garis tanpa panah menghubungkan simbol satu baris yang dikerjakan bersama; antarbaris pakai 'ke'"]
                               + (rowSymbols.map { symbols in
                                   let others = symbols.filter { $0 != from }
                                   return [others.isEmpty ? "baris ini hanya memuat simbol '\(from)'"
                                                          : "simbol lain di baris ini: \(others.joined(separator: ", "))"]
                               } ?? []))
        case .laneOutsideProcedure(let actor, let procedure, let lanes):
            MessageContent(.laneOutsideProcedure, "pelaksana '\(actor)' bukan lajur prosedur '\(procedure)'",
                           notes: ["lajur prosedur ini: \(lanes.joined(separator: ", ")); tambahkan '\(actor)' ke 'pelaksana' prosedurnya"])
        }
    }

    /// A close field name; else, after a comparison, the text it probably meant; else that there are none.
    private static func unknownFieldNotes(_ name: String, _ fields: [String], _ afterComparison: Bool) -> [String] {
        let close = EditDistance.didYouMean(name, among: fields)
        if close.isEmpty, afterComparison { return ["jika maksudnya teks, apit dengan tanda kutip: \"\(name)\""] }
        if fields.isEmpty { return ["SOP ini belum mendeklarasikan isian apa pun; tambahkan 'isian:' pada sebuah langkah"] }
        return close
    }

    static let examples: [ReferenceMessage] = [
        .duplicateID("a", kind: "langkah", firstLine: 3), .undeclaredActor("petgas", actors: ["petugas"]),
        .unknownTarget("x", steps: ["a", "b"]), .unknownField("x", fields: [], afterComparison: false),
        .linkedSOPNotFound("lain.yaml", siblings: []), .spanEndNotLater, .undeclaredChannel("sms", channels: ["email"]),
        .actorWithoutColumn("a"), .lineOutsideRow(from: "a", to: "b", rowSymbols: ["a"]),
        .laneOutsideProcedure(actor: "a", procedure: "p", lanes: ["b"]),
    ]
}
