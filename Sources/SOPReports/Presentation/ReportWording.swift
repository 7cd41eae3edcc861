import Foundation
import SOPDSL
import SOPEngine

/// Wording shared by the reports and the case view: every duration says which clock it is on.
public enum ReportWording {
    /// Office minutes read plainly: "1 jam 5 menit", "45 menit".
    public static func minutes(_ m: Int) -> String {
        let h = m / 60, r = m % 60
        if h == 0 { return "\(r) menit" }
        return r == 0 ? "\(h) jam" : "\(h) jam \(r) menit"
    }

    /// Elapsed (wall-clock) minutes with whole days: "2 hari 3 jam 5 menit".
    public static func elapsed(_ m: Int) -> String {
        let days = m / 1440
        guard days > 0 else { return minutes(m) }
        let rest = m % 1440
        return rest == 0 ? "\(days) hari" : "\(days) hari \(minutes(rest))"
    }

    /// A duration on its clock: "2 jam 30 menit waktu kerja", "12 hari 29 menit waktu berjalan".
    public static func duration(_ m: Int, on clock: SLAClock.Kind) -> String {
        switch clock {
        case .office: "\(minutes(m)) waktu kerja"
        case .elapsed: "\(elapsed(m)) waktu berjalan"
        }
    }

    /// "05 April 2024".
    public static func date(_ d: CalendarDate) -> String {
        SOPDate(year: d.year, month: d.month, day: d.day, location: .unknown()).printed
    }

    public static func detail(_ kind: Deviation.Kind) -> String {
        switch kind {
        case .late(let by, let clock): "terlambat \(duration(by, on: clock))"
        case .missingRequirements(let items): items.joined(separator: ", ")
        case .missingOutput: "output tidak dihasilkan"
        case .deadlineUnknown(let why): "tenggat tidak dapat dihitung: \(why)"
        }
    }

    /// A step's state against its standard, each amount on the standard's clock.
    public static func status(_ status: SLAClock.Status, clock: SLAClock.Kind) -> String {
        switch status {
        case .late(let by): "terlambat \(duration(by, on: clock))"
        case .near(let left): "hampir jatuh tempo (sisa \(duration(left, on: clock)))"
        case .onTime(let left): "tepat waktu (sisa \(duration(left, on: clock)))"
        case .noStandard: "tanpa mutu baku waktu"
        case .unknown(let why): "tidak dapat dihitung: \(why)"
        }
    }

    /// The machine-readable name of a state, for JSON.
    public static func statusKey(_ status: SLAClock.Status) -> String {
        switch status {
        case .late: "terlambat"
        case .near: "hampir_jatuh_tempo"
        case .onTime: "tepat_waktu"
        case .noStandard: "tanpa_standar"
        case .unknown: "tidak_dapat_dihitung"
        }
    }
}
