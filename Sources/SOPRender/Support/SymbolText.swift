/// Splits the author's text inside a symbol into lines that fit its width, at spaces (SVG text
/// does not wrap by itself). A word longer than a line stays whole on its own line.
enum SymbolText {
    static func lines(_ text: String, width: Double, fontSize: Double) -> [String] {
        let metrics = TextMetrics(fontSize: fontSize)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || metrics.width(candidate) <= width {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }
}
