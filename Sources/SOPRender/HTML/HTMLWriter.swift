/// Appends HTML to a string: elements with ordered attributes, escaped text, one element per line
/// where that keeps the golden files readable as diffs.
struct HTMLWriter {
    private(set) var output = ""

    init() { output.reserveCapacity(1 << 16) }

    mutating func raw(_ text: String) { output += text }

    mutating func line(_ text: String) { output += text; output += "\n" }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = [], newline: Bool = true) {
        output += "<" + tag
        for (name, value) in attributes { output += " \(name)=\"\(Format.escape(value))\"" }
        output += newline ? ">\n" : ">"
    }

    mutating func close(_ tag: String, newline: Bool = true) { output += newline ? "</\(tag)>\n" : "</\(tag)>" }

    /// `<tag attributes>text</tag>` on one line. `newline: false` inside cells whose white space
    /// is significant (`pre-line`), where a line break in the source would print as one.
    mutating func element(_ tag: String, _ attributes: [(String, String)] = [], text: String = "", newline: Bool = true) {
        open(tag, attributes, newline: false)
        output += Format.escape(text)
        close(tag, newline: newline)
    }

    /// An element with no content, written with an explicit end tag so HTML and XML parsers agree.
    mutating func empty(_ tag: String, _ attributes: [(String, String)]) {
        open(tag, attributes, newline: false)
        close(tag)
    }

    /// A void element (`col`, `meta`): no content and, in HTML, no end tag.
    mutating func void(_ tag: String, _ attributes: [(String, String)]) {
        open(tag, attributes)
    }

    mutating func text(_ text: String) { output += Format.escape(text) }
}
