import SOPDSL

/// Number and text formatting for the generated files. Locale-free and deterministic, so that
/// golden files compare byte for byte on every machine.
enum Format {
    /// A length with at most two decimals and no trailing zeros: 12, 12.5, 0.25, -3.1.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }

    /// A CSS length in millimetres.
    static func mm(_ value: Double) -> String { number(value) + "mm" }

    /// Escapes text for HTML (the package's one escaper).
    static func escape(_ text: String) -> String { HTMLEscape.text(text) }

    /// Off-page connector labels: A ... Z, then AA, AB ...
    static func connectorLabel(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var n = index
        var label = ""
        repeat {
            label = String(letters[n % 26]) + label
            n = n / 26 - 1
        } while n >= 0
        return label
    }
}
