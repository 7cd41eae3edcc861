#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The write end of the pipe the SIGINT handler writes to (the self-pipe trick): the reader
/// polls the keyboard and this pipe together, so a Ctrl-C is never lost between two reads.
nonisolated(unsafe) private var interruptPipeWrite: Int32 = -1

/// Async-signal-safe: one write(2) to a non-blocking pipe.
private func onInterrupt(_: Int32) {
    var byte: UInt8 = 3
    _ = write(interruptPipeWrite, &byte, 1)
}

/// Asks on the terminal: questions go to stdout, answers are lines read from stdin in the
/// terminal's own line editing (backspace, Ctrl-U work as in the shell). Ctrl-C and Ctrl-D stop
/// the interview with `GuidedStop`; nothing has been recorded at that point.
final class TerminalPrompter: Prompter {
    /// Both ends are a terminal: a person is there to answer. Scripts, pipes and CI are not.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    private let interruptRead: Int32
    private var pending: [UInt8] = []

    /// Takes over Ctrl-C for the interview; nil when the pipe for it cannot be made.
    init?() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        interruptRead = fds[0]
        interruptPipeWrite = fds[1]
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = onInterrupt
        #else
        action.__sigaction_u.__sa_handler = onInterrupt
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started sop with SIGINT blocked (test runners do): Ctrl-C must reach us.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// The interview is over and the record is being written: Ctrl-C no longer stops the
    /// command, so what it reports (recorded, or the engine's refusal) stays true.
    func finish() {
        signal(SIGINT, SIG_IGN)
    }

    func say(_ text: String) {
        Output.print(text)
    }

    func ask(_ prompt: String) throws -> String {
        Output.prompt(prompt)
        while true {
            let hasLine = pending.contains(10)
            var fds = [pollfd(fd: interruptRead, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, hasLine ? 1 : 2, hasLine ? 0 : -1)
            if ready < 0 {
                if errno == EINTR { continue }
                throw GuidedStop.endOfInput
            }
            if fds[0].revents != 0 {
                // After the terminal's "^C": end the line before the message.
                Output.print("")
                throw GuidedStop.interrupted
            }
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            guard fds[1].revents != 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw GuidedStop.endOfInput
            }
            if count == 0 {
                Output.print("")
                throw GuidedStop.endOfInput
            }
            pending += buffer[..<count]
        }
    }
}
