import Foundation
import SOPDSL

extension SOPChanges {
    /// Compares two versions of an SOP in the printed form's terms. Symbols are matched by id; an
    /// id that disappeared beside a new id with nearly the same content is reported as a probable
    /// rename (and compared as that symbol), never matched silently.
    public static func compare(_ old: SOP, _ new: SOP) -> SOPChanges {
        let actorRenames = ActorComparer.renames(old, new)
        let stepRenames = RenameDetector.steps(old, new, actorRenames: actorRenames)
        var map = Correspondence(old: old, new: new, stepRenames: stepRenames, actorRenames: actorRenames)
        RowMatcher.match(&map)
        return SOPChanges(
            old: old, new: new, sameContent: canonical(old) == canonical(new),
            identity: IdentityComparer.compare(old, new),
            actors: ActorComparer.compare(old, new, renames: actorRenames),
            procedures: ProcedureComparer.compare(map),
            rows: RowComparer.entries(map),
            renames: actorRenames + stepRenames,
            others: OtherComparer.compare(map))
    }

    /// The model without source locations and path, as the engine pins a version.
    static func canonical(_ sop: SOP) -> Data {
        var copy = sop
        copy.path = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.userInfo[SourceLocation.omitInEncodingKey] = true
        return (try? encoder.encode(copy)) ?? Data()
    }
}
