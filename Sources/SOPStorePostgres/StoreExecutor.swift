import Foundation

/// Threads of the PostgreSQL store's own, on which every task of the client runs (a task
/// executor preference). The store's synchronous callers block while their query runs; were the
/// query on the shared cooperative pool, callers blocking the pool's few threads (a test runner, a
/// server handler) could starve the very task they wait for.
final class StoreExecutor: TaskExecutor, @unchecked Sendable {
    /// One for the process: the threads live as long as it does.
    static let shared = StoreExecutor(threads: 2)

    private let ready = NSCondition()
    private var jobs: [UnownedJob] = []

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "sop.postgres.\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        ready.lock()
        jobs.append(job)
        ready.signal()
        ready.unlock()
    }

    private func work() {
        while true {
            ready.lock()
            while jobs.isEmpty { ready.wait() }
            let job = jobs.removeFirst()
            ready.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
