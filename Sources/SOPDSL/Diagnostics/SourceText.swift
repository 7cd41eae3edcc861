/// The text of a source file, split into lines for quoting under diagnostics.
/// Tolerates a BOM, CRLF line ends and invalid UTF-8 (shown with replacement characters).
///
/// Keeps the file's bytes (shared with the caller's array, not copied) and where each line
/// starts; a line is decoded only when a diagnostic quotes it. Decoding the whole file up
/// front doubled a load's memory and cost a pass over every character.
public struct SourceText: Sendable {
    public let path: String
    private let bytes: [UInt8]
    /// Byte offset of each line's first byte; lines end at the next "\n" (or the end).
    /// 32 bits: half the memory, and no file an SOP tool reads comes near 4 GB.
    private let lineStarts: [UInt32]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts: [UInt32] = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for (offset, byte) in buffer.enumerated() where byte == 0x0A { starts.append(UInt32(truncatingIfNeeded: offset + 1)) }
        }
        self.lineStarts = starts
    }

    /// Line `number` (1-based) without its line end, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = Int(lineStarts[number - 1])
        let end = number < lineStarts.count ? Int(lineStarts[number]) - 1 : bytes.count
        // "\n" is never part of a UTF-8 sequence, so decoding a line alone gives the same
        // characters (and replacement characters) as decoding the whole file and splitting it.
        var line = String(decoding: bytes[start..<end], as: UTF8.self)
        if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        // Very long lines (minified or binary input) are cut so the output stays readable.
        if line.count > 200 { line = String(line.prefix(200)) + "…" }
        return line
    }
}
