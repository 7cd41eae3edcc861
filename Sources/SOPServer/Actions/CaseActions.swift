import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// The operations the pages and the API share, each checked against the viewer's office before
/// the engine decides the rest (role, delegation, office of the step). Blocking: the routes run
/// them off the event loop.
struct CaseActions: Sendable {
    let deployment: Deployment
    var engine: CaseEngine { deployment.engine }
    var offices: OfficeDirectory { deployment.offices }

    /// The staff member of a session, with their office.
    func viewer(_ session: Session) throws -> Viewer {
        guard let member = deployment.roster.staff.first(where: { $0.nip == session.nip }),
              let office = member.office.flatMap({ offices.office($0.value) }) else { throw ServerError.loginRequired }
        return Viewer(member: member, office: office, session: session)
    }

    /// Checks NIP and password against the roster; the same answer whether the NIP or the password was wrong.
    func authenticate(nip: String, password: String) -> StaffMember? {
        let nip = nip.filter { !$0.isWhitespace }
        guard let member = deployment.roster.staff.first(where: { $0.nip == nip }), let stored = member.passwordHash?.value,
              member.office.flatMap({ offices.office($0.value) }) != nil else {
            // Spend the same time as a real check, so a wrong NIP is not told apart by timing.
            _ = PasswordHash.verify(password, against: Self.decoy)
            return nil
        }
        return PasswordHash.verify(password, against: stored) ? member : nil
    }

    private static let decoy = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

    // MARK: - Reading

    /// One case on a list: where it is, who holds it, how its running steps stand on their clocks.
    struct Row: Sendable {
        let summary: CaseSummary
        let clocks: [SLAClock.Assessment]
        /// The worst clock of its running steps, for sorting and the colour of the row.
        var worst: SLAClock.Status? {
            clocks.map(\.status).max { Self.rank($0) < Self.rank($1) }
        }
        static func rank(_ status: SLAClock.Status) -> Int {
            switch status {
            case .late: 4
            case .near: 3
            case .unknown: 2
            case .onTime: 1
            case .noStandard: 0
            }
        }
    }

    /// The viewer's queue (open cases their office holds now) and the other open cases they
    /// oversee (offices below, and their own cases held higher up).
    func queue(_ viewer: Viewer) throws -> (mine: [Row], overseen: [Row]) {
        let now = engine.clock.now()
        var mine: [Row] = [], overseen: [Row] = []
        for summary in try engine.storeCall({ try engine.store.caseSummaries() }) where summary.status == .open {
            guard viewer.sees(home: summary.homeOffice, holder: summary.office, in: offices) else { continue }
            let row = try self.row(summary, at: now)
            if summary.office == viewer.office.id { mine.append(row) } else { overseen.append(row) }
        }
        return (mine, overseen)
    }

    /// Every case the viewer may see, open or closed, newest first.
    func visibleCases(_ viewer: Viewer) throws -> [CaseSummary] {
        try engine.storeCall { try engine.store.caseSummaries() }.filter { viewer.sees(home: $0.homeOffice, holder: $0.office, in: offices) }
    }

    private func row(_ summary: CaseSummary, at now: Date) throws -> Row {
        let state = try engine.state(of: summary.caseID)
        let sop = try engine.sop(of: state)
        let clock = deployment.slaClock(home: state.homeOffice)
        let running = Set(state.active.map(\.step))
        let spans = CaseTimeline.spans(of: state, sop: sop, versions: try engine.earlierVersions(of: state))
            .filter { $0.completedAt == nil && running.contains($0.step) }
        return Row(summary: summary, clocks: spans.map { clock.assess($0, at: now) })
    }

    /// A case the viewer may see, with its SOP and its presentation; another office's case is
    /// answered as not found.
    func view(_ caseID: String, _ viewer: Viewer) throws -> CasePresentation {
        let state: CaseState
        do { state = try engine.state(of: caseID) } catch EngineError.unknownCase { throw ServerError.noCase(caseID) }
        guard viewer.sees(home: state.homeOffice, holder: state.office, in: offices) else { throw ServerError.noCase(caseID) }
        return CasePresentation(state: state, sop: try engine.sop(of: state), clock: deployment.slaClock(home: state.homeOffice),
                                now: engine.clock.now(), versions: try engine.earlierVersions(of: state))
    }

    // MARK: - Writing

    /// Opens a case for the viewer's own office.
    func open(_ input: OpenInput, _ viewer: Viewer) throws -> CaseState {
        guard let published = deployment.sop(id: input.sop) else {
            throw ServerError.unknownSOP(input.sop, known: deployment.sops.map(\.id))
        }
        return try engine.open(sop: published.sop, source: published.source, fields: input.fields, actingAs: viewer.member.nip,
                               occurredAt: try when(input.occurredAt, viewer), note: clean(input.note), office: viewer.office.id)
    }

    /// Does a step as the viewer. Staff steps are done in the viewer's own name (never someone
    /// else's); an outside party's step is recorded by the office holding the case.
    func step(_ caseID: String, _ input: StepInput, _ viewer: Viewer) throws -> StepOutcome {
        let presentation = try view(caseID, viewer)
        let state = presentation.state, sop = presentation.sop
        // Only the office holding the case acts on it; an office above it watches. The engine
        // checks the same again (role, delegation, office of the step's level).
        guard state.office == viewer.office.id || state.status == .closed else {
            throw ServerError.notYourQueue(state.office.flatMap { offices.office($0)?.name.value } ?? "-")
        }
        var actingAs = viewer.member.nip
        if let step = sop.step(input.step), !step.actors.isEmpty,
           step.actors.allSatisfy({ sop.actor($0.id)?.isExternal == true }) {
            actingAs = clean(input.outsideName) ?? ""
            if actingAs.isEmpty {
                throw ServerError.badBody("langkah '\(step.id)' dilakukan pihak luar: isi nama pihak luar dan kontaknya")
            }
        }
        let request = StepRequest(caseID: state.id, step: input.step, actingAs: actingAs, contact: clean(input.contact),
                                  fields: input.fields, present: input.present ?? ["semua"], choice: clean(input.choice),
                                  occurredAt: try when(input.occurredAt, viewer), outputProduced: input.outputProduced,
                                  note: clean(input.note))
        return try engine.perform(request)
    }

    private func clean(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// `pada` as the CLI reads `--pada`: in the viewer's office zone, or ISO 8601.
    private func when(_ text: String?, _ viewer: Viewer) throws -> Date? {
        guard let text = clean(text) else { return nil }
        let zone = deployment.calculators[viewer.office.id]?.calendar.zone.identifier ?? "Asia/Jakarta"
        switch TimeInput.parse(text, zone: zone) {
        case .success(let date): return date
        case .failure(let error):
            throw ServerError.badBody("waktu 'pada' \(text) tidak sah: \(error.reason); tulis seperti 2024-04-05 10:30 atau 2024-04-05T10:30:00+07:00")
        }
    }

    // MARK: - Desk display

    /// Per desk of an office: the case being served and the ones waiting, by number only.
    func board(_ officeID: String) throws -> (Office, [(desk: String, waiting: [String])]) {
        guard let office = offices.office(officeID) else { throw ServerError.notFound("kantor '\(officeID)'") }
        // In arrival order at the queued step, as `sop antrian` orders them: the first is served now.
        var desks: [String: [(since: Date, id: String)]] = [:]
        for summary in try engine.storeCall({ try engine.store.caseSummaries() })
        where summary.status == .open && summary.office == office.id {
            guard let sop = try? engine.sop(hash: summary.sopHash) else { continue }
            for active in summary.active {
                if let desk = sop.step(active.step)?.queue?.desk { desks[desk, default: []].append((active.since, summary.caseID)) }
            }
        }
        let names = office.desks.map(\.id) + desks.keys.filter { key in !office.desks.contains { $0.id == key } }.sorted()
        return (office, names.map { desk in (desk, (desks[desk] ?? []).sorted { ($0.since, $0.id) < ($1.since, $1.id) }.map(\.id)) })
    }
}
