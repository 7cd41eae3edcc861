import Testing
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
