import Foundation

/// The `case_state.summary` text of a case, written by hand: the same bytes
/// `EventHasher.encoder` makes of `CaseSummary` (readers decode it with `JSONDecoder`, and the
/// writer compares it as text to find a cache edited by hand).
enum CaseSummaryJSON {
    static func text(_ summary: CaseSummary) -> String? {
        var json = CanonicalJSON(capacity: 256 + 64 * summary.data.count)
        json.object { json in
            json.key("active")
            json.array(summary.active) { json, active in
                json.object { json in
                    json.key("since"); json.value(active.since)
                    json.key("step"); json.value(active.step)
                }
            }
            json.key("caseID"); json.value(summary.caseID)
            json.key("data"); json.value(summary.data)
            json.member("homeOffice", summary.homeOffice)
            json.key("lastHash"); json.value(summary.lastHash)
            json.key("lastSequence"); json.value(summary.lastSequence)
            json.member("level", summary.level?.rawValue)
            json.member("office", summary.office)
            json.key("openedAt"); json.value(summary.openedAt)
            json.key("sopHash"); json.value(summary.sopHash)
            json.key("sopName"); json.value(summary.sopName)
            json.member("sopTextHash", summary.sopTextHash)
            json.key("status"); json.value(summary.status.rawValue)
            json.key("updatedAt"); json.value(summary.updatedAt)
            json.member("waiting", summary.waiting)
        }
        return json.isValid ? json.string : nil
    }
}
