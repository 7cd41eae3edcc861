/// SOP3xx: the time standards (`waktu`) of steps.
enum TimeMessage: DiagnosticMessageFamily {
    case emptyTime
    /// `suggestion`: a no-standard word ("Tentative", ...) the whole text is a close typo of.
    case unrecognized(String, reason: TimeSyntaxReason, suggestion: String?)
    case bareHari
    case invertedRange(String)
    case longOfficeHours(String, minutes: Int)

    static let codePrefix = "SOP3"

    var content: MessageContent {
        switch self {
        case .emptyTime:
            MessageContent(.malformedTime, "waktu kosong; hapus 'waktu' atau tulis \"-\" bila tidak ada standar waktu",
                           notes: Self.commonNotes)
        case .unrecognized(let written, let reason, let suggestion):
            MessageContent(.malformedTime, "waktu '\(Self.shortened(written))' tidak dikenali",
                           notes: reason.notes + (suggestion.map { [CommonNotes.didYouMean($0)] } ?? []) + Self.commonNotes)
        case .bareHari:
            MessageContent(.calendarDays, "\"hari\" tanpa \"kerja\" dihitung sebagai hari kalender",
                           notes: ["putusan MK No. 31/PUU-XVI/2018 membaca \"hari\" dalam UU Pemilu sebagai hari kerja; "
                                       + "tulis \"hari kerja\" atau \"x24 jam\" agar jelas"])
        case .invertedRange(let written):
            MessageContent(.invertedRange, "rentang waktu '\(Self.shortened(written))' terbalik: batas bawah lebih lama dari batas atas",
                           notes: ["tenggat dihitung dari batas atas; tulis yang lebih singkat dulu, misalnya \"1-2 jam\""])
        case .longOfficeHours(let written, let minutes):
            MessageContent(.longOfficeHours,
                           "'\(written)' dihitung sebagai jam kerja (\(minutes / 60) jam kerja, lebih dari satu hari kerja)",
                           notes: ["untuk jam berturut-turut tulis seperti '1x24 jam'; untuk hari kerja tulis 'N hari kerja'"])
        }
    }

    /// Under every SOP301: what is accepted, and the way out for a deadline in words.
    static let commonNotes = [
        "bentuk yang diterima: " + TimeStandardParser.acceptedForms.map { "\"\($0)\"" }.joined(separator: ", "),
        "untuk tenggat yang ditulis dengan kata-kata, tulis waktu: {bebas: \"...\", hitung: \"10 hari kerja\"}",
    ]

    /// Keeps a message readable when the author pasted a paragraph into `waktu`.
    static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    static let examples: [TimeMessage] = [
        .unrecognized("5 mnit", reason: .unknownUnit("mnit", candidates: ["menit"]), suggestion: nil), .bareHari,
        .invertedRange("2-1 jam"), .longOfficeHours("24 jam", minutes: 24 * 60),
    ]
}
