/// Finds the one duration inside a deadline written in words, such as "paling lambat 10 hari kerja
/// sejak permohonan diterima": a marker word says it is a deadline, and exactly one
/// "<number> <unit>" phrase says how long. Anything else stays an error for the author to fix.
enum DeadlinePhrase {
    static let markers = ["paling lambat", "selambat-lambatnya", "selambatnya", "paling lama", "maksimal", "maksimum",
                          "dalam waktu", "sejak", "setelah", "sesudah", "terhitung"]
    static let units = ["menit", "mnt", "jam", "hari kerja", "hari kalender", "hari", "minggu", "pekan"]

    /// The phrase and its offset in `text` (in unicode scalars, as locations count).
    static func find(in text: String) -> (text: String, offset: Int)? {
        let scalars = Array(text.lowercased().unicodeScalars)
        let lower = String(String.UnicodeScalarView(scalars))
        guard markers.contains(where: lower.contains) else { return nil }
        var found: [(String, Int)] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]), i == 0 || !isLetterOrDigit(scalars[i - 1]) else { i += 1; continue }
            var j = i
            while j < scalars.count, isDigit(scalars[j]) || ((scalars[j] == "," || scalars[j] == ".") && j + 1 < scalars.count && isDigit(scalars[j + 1])) { j += 1 }
            var k = j
            while k < scalars.count, scalars[k] == " " { k += 1 }
            // "10 (sepuluh) hari kerja"
            if k < scalars.count, scalars[k] == "(", let close = scalars[k...].firstIndex(of: ")") {
                k = close + 1
                while k < scalars.count, scalars[k] == " " { k += 1 }
            }
            // "3x24 jam"
            if k < scalars.count, scalars[k] == "x" || scalars[k] == "×" {
                var m = k + 1
                while m < scalars.count, scalars[m] == " " { m += 1 }
                var n = m
                while n < scalars.count, isDigit(scalars[n]) { n += 1 }
                var o = n
                while o < scalars.count, scalars[o] == " " { o += 1 }
                if n > m, hasWord("jam", scalars, at: o) { found.append((slice(scalars, i, o + 3), i)); i = o + 3; continue }
            }
            if let unit = units.first(where: { hasWord($0, scalars, at: k) }) {
                found.append((slice(scalars, i, k + unit.unicodeScalars.count), i))
                i = k + unit.unicodeScalars.count
                continue
            }
            i = j
        }
        guard found.count == 1 else { return nil }
        // Report the phrase in the author's own letters.
        let original = Array(text.unicodeScalars)
        let phrase = String(String.UnicodeScalarView(original[found[0].1..<(found[0].1 + found[0].0.unicodeScalars.count)]))
        return (phrase, found[0].1)
    }

    private static func hasWord(_ word: String, _ s: [Unicode.Scalar], at index: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard index + w.count <= s.count, Array(s[index..<(index + w.count)]) == w else { return false }
        return index + w.count == s.count || !isLetterOrDigit(s[index + w.count])
    }

    private static func slice(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        String(String.UnicodeScalarView(s[a..<min(b, s.count)]))
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    private static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || isDigit(c) }
}
