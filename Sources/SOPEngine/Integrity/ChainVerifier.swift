import Crypto
import Foundation

/// Re-checks every case's hash chain and names the first broken event of each case.
public enum ChainVerifier {
    public struct Finding: Sendable, Hashable {
        public var caseID: String
        public var sequence: Int
        public var reason: String
    }

    public struct Report: Sendable {
        /// Case chains; the agenda chains of recurring duties are counted apart: they are no case.
        public var cases: Int
        public var agendas: Int = 0
        public var events: Int
        public var findings: [Finding]
        /// The chains among `findings` that are agendas, not cases.
        public var agendaIDs: Set<String> = []
        public var isIntact: Bool { findings.isEmpty }
    }

    /// A chain is an agenda when it holds duty records only (never an opened case).
    static let dutyKind = EventPayload.dutyDone(DutyDone(sopHash: "", duty: "", note: nil)).kind

    /// `chainEnds`: the last (sequence, hash) per case as a cache records it, to catch a cut chain.
    /// `checkDerived`: also fold each case and compare its cached summary, and check the pinned
    /// SOP text against the hash its opening event recorded.
    /// `seal`: the office seal to check every event against; from the first sealed event on, an
    /// event without a seal was written without the key.
    public static func verify(_ store: EventStore, chainEnds: [String: (Int, String)]? = nil, checkDerived: Bool = false,
                              seal: OfficeSeal? = nil) throws -> Report {
        let firstSealed = seal == nil ? nil : try store.firstSealedPosition()
        let texts = checkDerived ? Dictionary(try store.sopVersions().map { ($0.hash, $0.textHash) }, uniquingKeysWith: { a, _ in a }) : [:]
        // Read before the event pass: the store cannot be read from inside its own cursor.
        let summaries = checkDerived ? Dictionary(try store.caseSummaries().map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
        var current: (caseID: String, events: [CaseEvent])? = nil
        var findings: [Finding] = []
        var broken = Set<String>()
        var last: [String: (sequence: Int, hash: String)] = [:]
        var events = 0
        var caseChains = Set<String>()
        func fail(_ caseID: String, _ sequence: Int, _ reason: String) {
            guard broken.insert(caseID).inserted else { return }
            findings.append(Finding(caseID: caseID, sequence: sequence, reason: reason))
        }
        // Everything the engine decides from, re-derived from the chain and compared; reported
        // after the chain checks, which name a more precise cause (a deleted event) when there is one.
        var derivedFindings: [Finding] = []
        func derived(_ caseID: String, _ chain: [CaseEvent]) throws {
            guard checkDerived, !broken.contains(caseID), let state = CaseState(events: chain) else { return }
            func note(_ sequence: Int, _ reason: String) { derivedFindings.append(Finding(caseID: caseID, sequence: sequence, reason: reason)) }
            // Every version the case ran on: the opening's and each move's.
            for event in chain {
                let pinned: (String, String?)
                switch event.payload {
                case .opened(let opened): pinned = (opened.sopHash, opened.sopTextHash)
                case .moved(let move): pinned = (move.toHash, move.toTextHash)
                default: continue
                }
                if let expected = pinned.1, texts[pinned.0] != expected {
                    return note(event.sequence, texts[pinned.0] == nil ? "teks SOP yang dipakai kasus ini hilang dari penyimpanan"
                                                                       : "teks SOP yang dipakai kasus ini telah diubah (hash tidak cocok)")
                }
            }
            guard let cached = summaries[caseID] else {
                return note(state.lastSequence, "catatan ringkas kasus (case_state) hilang")
            }
            if cached != CaseSummary(state) {
                note(state.lastSequence, "catatan ringkas kasus (case_state) tidak sesuai dengan rantai peristiwanya (diubah di luar aplikasi)")
            }
        }
        try store.forEachEvent { row in
            events += 1
            if current?.caseID != row.caseID {
                if let done = current { try derived(done.caseID, done.events) }
                current = (row.caseID, [])
            }
            if row.kind != dutyKind { caseChains.insert(row.caseID) }
            let previous = last[row.caseID] ?? (0, CaseEvent.genesisHash)
            last[row.caseID] = (row.sequence, row.hash)
            guard !broken.contains(row.caseID) else { return }
            if row.sequence != previous.sequence + 1 {
                return fail(row.caseID, previous.sequence + 1, "peristiwa ke-\(previous.sequence + 1) hilang")
            }
            if EventHasher.hex(SHA256.hash(data: row.body)) != row.hash {
                return fail(row.caseID, row.sequence, "isi peristiwa telah diubah (hash tidak cocok)")
            }
            guard let event = try? EventHasher.decodeBody(row.body, hash: row.hash) else {
                return fail(row.caseID, row.sequence, "isi peristiwa tidak dapat dibaca")
            }
            if event.previousHash != previous.hash || row.previousHash != previous.hash {
                return fail(row.caseID, row.sequence, "rantai terputus: hash peristiwa sebelumnya tidak cocok")
            }
            if event.caseID != row.caseID || event.sequence != row.sequence || event.kind != row.kind
                || Timestamp.format(event.occurredAt) != row.occurredAt || event.actor.id != row.actorID
                || event.payload.step != row.step {
                return fail(row.caseID, row.sequence, "kolom tabel tidak sesuai dengan isi peristiwa (diubah di luar aplikasi)")
            }
            if let seal {
                if let mark = row.seal {
                    if !seal.isValid(mark, caseID: row.caseID, sequence: row.sequence, hash: row.hash) {
                        return fail(row.caseID, row.sequence, "segel kunci kantor tidak cocok: peristiwa dibuat atau dihitung ulang tanpa kunci kantor")
                    }
                } else if let firstSealed, row.position > firstSealed {
                    return fail(row.caseID, row.sequence, "peristiwa tanpa segel kunci kantor: ditambahkan di luar aplikasi")
                }
            }
            if checkDerived { current?.events.append(event) }
        }
        if let done = current { try derived(done.caseID, done.events) }
        for (caseID, end) in chainEnds ?? [:] where !broken.contains(caseID) {
            guard let actual = last[caseID] else {
                fail(caseID, 1, "semua peristiwa kasus ini hilang")
                continue
            }
            if actual.sequence < end.0 { fail(caseID, actual.sequence + 1, "peristiwa ke-\(actual.sequence + 1) dan sesudahnya hilang") }
            else if actual.sequence == end.0 && actual.hash != end.1 { fail(caseID, actual.sequence, "peristiwa terakhir tidak cocok dengan catatan kasus") }
        }
        if checkDerived { derivedFindings += try SpanFactCheck.findings(store) }
        for finding in derivedFindings { fail(finding.caseID, finding.sequence, finding.reason) }
        // A chain whose every event is gone (known from the cache only) was a case: agendas have no cache.
        let agendas = Set(last.keys).subtracting(caseChains).subtracting(chainEnds?.keys.map { $0 } ?? [])
        return Report(cases: Set(last.keys).union(chainEnds?.keys.map { $0 } ?? []).subtracting(agendas).count, agendas: agendas.count,
                      events: events, findings: findings.sorted { $0.caseID < $1.caseID },
                      agendaIDs: Set(findings.map(\.caseID)).intersection(agendas))
    }
}
