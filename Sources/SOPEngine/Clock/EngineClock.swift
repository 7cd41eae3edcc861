import Foundation

/// Where the engine reads "now". Injected everywhere so tests drive time by hand.
public protocol EngineClock: Sendable {
    func now() -> Date
}

/// The wall clock, truncated to milliseconds so stored times round-trip exactly.
public struct SystemClock: EngineClock {
    public init() {}
    public func now() -> Date { Date().truncatedToMilliseconds }
}

/// A clock that only moves when a test moves it.
public final class ManualClock: EngineClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start.truncatedToMilliseconds }

    public func now() -> Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds).truncatedToMilliseconds }
    }

    public func set(_ date: Date) { lock.withLock { current = date.truncatedToMilliseconds } }
}

extension Date {
    /// Event times are kept to the millisecond; finer digits would not survive storage.
    public var truncatedToMilliseconds: Date {
        // The epsilon keeps a time that already is a whole millisecond from dropping one.
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000 + 1e-4).rounded(.down) / 1000)
    }
}
