import Foundation
import Hummingbird
import NIOPosix
import SOPEngine

/// What every request handler shares: the deployment, the sessions, and the threads the
/// blocking engine runs on (the event loop must never wait on the store).
final class ServerState: Sendable {
    let deployment: Deployment
    let sessions: SessionStore
    let actions: CaseActions
    let offices: OfficeNames
    private let pool: NIOThreadPool

    static let cookie = "sop_sesi"

    init(deployment: Deployment, threads: Int) {
        self.deployment = deployment
        sessions = SessionStore(clock: deployment.engine.clock, lifetime: deployment.sessionLifetime)
        actions = CaseActions(deployment: deployment)
        offices = OfficeNames(directory: deployment.offices)
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// Runs blocking engine work off the event loop; its errors come back as they were thrown.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }

    /// The logged-in viewer of a request, or SERVER001.
    func viewer(_ request: Request) throws -> Viewer {
        guard let token = request.cookies[Self.cookie]?.value, let session = sessions.session(token) else { throw ServerError.loginRequired }
        return try actions.viewer(session)
    }

    /// A write must carry the session's CSRF token (form field or `X-CSRF-Token` header).
    func checkCSRF(_ viewer: Viewer, _ token: String?) throws {
        guard let token, token.utf8.count == viewer.session.csrf.utf8.count,
              zip(token.utf8, viewer.session.csrf.utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else { throw ServerError.badCSRF }
    }

    func sessionCookie(_ session: Session) -> Cookie {
        Cookie(name: Self.cookie, value: session.token, path: "/", httpOnly: true, sameSite: .strict)
    }

    var expiredCookie: Cookie {
        Cookie(name: Self.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }
}
