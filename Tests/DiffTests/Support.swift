import Foundation
import Testing
import SOPDSL
import TestSupport
@testable import SOPDiff

/// SOPs for the comparison tests: a shipped file as it is, or edited by exact text replacements.
enum DiffFixture {
    struct Unloadable: Error {}

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: PackagePaths.url(relative), encoding: .utf8)
    }

    /// Loads `text` as if it were the file at `relative` (so linked files resolve); the model
    /// even when the linter finds errors, since comparing needs only the model.
    static func load(_ text: String, as relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SOP {
        let result = SOPLoader.load(bytes: Array(text.utf8), path: PackagePaths.url(relative).path)
        guard let sop = result.sop else {
            Issue.record("\(relative) does not load: \(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
            throw Unloadable()
        }
        return sop
    }

    static func sop(_ relative: String) throws -> SOP { try load(try text(relative), as: relative) }

    /// The file with each `(old, new)` replaced; each `old` must occur exactly once.
    static func edited(_ relative: String, _ edits: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SOP {
        var text = try text(relative)
        for (old, new) in edits {
            let count = text.components(separatedBy: old).count - 1
            try #require(count == 1, "'\(old)' occurs \(count) times in \(relative)", sourceLocation: sourceLocation)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try load(text, as: relative, sourceLocation: sourceLocation)
    }

    static func compare(_ relative: String, _ edits: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SOPChanges {
        SOPChanges.compare(try sop(relative), try edited(relative, edits, sourceLocation: sourceLocation))
    }
}

extension SOPChanges {
    /// Every change of every row, with the row it is in.
    var rowChanges: [(row: RowEntry, change: Change)] { rows.flatMap { row in row.changes.map { (row, $0) } } }

    func rowChanges(_ aspect: String) -> [Change] { rowChanges.map(\.change).filter { $0.aspect == aspect } }
}
