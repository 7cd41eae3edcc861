import Foundation
import SOPEngine

/// A logged-in staff member's session: its cookie token, the CSRF token its forms carry, and
/// when it lapses. Kept in memory: a restarted server asks everyone to log in again.
public struct Session: Sendable, Hashable {
    public let token: String
    public let nip: String
    public let csrf: String
    public var expires: Date
}

/// Sessions by token. Expiry is read off the engine's clock, so tests move time by hand.
public final class SessionStore: @unchecked Sendable {
    private var sessions: [String: Session] = [:]
    private let lock = NSLock()
    private let clock: EngineClock
    private let lifetime: TimeInterval

    public init(clock: EngineClock, lifetime: TimeInterval) { self.clock = clock; self.lifetime = lifetime }

    public func open(nip: String) -> Session {
        let session = Session(token: Self.randomToken(), nip: nip, csrf: Self.randomToken(), expires: clock.now() + lifetime)
        lock.withLock { sessions[session.token] = session }
        return session
    }

    /// The live session of `token`, its lifetime renewed; nil when unknown or lapsed.
    public func session(_ token: String) -> Session? {
        let now = clock.now()
        return lock.withLock {
            guard var session = sessions[token] else { return nil }
            guard session.expires > now else { sessions[token] = nil; return nil }
            session.expires = now + lifetime
            sessions[token] = session
            return session
        }
    }

    /// Logs out.
    public func close(_ token: String) { _ = lock.withLock { sessions.removeValue(forKey: token) } }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
