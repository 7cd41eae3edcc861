import Foundation

/// Types scalars by what the schema expects at that key, never by YAML 1.1 rules.
enum ScalarReader {
    static let trueWords: Set<String> = ["ya", "true", "benar"]
    static let falseWords: Set<String> = ["tidak", "false", "salah"]

    static func text(_ node: YAMLNode, key: String, context: DecodingContext) -> Text? {
        guard let scalar = node.scalar else {
            context.emit(.keyValue(.notText(key, found: node.kindName)), at: node.location)
            return nil
        }
        let value = trimmed(scalar.value)
        if value.isEmpty || node.isNull {
            context.emit(.keyValue(.empty(key)), at: node.location)
            return nil
        }
        if !isPrintableASCII(value), let bad = UnsafeText.firstUnsafe(in: value) {
            context.emit(.keyValue(.unsafeCharacter(key, code: bad)), at: node.contentLocation)
            return nil
        }
        // Point at the first written character, past spaces inside quotes (single-line text only).
        let leading = scalar.value.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        if leading == 0, !hasLineBreak(scalar.value) { return Text(value, at: node.contentLocation) }
        let start = scalar.value.contains("\n") ? node.contentLocation : node.contentLocation.advanced(by: leading)
        return Text(value, at: start)
    }

    /// Trimmed of whitespace and newlines; a text that starts and ends with a visible ASCII
    /// character (nearly every scalar) has nothing to trim and skips Foundation's scan.
    static func trimmed(_ s: String) -> String {
        let utf8 = s.utf8
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Tab, newline and visible ASCII only: nothing `UnsafeText` refuses, without decoding scalars.
    static func isPrintableASCII(_ s: String) -> Bool {
        // Over the contiguous bytes when the string has them (native strings do): a plain loop
        // the compiler can vectorize, instead of stepping a `UTF8View` index.
        let fast = s.utf8.withContiguousStorageIfAvailable { bytes in
            var bad: UInt8 = 0
            for byte in bytes { bad |= (byte &- 0x20 < 0x5F || byte == 0x09 || byte == 0x0A) ? 0 : 1 }
            return bad == 0
        }
        return fast ?? s.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }
    }

    /// Whether any "\n" or "\r" byte is in `s` (contiguous bytes when the string has them).
    static func hasLineBreak(_ s: String) -> Bool {
        let fast = s.utf8.withContiguousStorageIfAvailable { bytes in
            var found: UInt8 = 0
            for byte in bytes { found |= (byte == 0x0A || byte == 0x0D) ? 1 : 0 }
            return found != 0
        }
        return fast ?? s.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }

    static func bool(_ node: YAMLNode, key: String, context: DecodingContext) -> Bool? {
        guard let scalar = node.scalar else {
            context.emit(.keyValue(.notBool(key, found: node.kindName)), at: node.location)
            return nil
        }
        let word = scalar.value.lowercased()
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        context.emit(.keyValue(.notYesNo(key, written: scalar.value)), at: node.contentLocation)
        return nil
    }

    static func identifier(_ node: YAMLNode, key: String, context: DecodingContext) -> Reference? {
        guard let text = text(node, key: key, context: context) else { return nil }
        guard isIdentifier(text.value) else {
            context.emit(.keyValue(.invalidIdentifier(text.value, suggestion: suggestedIdentifier(text.value))), at: text.location)
            return nil
        }
        return Reference(text.value, at: text.location)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static func suggestedIdentifier(_ s: String) -> String? {
        var out = ""
        for scalar in s.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) }
            else if !out.hasSuffix("_") { out += "_" }
        }
        while out.hasSuffix("_") { out.removeLast() }
        while let f = out.unicodeScalars.first, !("a"..."z").contains(f) { out.removeFirst() }
        return out.isEmpty || out == s ? nil : out
    }

    /// Reads "2022-08-01" or "1 Agustus 2022".
    static func date(_ node: YAMLNode, key: String, context: DecodingContext) -> SOPDate? {
        guard let text = text(node, key: key, context: context) else { return nil }
        if let date = parseDate(text.value, at: text.location) { return date }
        context.emit(.keyValue(.invalidDate(text.value, key: key)), at: text.location)
        return nil
    }

    static func parseDate(_ s: String, at location: SourceLocation) -> SOPDate? {
        let iso = s.split(separator: "-")
        var ymd: (Int, Int, Int)?
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            ymd = (y, m, d)
        } else {
            let words = s.split(whereSeparator: { $0 == " " })
            if words.count == 3, let d = Int(words[0]), let y = Int(words[2]),
               let m = SOPDate.monthNames.firstIndex(where: { $0.lowercased() == words[1].lowercased() }) {
                ymd = (y, m + 1, d)
            }
        }
        guard let (y, m, d) = ymd, (1900...2200).contains(y), (1...12).contains(m),
              (1...daysIn(month: m, year: y)).contains(d) else { return nil }
        return SOPDate(year: y, month: m, day: d, location: location)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
