import Foundation
import SOPDSL

/// Why a deadline cannot be counted. The engine says so rather than guess.
public enum CalendarError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The count reached `date`, in a year the calendar does not list: its days off are unknown
    /// (not yet decreed, or the calendar was not updated), so no working day can be assumed.
    case outsideCalendar(year: Int, covered: ClosedRange<Int>, date: CalendarDate)
    /// A negative amount of time was asked for; the parser never produces one.
    case negativeSpan(TimeSpan)

    /// The message shown to users, in Bahasa Indonesia.
    public var message: String {
        switch self {
        case .outsideCalendar(_, let covered, let date):
            let years = covered.lowerBound == covered.upperBound
                ? "tahun \(covered.lowerBound)" : "tahun \(covered.lowerBound)-\(covered.upperBound)"
            return "kalender hanya mencakup \(years); tanggal \(date) di luar kalender"
        case .negativeSpan(let span):
            return "lama waktu tidak boleh negatif (\(span))"
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
