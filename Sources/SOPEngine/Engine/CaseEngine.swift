import Foundation
import SOPDSL

/// Runs cases through their SOP: opens them pinned to the SOP's content, refuses a step from the
/// wrong person, validates what a step records, takes decisions, and appends every change as a
/// hash-chained event. The clock, the store and the roster are injected.
public final class CaseEngine: @unchecked Sendable {
    public let store: EventStore
    public let clock: EngineClock
    public let authorization: Authorization?
    /// The offices of a multi-office deployment: cases belong to one, and escalate to its ancestors.
    public let offices: OfficeDirectory?
    private var sopCache: [String: SOP] = [:]
    /// Versions pinned (and stored) by this engine, by their YAML text: hashing the canonical
    /// model for every case opened was a fifth of the cost of running cases.
    private var pinned: [String: SOPVersion] = [:]
    /// Versions whose stored text was checked against a case's record, by SOP hash.
    private var verifiedText: [String: String] = [:]
    /// The text pinned last: most cases open on the same text, and comparing one String the
    /// caller keeps passing is a pointer check, where a dictionary lookup hashes the whole text.
    private var lastPinned: (source: String, version: SOPVersion)?
    /// Case id prefixes by SOP path (`CaseID.prefix` goes through URL and CharacterSet).
    private var prefixes: [String: String] = [:]
    private let lock = NSLock()
    /// Cases this engine has folded or written, so a step need not fold the chain again.
    let recent = RecentCases()

    /// The office's one time zone: times in messages are told in it.
    public let zone: TimeZone

    public init(store: EventStore, clock: EngineClock = SystemClock(), roster: Roster? = nil, zone: TimeZone? = nil,
                offices: OfficeDirectory? = nil) {
        self.store = store
        self.clock = clock
        self.authorization = roster.map(Authorization.init)
        self.offices = offices
        self.zone = zone ?? roster.flatMap { TimeZone(identifier: $0.timeZone) } ?? .wib
    }

    /// `date` as the office reads it, for messages.
    func told(_ date: Date) -> OfficeMoment { OfficeMoment(date, zone: zone) }

    /// Opens a case on `sop` (loaded from `source`), storing that exact version. `procedure` picks
    /// the flowchart when the SOP has several; `start` the start terminator when a table has several.
    public func open(sop: SOP, source: String, fields: [String: String] = [:], actingAs: String? = nil,
                     occurredAt: Date? = nil, start: String? = nil, procedure: String? = nil, note: String? = nil,
                     office: String? = nil) throws -> CaseState {
        let (chosenProcedure, chosenStart, firstSteps) = try opening(sop, start: start, procedure: procedure)
        guard let first = firstSteps.first else { throw EngineError.sopInvalid("bagan tidak memiliki langkah yang dilakukan petugas") }
        let (now, when, backdated) = try times(occurredAt, notBefore: nil)
        // Only the opening steps' fields: a later step's would fill in (and decide) that step
        // before anyone has done it, attributed to whoever opened the case.
        let opening = firstSteps.compactMap(sop.step)
        var data: [String: Value] = [:]
        for (key, raw) in fields.sorted(by: { $0.key < $1.key }) {
            guard let field = opening.lazy.flatMap(\.fields).first(where: { $0.id == key }) else {
                throw StepInputs.notOf(key, steps: opening, sop: sop, opening: true)
            }
            data[key] = try FieldValidator.value(raw, for: field).get()
        }
        let actor = try actingAs.map { try openerRecord($0) } ?? .system
        let home = try homeOffice(office, opener: actor)
        return try storeCall {
            let version = try pin(sop, source: source)
            let opened = CaseOpened(sopHash: version.hash, sopName: sop.identity.name.value, sopNumber: sop.identity.number.value,
                                    sopPath: sop.path, data: data, firstStep: first,
                                    firstSteps: firstSteps.count > 1 ? firstSteps : nil,
                                    start: chosenStart, procedure: chosenProcedure, sopTextHash: version.textHash, note: note,
                                    office: home)
            let event = try store.openCase(prefix: prefix(for: sop.path)) { id in
                CaseEvent(caseID: id, sequence: 1, payload: .opened(opened), occurredAt: when,
                          recordedAt: now, isBackdated: backdated, actor: actor, previousHash: "", hash: "")
            }
            remember(sop, hash: version.hash)
            // The text the case records is the pinned one this engine just read or wrote: its
            // next step need not fetch it again to check.
            lock.withLock { verifiedText[version.hash] = version.textHash }
            let state = CaseState(events: [event])!
            recent.remember(state)
            return state
        }
    }

    /// The table, start symbol and first activity nodes of a new case. Only what was chosen
    /// among several is recorded (nil when the SOP had one table, or the table one start).
    private func opening(_ sop: SOP, start: String?, procedure: String?) throws -> (String?, String?, [String]) {
        let named = sop.procedures.filter { !$0.id.isEmpty }.map(\.id)
        let table: Procedure
        if let procedure {
            guard let found = sop.procedures.first(where: { $0.id == procedure }) else {
                throw EngineError.unknownProcedure(procedure, procedures: named)
            }
            table = found
        } else {
            guard sop.procedures.count <= 1, let only = sop.procedures.first else {
                if sop.procedures.isEmpty { throw EngineError.sopInvalid("SOP tidak memiliki langkah") }
                throw EngineError.procedureRequired(procedures: named)
            }
            table = only
        }
        let starts = sop.starts(of: table)
        let chosen: String
        if let start {
            guard starts.contains(start) else { throw EngineError.invalidStart(start, starts: starts) }
            chosen = start
        } else {
            guard starts.count == 1 else {
                if starts.isEmpty { throw EngineError.sopInvalid("bagan tidak memiliki langkah") }
                throw EngineError.startRequired(starts: starts)
            }
            chosen = starts[0]
        }
        return (procedure, starts.count > 1 ? chosen : nil, FlowWalker.activities(from: [chosen], in: sop))
    }

    /// Does one step of a case. Throws `EngineError`; refusals that matter are recorded first.
    public func perform(_ request: StepRequest) throws -> StepOutcome {
        if let outcome = try performHeld(request) { return outcome }
        // Decided from the case's own events, never from the cache alone: a cache edited in the
        // store (a case skipped to its last step) is found here, before anyone acts on it.
        let state = try checkedState(of: request.caseID)
        recent.remember(state)
        let sop = try self.sop(of: state)
        let step = try activeStep(request.step, of: state, sop: sop)
        let times = try self.times(request.occurredAt, notBefore: state.updatedAt)
        let event: CaseEvent
        do {
            event = try append(StepDecision.event(for: request, step: step, state: state, sop: sop, authorization: authorization,
                                                  offices: offices, at: times),
                               after: state)
        } catch let error as EngineError where error.isRecordedRefusal {
            try recordRefusal(error, request: request, state: state, at: times)
            throw error
        }
        return try outcome(of: event, after: state, sop: sop)
    }

    /// The requested step, if the case is waiting on it; else why not, from the case's events.
    private func activeStep(_ id: String, of state: CaseState, sop: SOP) throws -> Step {
        guard let step = sop.step(id) else {
            throw EngineError.unknownStep(id, suggestion: EditDistance.suggestion(for: id, among: sop.steps.map(\.id)))
        }
        if state.status == .closed, !(try self.state(of: state.id)).completions.contains(where: { $0.1.step == step.id }) {
            throw EngineError.caseClosed(state.id)
        }
        guard state.isActive(step.id) else {
            // Most often a colleague at another terminal was quicker: say who and when.
            if let (event, _) = try self.state(of: state.id).completions.last(where: { $0.1.step == step.id }),
               event.sequence > state.lastSequence - 2 {
                throw EngineError.stepAlreadyDone(step: step.id, by: event.actor.name, at: told(event.occurredAt), active: state.active.map(\.step))
            }
            throw EngineError.stepNotActive(step: step.id, active: state.active.map(\.step))
        }
        return step
    }

    /// The case after its new event, held for the next step, and where it now queues.
    func outcome(of event: CaseEvent, after state: CaseState, sop: SOP) throws -> StepOutcome {
        var newState = state
        newState.apply(event)
        recent.remember(newState)
        return StepOutcome(event: event, state: newState, queue: try queuePosition(for: newState, sop: sop))
    }

    /// The case folded from its events, checked against its cached summary.
    func checkedState(of caseID: String) throws -> CaseState {
        let (events, cached) = try storeCall { try store.eventsAndSummary(caseID: caseID) }
        guard let state = CaseState(events: events) else { return try self.state(of: caseID) }
        if let cached, cached != CaseSummary(state) { throw EngineError.cacheTampered(caseID) }
        return state
    }

    /// The case with its whole history, folded from its events.
    public func state(of caseID: String) throws -> CaseState {
        let events = try storeCall { try store.events(caseID: caseID) }
        guard let state = CaseState(events: events) else {
            let ids = (try? store.caseSummaries().map(\.caseID)) ?? []
            throw EngineError.unknownCase(caseID, suggestion: EditDistance.suggestion(for: caseID, among: ids))
        }
        return state
    }

    /// The SOP a case runs on: the version pinned when it was opened, not today's file, and only
    /// if its stored text is the one the case's opening event recorded.
    public func sop(of state: CaseState) throws -> SOP {
        if let expected = state.sopTextHash, lock.withLock({ verifiedText[state.sopHash] }) != expected {
            guard let version = try storeCall({ try store.sopVersion(hash: state.sopHash) }) else { throw EngineError.sopNotStored(state.sopHash) }
            guard version.textHash == expected else { throw EngineError.sopTampered(state.sopHash) }
            lock.withLock { verifiedText[state.sopHash] = expected }
        }
        return try sop(hash: state.sopHash)
    }

    /// `sop(of:)` when it needs no store: the version already loaded and its text already checked.
    func heldSOP(of state: CaseState) -> SOP? {
        lock.withLock {
            if let expected = state.sopTextHash, verifiedText[state.sopHash] != expected { return nil }
            return sopCache[state.sopHash]
        }
    }

    public func sop(hash: String) throws -> SOP {
        if let cached = lock.withLock({ sopCache[hash] }) { return cached }
        guard let version = try storeCall({ try store.sopVersion(hash: hash) }) else { throw EngineError.sopNotStored(hash) }
        guard let sop = version.load().sop else { throw EngineError.sopInvalid("versi tersimpan tidak lolos pemeriksaan") }
        remember(sop, hash: hash)
        return sop
    }

    private func remember(_ sop: SOP, hash: String) { lock.withLock { sopCache[hash] = sop } }

    /// The stored version of this SOP text, computing and saving it once per engine.
    /// The version a new case runs on: the stored one with this SOP's hash (first pinned text
    /// wins; it must still be what was pinned), else this text, stored now.
    func pin(_ sop: SOP, source: String) throws -> SOPVersion {
        if let last = lock.withLock({ lastPinned }), last.source == source, last.version.path == sop.path { return last.version }
        if let known = lock.withLock({ pinned[source] }), known.path == sop.path {
            lock.withLock { lastPinned = (source, known) }
            return known
        }
        let version = SOPVersion(sop: sop, source: source)
        try store.save(version)
        var stored = try store.sopVersion(hash: version.hash) ?? version
        if stored.textHash != version.textHash {
            // Another text of the same SOP (comments, layout) was pinned first: it must still load
            // to this very model, else it was edited in the store.
            guard let model = stored.load().sop, SOPVersion.canonicalHash(of: model) == version.hash else {
                throw EngineError.sopTampered(version.hash)
            }
        } else {
            stored = version
        }
        lock.withLock { pinned[source] = stored; lastPinned = (source, stored) }
        return stored
    }

    private func prefix(for path: String) -> String {
        if let known = lock.withLock({ prefixes[path] }) { return known }
        let prefix = CaseID.prefix(forSOPPath: path)
        lock.withLock { prefixes[path] = prefix }
        return prefix
    }

    func append(_ event: CaseEvent, after state: CaseState) throws -> CaseEvent {
        try storeWrite { try store.append(event, after: state) }
    }

    /// A write's store errors as the engine reports them: a writer who came first by name.
    func storeWrite<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch StoreError.conflict(_, _, let by, let at) {
            throw EngineError.conflict(by: by, at: told(at))
        } catch let error as StoreError {
            throw EngineError.store(error.message)
        }
    }

    /// A refusal goes on the record even if someone else acted meanwhile: it is appended after them.
    func recordRefusal(_ error: EngineError, request: StepRequest, state: CaseState, at times: (Date, Date, Bool)) throws {
        // Name the person as the roster knows them (NIP and name), or as they were typed.
        let member = try? authorization?.person(request.actingAs)
        let actor = ActorRecord(kind: .staff, id: member?.nip ?? request.actingAs, name: member?.name.value ?? request.actingAs)
        let refused = StepRefused(step: request.step, code: error.code, message: error.message)
        var sequence = state.lastSequence + 1
        for _ in 0..<3 {
            do {
                _ = try store.append(CaseEvent(caseID: state.id, sequence: sequence, payload: .stepRefused(refused), occurredAt: times.1,
                                               recordedAt: times.0, isBackdated: times.2, actor: actor, previousHash: "", hash: ""))
                return
            } catch StoreError.conflict {
                sequence = try self.state(of: state.id).lastSequence + 1
            }
        }
    }

    /// Refuses a back-dated time as `open` and `perform` would (KASUS021), so a guided command
    /// can say so before it asks anything: in the future, or before the case's last event.
    public func checkTime(_ requested: Date?, after state: CaseState?) throws {
        _ = try times(requested, notBefore: state?.updatedAt)
    }

    /// "Now", the event time, and whether it is back-dated. Back-dated times may not be in the
    /// future nor before the case's previous event (the record stays in order).
    func times(_ requested: Date?, notBefore earliest: Date?) throws -> (Date, Date, Bool) {
        let now = clock.now()
        guard let requested = requested?.truncatedToMilliseconds else { return (now, now, false) }
        if requested > now { throw EngineError.invalidBackdate("\(told(requested)) ada di masa depan") }
        if let earliest, requested < earliest {
            throw EngineError.invalidBackdate("lebih awal dari peristiwa terakhir kasus ini (\(told(earliest)))")
        }
        return (now, requested, true)
    }

    /// The office a new case belongs to: the one named, else the opening officer's. Staff open
    /// cases only for their own office. Nil when no offices are declared.
    func homeOffice(_ named: String?, opener: ActorRecord) throws -> String? {
        guard let offices else {
            if named != nil { throw EngineError.officesRequired }
            return nil
        }
        let member = opener.kind == .staff ? authorization?.roster.staff.first { $0.nip == opener.id } : nil
        guard let id = named ?? member?.office?.value else { throw EngineError.officeRequired }
        guard let office = offices.office(id) else {
            throw EngineError.unknownOffice(id, suggestion: EditDistance.suggestion(for: id, among: offices.offices.map(\.id)))
        }
        if let member, let theirs = member.office?.value, theirs != office.id {
            throw EngineError.wrongOffice(person: "\(member.name.value) (NIP \(member.nip))", step: "buka kasus",
                                          theirs: theirs, responsible: office.id)
        }
        return office.id
    }

    func openerRecord(_ who: String) throws -> ActorRecord {
        guard let authorization, let member = try? authorization.person(who) else {
            return ActorRecord(kind: .external, id: who, name: who)
        }
        return ActorRecord(kind: .staff, id: member.nip, name: member.name.value)
    }

    private func queuePosition(for state: CaseState, sop: SOP) throws -> QueuePosition? {
        guard let active = state.active.first, let desk = sop.step(active.step)?.queue?.desk else { return nil }
        let queue = try QueueView(engine: self).waiting(at: desk)
        guard let index = queue.firstIndex(where: { $0.caseID == state.id }) else { return nil }
        return QueuePosition(desk: desk, position: index + 1)
    }

    public func storeCall<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as EngineError { throw error } catch let error as StoreError {
            throw EngineError.store(error.message)
        }
    }
}
