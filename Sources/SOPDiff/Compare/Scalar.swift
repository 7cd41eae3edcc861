/// A single printed value that may differ: one change, or none.
enum Scalar {
    /// Texts are the same when they print the same: spaces inside a line and at its ends do not
    /// count; line breaks do (a kegiatan's "a. ... b. ..." lines are printed as lines).
    static func same(_ a: String?, _ b: String?) -> Bool {
        a.map(printedForm) == b.map(printedForm)
    }

    static func printedForm(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .joined(separator: "\n").trimming("\n")
    }

    /// The change of one value, or nil when both print the same.
    static func change(_ aspect: String, _ label: String, _ old: String?, _ new: String?, symbol: String? = nil,
                       item: String? = nil) -> Change? {
        // A value set or cleared is changed too: it is read as "before → after", "(tidak ada)" for none.
        if same(old, new) { return nil }
        return Change(aspect, label, .changed, symbol: symbol, item: item, before: old, after: new)
    }
}

private extension String {
    func trimming(_ character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return String(s)
    }
}
