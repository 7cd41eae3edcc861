/// Estimates how many lines a text takes in a column of a given width.
///
/// Uses the advance widths of Arial / Liberation Sans (metric-compatible; the fonts the stylesheet
/// asks for) so the estimate follows what a browser will wrap. It wraps at spaces and after hyphens,
/// as browsers do, and errs on the side of more lines: a row estimated too tall wastes a little
/// paper, one estimated too short would push the drawing out of line with the table.
struct TextMetrics: Sendable {
    /// Font size in points.
    var fontSize: Double
    var bold: Bool = false

    /// Safety margin over the nominal widths (kerning, rounding, hinting, bold synthesis).
    private static let slack = 1.06
    private static let pointInMM = 25.4 / 72

    /// Width of the text on one line, in millimetres.
    func width(_ text: Substring) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += Self.advance(scalar) }
        let boldFactor = bold ? 1.07 : 1.0
        return Double(units) / 1000 * fontSize * Self.pointInMM * Self.slack * boldFactor
    }

    func width(_ text: String) -> Double { width(text[...]) }

    /// Lines taken by `text` (paragraphs split at newlines) in a box `width` millimetres wide.
    func lineCount(_ text: String, width: Double) -> Int {
        guard width > 0 else { return 1 }
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            total += paragraphLines(paragraph, width: width)
        }
        return max(total, 1)
    }

    /// `ascii: false` takes the general path whatever the text (the tests hold both to each other).
    func paragraphLines(_ paragraph: Substring, width: Double, ascii: Bool = true) -> Int {
        if ascii, let lines = asciiParagraphLines(paragraph, width: width) { return lines }
        var fill = LineFill(width: width, space: self.width(" "))
        for word in Self.breakableUnits(paragraph) { fill.place(self.width(word.text), afterSpace: word.afterSpace) }
        return fill.lines
    }

    /// Units laid on lines one after another, as a browser fills a box.
    private struct LineFill {
        let width: Double, space: Double
        var lines = 1
        var used = 0.0

        mutating func place(_ w: Double, afterSpace: Bool) {
            let needed = used == 0 ? w : used + (afterSpace ? space : 0) + w
            if needed <= width { used = needed; return }
            if used > 0 { lines += 1; used = 0 }
            if w <= width { used = w; return }
            // A word longer than the line: the stylesheet lets it break anywhere.
            let pieces = Int((w / width).rounded(.up))
            lines += pieces - 1
            used = w - Double(pieces - 1) * width
        }
    }

    /// `paragraphLines` for plain printable ASCII (nearly every cell), in one pass over the bytes
    /// with no pieces built: there a byte is a character, so the units and their widths are the
    /// same as the general path's. Nil for anything else.
    private func asciiParagraphLines(_ paragraph: Substring, width: Double) -> Int? {
        return paragraph.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // The very expression `width` evaluates, so every comparison comes out the same.
            let boldFactor = bold ? 1.07 : 1.0
            func measure(_ units: Int) -> Double { Double(units) / 1000 * fontSize * Self.pointInMM * Self.slack * boldFactor }
            var fill = LineFill(width: width, space: measure(Self.ascii[0]))
            var units = 0, unitStart = -1, afterSpace = false, wordsSeen = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard b >= 32, b < 127 else { return nil }
                if b == 32 {
                    if unitStart >= 0 { fill.place(measure(units), afterSpace: afterSpace); unitStart = -1; units = 0 }
                    i += 1
                    continue
                }
                if unitStart < 0 {
                    // A new word: only its first unit counts the space before it.
                    unitStart = i
                    afterSpace = wordsSeen > 0
                    wordsSeen += 1
                }
                units += Self.ascii[Int(b) - 32]
                // A hyphen inside a word, not its last character, ends a unit just after it.
                if b == 45, i > unitStart, i + 1 < bytes.count, bytes[i + 1] != 32 {
                    fill.place(measure(units), afterSpace: afterSpace)
                    units = 0; unitStart = i + 1; afterSpace = false
                }
                i += 1
            }
            if unitStart >= 0 { fill.place(measure(units), afterSpace: afterSpace) }
            return fill.lines
        } ?? nil
    }

    /// Pieces between line-break opportunities: spaces, and just after a hyphen inside a word.
    private static func breakableUnits(_ text: Substring) -> [(text: Substring, afterSpace: Bool)] {
        var units: [(Substring, Bool)] = []
        for (i, word) in text.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            var start = word.startIndex
            var index = word.startIndex
            var first = true
            while index < word.endIndex {
                let next = word.index(after: index)
                if word[index] == "-", next < word.endIndex, index > start {
                    units.append((word[start..<next], first && i > 0))
                    first = false
                    start = next
                }
                index = next
            }
            if start < word.endIndex { units.append((word[start...], first && i > 0)) }
        }
        return units
    }

    /// Advance widths in 1/1000 em (standard Helvetica/Arial metrics).
    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 32 { return 0 }
        if v < 127 { return ascii[Int(v) - 32] }
        return v < 0x2E80 ? 600 : 1000   // accented Latin and symbols; CJK is full width
    }

    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  //  !"#$%&'()*+,-./
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0-9 :;<=>?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P-Z [\]^_
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       // p-z {|}~
    ]
}
