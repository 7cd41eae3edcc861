/// Characters that change what a terminal shows without being seen: control characters (a
/// carriage return that rewrites a line, an escape that colours or moves the cursor) and the
/// bidirectional overrides that reverse text. Refused in what people type, escaped on output.
public enum UnsafeText {
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false                          // tab and newline are text
        case 0x00...0x1F, 0x7F...0x9F: true             // C0, DEL, C1 controls
        case 0x200E, 0x200F, 0x061C: true               // directional marks
        case 0x202A...0x202E, 0x2066...0x2069: true     // bidirectional embeddings, overrides, isolates
        default: false
        }
    }

    /// The first unsafe character, for saying which one ("U+202E").
    public static func firstUnsafe(in text: String) -> String? {
        text.unicodeScalars.first(where: isUnsafe).map(code)
    }

    /// The text with every unsafe character shown as "<U+XXXX>".
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { out += "<\(code(scalar))>" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
