import SOPDSL

/// Everything that differs between two versions of an SOP, grouped as the printed document is:
/// the identity page, the actor columns, the tables and their rows, and what is not printed in
/// the table (channels, recurring duties, layout settings).
public struct SOPChanges: Sendable {
    public let old: SOP
    public let new: SOP
    /// The two models are the same once source locations and the path are set aside: a version
    /// that differs only in comments, indentation or key order.
    public let sameContent: Bool
    public var identity: [Change]
    public var actors: [Change]
    /// Tables (`prosedur`) added, removed, retitled, or whose columns changed.
    public var procedures: [Change]
    /// The rows that differ, in the new version's order, each removed row after the row it followed.
    public var rows: [RowEntry]
    /// Ids that most likely were renamed (symbols and actors); also listed where they occur.
    public var renames: [ProbableRename]
    /// Channels, recurring duties, the day reading, layout settings, acknowledged warnings.
    public var others: [Change]

    public init(old: SOP, new: SOP, sameContent: Bool, identity: [Change] = [], actors: [Change] = [], procedures: [Change] = [],
                rows: [RowEntry] = [], renames: [ProbableRename] = [], others: [Change] = []) {
        self.old = old; self.new = new; self.sameContent = sameContent; self.identity = identity; self.actors = actors
        self.procedures = procedures; self.rows = rows; self.renames = renames; self.others = others
    }

    /// Nothing to report.
    public var isEmpty: Bool {
        identity.isEmpty && actors.isEmpty && procedures.isEmpty && rows.isEmpty && renames.isEmpty && others.isEmpty
    }

    /// The contents differ but no change could be named: said plainly rather than "no changes".
    public var hasUnexplainedDifference: Bool { isEmpty && !sameContent }

    public func rows(_ status: RowEntry.Status) -> [RowEntry] { rows.filter { $0.status == status } }
}
