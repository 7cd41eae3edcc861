import Foundation
import SOPDSL

/// Cases waiting for a queued step at a desk, in arrival order (000's waiting room): the first
/// is served now, the others wait and are called in turn.
public struct QueueView {
    let engine: CaseEngine

    public init(engine: CaseEngine) { self.engine = engine }

    public struct Entry: Sendable, Hashable {
        public var caseID: String
        public var step: String
        public var desk: String
        public var since: Date
    }

    /// Every desk's line, ordered by when each case reached the queued step (then by case id).
    public func all() throws -> [String: [Entry]] {
        var lines: [String: [Entry]] = [:]
        for summary in try engine.store.caseSummaries() where summary.status == .open {
            guard let sop = try? engine.sop(hash: summary.sopHash) else { continue }
            for active in summary.active {
                guard let desk = sop.step(active.step)?.queue?.desk else { continue }
                lines[desk, default: []].append(Entry(caseID: summary.caseID, step: active.step, desk: desk, since: active.since))
            }
        }
        return lines.mapValues { $0.sorted { ($0.since, $0.caseID) < ($1.since, $1.caseID) } }
    }

    public func waiting(at desk: String) throws -> [Entry] { try all()[desk] ?? [] }

    /// Every desk the store knows: those of the SOPs its cases run on, sorted.
    public func desks() throws -> [String] {
        let versions = try engine.storeCall { try engine.store.sopVersions() }
        let desks = versions.compactMap { try? engine.sop(hash: $0.hash) }.flatMap { $0.steps.compactMap(\.queue?.desk) }
        return Set(desks).sorted()
    }
}
