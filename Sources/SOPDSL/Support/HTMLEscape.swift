/// The one HTML escaper of the package: for element content and attribute values alike, so the
/// printed SOP and every report page escape the same characters the same way.
public enum HTMLEscape {
    public static func text(_ text: String) -> String {
        // Most text has nothing to escape; scanning bytes first avoids rebuilding it.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
