import SOPDSL

/// How alike two texts are, 0...1, read as a person would: case and runs of whitespace ignored.
enum Similarity {
    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let x = normalized(a), y = normalized(b)
        if x == y { return 1 }
        let longest = max(x.unicodeScalars.count, y.unicodeScalars.count)
        guard longest > 0 else { return 1 }
        // Texts too different in length cannot be similar: skip the quadratic distance.
        let shortest = min(x.unicodeScalars.count, y.unicodeScalars.count)
        if Double(shortest) / Double(longest) < 0.5 { return Double(shortest) / Double(longest) / 2 }
        return 1 - Double(EditDistance.distance(x, y)) / Double(longest)
    }

    static func percent(_ ratio: Double) -> Int { Int((ratio * 100).rounded(.down)) }
}
