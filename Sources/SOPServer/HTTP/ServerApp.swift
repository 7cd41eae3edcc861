import Foundation
import Hummingbird
import Logging
import NIOCore

/// `sop server`: the staff pages and the JSON API on one address, over one deployment.
public enum ServerApp {
    /// The routes, for the server and for tests that drive them without a socket.
    public static func router(_ deployment: Deployment, threads: Int = 8) -> Router<BasicRequestContext> {
        let state = ServerState(deployment: deployment, threads: threads)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware(state: state))
        PageRoutes.add(to: router, state)
        APIRoutes.add(to: router, state)
        return router
    }

    /// Serves until the process is stopped. `onRunning` gets the bound port (0 picks one).
    public static func run(_ deployment: Deployment, host: String, port: Int,
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "sop-server")
        logger.logLevel = .warning
        let app = Application(router: router(deployment), configuration: .init(address: .hostname(host, port: port), serverName: "sop"),
                              onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
        try await app.runService()
    }
}
