import Foundation
import SOPDSL
import SOPEngine

/// Everything one `sop server` process serves: the engine over the shared store, the staff of
/// every office, the office tree, the SOPs cases may be opened on, and each office's calendar.
/// Built once by the command (or a test) and injected: the server reads no file itself.
public struct Deployment: Sendable {
    public let engine: CaseEngine
    public let roster: Roster
    public let offices: OfficeDirectory
    public let sops: [PublishedSOP]
    /// Each office's deadline calculator, by office id; `national` for a case of no known office.
    public let calculators: [String: DeadlineCalculator]
    public let national: DeadlineCalculator
    /// How long a login lasts without use.
    public let sessionLifetime: TimeInterval

    public init(engine: CaseEngine, roster: Roster, offices: OfficeDirectory, sops: [PublishedSOP],
                calculators: [String: DeadlineCalculator], national: DeadlineCalculator, sessionLifetime: TimeInterval = 8 * 3600) {
        self.engine = engine; self.roster = roster; self.offices = offices; self.sops = sops
        self.calculators = calculators; self.national = national; self.sessionLifetime = sessionLifetime
    }

    public func sop(id: String) -> PublishedSOP? { sops.first { $0.id == id } }

    /// The clocks of a case: its home office's calendar, and at each higher level the calendar of
    /// the office answering there for it.
    func slaClock(home: String?) -> SLAClock {
        let own = home.flatMap { calculators[$0] } ?? national
        var levels: [OrgLevel: DeadlineCalculator] = [:]
        if let home {
            for level in [OrgLevel.provinsi, .pusat] {
                if let office = offices.responsible(for: home, at: level), office.id != home, let calculator = calculators[office.id] {
                    levels[level] = calculator
                }
            }
        }
        return SLAClock(calculator: own, levels: levels)
    }
}

/// An SOP staff may open cases on: its file's stem (`helpdesk`) as id, the model and the exact text.
public struct PublishedSOP: Sendable {
    public let id: String
    public let sop: SOP
    public let source: String

    public init(id: String, sop: SOP, source: String) { self.id = id; self.sop = sop; self.source = source }
}
