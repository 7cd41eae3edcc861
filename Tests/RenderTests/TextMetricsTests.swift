import Testing
import TestSupport
@testable import SOPRender

@Suite struct TextMetricsTests {
    let metrics = TextMetrics(fontSize: 8)

    @Test func shortTextIsOneLine() {
        #expect(metrics.lineCount("Menerima surat", width: 50) == 1)
        #expect(metrics.lineCount("", width: 50) == 1)
    }

    @Test func newlinesStartLines() {
        #expect(metrics.lineCount("a.\nb.\nc.", width: 50) == 3)
    }

    @Test func wrapsAtSpacesAndHyphens() {
        // "permohonan" is about 16.8 mm at 8 pt: one word per 30 mm line, two per 40 mm line.
        let text = String(repeating: "permohonan ", count: 10)
        #expect(metrics.lineCount(text, width: 30) == 10)
        #expect(metrics.lineCount(text, width: 40) == 5)
        #expect(metrics.lineCount("Undang-Undang", width: metrics.width("Undang-") + 0.1) == 2)
    }

    @Test func longWordBreaksAnywhere() {
        let word = String(repeating: "x", count: 60)
        #expect(metrics.lineCount(word, width: metrics.width(word) / 3 + 0.01) == 3)
    }

    @Test func widthsFollowArial() {
        // "W" (944) is wider than "i" (222); 8 pt = 2.822 mm per em, plus the safety margin.
        #expect(metrics.width("W") > 4 * metrics.width("i"))
        #expect(abs(metrics.width("0") - 0.556 * 8 * 25.4 / 72 * 1.06) < 1e-9)
    }

    @Test func numbersFormatWithoutLocale() {
        #expect(Format.number(12) == "12")
        #expect(Format.number(12.5) == "12.5")
        #expect(Format.number(0.25) == "0.25")
        #expect(Format.number(-3.104) == "-3.1")
        #expect(Format.number(1.005) == "1.01" || Format.number(1.005) == "1")
        #expect(Format.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }
}

/// The one-pass count for plain ASCII cells gives what the general path gives, for every kind of
/// break: spaces (single, doubled, leading, trailing), hyphens inside, leading and trailing a word,
/// words wider than the line, bold and plain, narrow and wide columns.
@Suite struct TextMetricsFastPathTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func asciiCountMatchesGeneralPath(_ seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let pieces = ["a", "Ab", "kelengkapan", "-", "--", " ", "  ", "x-y", "berkas-berkas", "W", "iii", "MMMMMMMMMMMMMMMMMMMMMMMM", ".", ","]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let metrics = TextMetrics(fontSize: [7, 8, 9.5].randomElement(using: &random)!, bold: Bool.random(using: &random))
            let width = Double.random(in: 2...60, using: &random)
            #expect(metrics.paragraphLines(text[...], width: width) == metrics.paragraphLines(text[...], width: width, ascii: false),
                    "seed \(seed): \"\(text)\" at \(width) mm")
        }
    }
}
