import Foundation
import SOPDSL
import SOPEngine
import SOPReports

/// Reports over what one viewer may see: an engine over the shared store narrowed to their
/// office's cases and those below it, so another office's cases are never counted.
extension CaseActions {
    func today(_ viewer: Viewer) -> CalendarDate {
        calculator(viewer).localDate(of: engine.clock.now())
    }

    func daily(_ text: String?, _ viewer: Viewer) throws -> DailyView {
        let day: CalendarDate
        if let text, !text.isEmpty {
            guard let parsed = CalendarDate(iso: text) else { throw ServerError.badBody("tanggal '\(text)' tidak dikenali; tulis seperti 2024-04-02") }
            day = parsed
        } else {
            day = today(viewer)
        }
        let visible = Set(try visibleCases(viewer).map(\.caseID))
        let scoped = CaseEngine(store: ScopedStore(base: engine.store, visible: visible), clock: engine.clock,
                                roster: deployment.roster, zone: calculator(viewer).calendar.timeZone, offices: offices)
        let report = try DailyReport.build(scoped, clock: deployment.slaClock(home: viewer.office.id), day: day, now: engine.clock.now())
        // The checkpoint names the whole store the report was read from.
        let head = try engine.storeCall { try StoreLog.head(of: engine.store) }
        return DailyView(report, checkpoint: CheckpointJSON(size: head.size, root: head.root), zone: calculator(viewer).calendar.timeZone)
    }

    func calculator(_ viewer: Viewer) -> DeadlineCalculator { deployment.calculators[viewer.office.id] ?? deployment.national }
}
