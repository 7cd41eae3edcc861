/// Why `TimeReader` could not read a `waktu`: the first notes of its SOP301 (`TimeMessage.unrecognized`).
enum TimeSyntaxReason: Hashable, Sendable {
    case noNumber
    case incompleteRange(after: String)
    case notPositive
    case numberMissingBefore(String)
    /// `candidates`: the units the written word may be a typo of.
    case unknownUnit(String, candidates: [String])
    case mixedRange
    case wallHoursNeedNumber(after: String)
    /// `written`: the word where "jam" was expected, when there is one.
    case wallHoursOnlyForJam(written: String?)
    case wallHoursNeedWholeNumber
    case tooLong
    case unclosedParenthesis
    case unexpectedWord(String)
    case unexpected(String)
    case missingUnit(after: String)
    case ambiguousDot(String)
    case fractionalDays
    case notWholeMinutes(String)

    var notes: [String] {
        switch self {
        case .noNumber: ["tidak ada angka"]
        case .incompleteRange(let separator): ["rentang tidak lengkap: tidak ada angka setelah '\(separator)'"]
        case .notPositive: ["durasi harus lebih dari nol"]
        case .numberMissingBefore(let unit): ["tidak ada angka sebelum '\(unit)'"]
        case .unknownUnit(let word, let candidates):
            ["satuan '\(word)' tidak dikenal; gunakan menit, jam, hari, hari kerja, hari kalender, atau minggu"]
                + EditDistance.didYouMean(word, among: candidates)
        case .mixedRange: ["kedua ujung rentang harus sejenis: menit/jam, hari kerja, hari, atau x24 jam"]
        case .wallHoursNeedNumber(let times): ["bentuk 'NxM jam' memerlukan angka setelah '\(times)', misalnya \"10x24 jam\""]
        case .wallHoursOnlyForJam(let written):
            ["bentuk 'NxM' hanya untuk jam, misalnya \"10x24 jam\""] + (written.map { EditDistance.didYouMean($0, among: ["jam"]) } ?? [])
        case .wallHoursNeedWholeNumber: ["bentuk 'NxM jam' memerlukan bilangan bulat"]
        case .tooLong: ["durasi terlalu panjang (lebih dari 100 tahun)"]
        case .unclosedParenthesis: ["kurung '(' tidak ditutup"]
        case .unexpectedWord(let word): ["kata '\(word)' tidak diharapkan di sini"]
        case .unexpected(let text): ["'\(text)' tidak diharapkan di sini"]
        case .missingUnit(let number): ["satuan waktu tidak ada setelah angka '\(number)'"]
        case .ambiguousDot(let number):
            ["angka '\(number)' ambigu (titik bisa pemisah ribuan); tulis tanpa titik, atau pakai koma untuk desimal"]
        case .fractionalDays: ["pecahan hari tidak diterima; tulis hari bulat, atau dalam jam"]
        case .notWholeMinutes(let number): ["'\(number)' tidak menghasilkan menit bulat"]
        }
    }
}
