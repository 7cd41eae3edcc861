import Foundation
import Logging
import PostgresNIO

/// Runs postgres-nio's async client under the engine's synchronous `EventStore` protocol.
///
/// The client's `run()` lives in a task for as long as the store; each call starts a task and
/// blocks the calling thread until it ends. Both run on the store's own threads
/// (`StoreExecutor`), so a caller may be any thread but a NIO event loop's.
final class BlockingBridge: @unchecked Sendable {
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    init(configuration: PostgresClient.Configuration) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "sop.postgres", factory: { _ in SwiftLogNoOpLogHandler() }))
        self.client = client
        logger = Logger(label: "sop.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        runner = Task.detached(executorPreference: StoreExecutor.shared) { await client.run() }
    }

    deinit { runner.cancel() }

    /// `body` run to its end on the client, the calling thread waiting for it.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresClient, Logger) async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let client = self.client, logger = self.logger
        Task.detached(executorPreference: StoreExecutor.shared) {
            do { box.result = .success(try await body(client, logger)) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// A result handed from the task to the waiting thread (the semaphore orders the accesses).
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
