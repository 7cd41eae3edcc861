import Foundation
import SOPDSL
import SOPEngine

/// A recorded case with its pinned SOP and its step spans: what every report reads.
public struct CaseRecord: Sendable {
    public var state: CaseState
    /// The version the case runs on now.
    public var sop: SOP
    /// Each span is measured under the version it ran in (`span.sopHash`): look it up here.
    public var versions: [String: SOP]
    public var spans: [StepSpan]

    /// The version a span ran under.
    public func sop(of span: StepSpan) -> SOP { versions[span.sopHash] ?? sop }
}

/// Streams every recorded case from the store, one at a time (one ordered pass over the events,
/// never all of them in memory), with its SOP and spans.
public enum CaseCorpus {
    public static func forEach(_ engine: CaseEngine, _ body: (CaseRecord) throws -> Void) throws {
        // SOP versions are loaded up front: nothing may call the store during the streaming read.
        let sops = try versions(engine)
        var current: [CaseEvent] = []
        func flush() throws {
            defer { current.removeAll(keepingCapacity: true) }
            if let record = record(CaseState(events: current), sops) { try body(record) }
        }
        try engine.storeCall {
            try engine.store.forEachEvent { row in
                if let first = current.first, first.caseID != row.caseID { try flush() }
                if let event = try? EventHasher.decodeBody(row.body, hash: row.hash) { current.append(event) }
            }
            try flush()
        }
    }

    /// Every stored SOP version that loads, by hash.
    static func versions(_ engine: CaseEngine) throws -> [String: SOP] {
        var sops: [String: SOP] = [:]
        for version in try engine.storeCall({ try engine.store.sopVersions() }) {
            sops[version.hash] = try? engine.sop(hash: version.hash)
        }
        return sops
    }

    /// A folded case with its versions and spans; nil when it is no case or its SOP is not stored.
    static func record(_ state: CaseState?, _ sops: [String: SOP]) -> CaseRecord? {
        guard let state, let sop = sops[state.sopHash] else { return nil }
        let versions = Dictionary(state.versionHashes.compactMap { hash in sops[hash].map { (hash, $0) } }, uniquingKeysWith: { a, _ in a })
        return CaseRecord(state: state, sop: sop, versions: versions, spans: CaseTimeline.spans(of: state, sop: sop, versions: versions))
    }

    /// Every duty record of an SOP's agenda chain.
    public static func duties(_ engine: CaseEngine, sop: SOP) throws -> [(CaseEvent, DutyDone)] {
        try engine.storeCall { try engine.store.events(caseID: CaseEngine.agendaID(for: sop)) }.compactMap { event in
            if case .dutyDone(let duty) = event.payload { (event, duty) } else { nil }
        }
    }
}

/// A local day as an interval of instants on a calendar.
public struct ReportDay: Sendable, Hashable {
    public var date: CalendarDate
    public var interval: DateInterval

    public init(_ date: CalendarDate, calculator: DeadlineCalculator) {
        self.date = date
        let start = calculator.instant(date, ClockTime(hour: 0, minute: 0))
        interval = DateInterval(start: start, duration: 86_400)
    }
}
