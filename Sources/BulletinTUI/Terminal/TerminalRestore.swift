import CNcursesw
import Glibc

/// Puts the terminal back the way it was on every exit, including the ones
/// that skip normal cleanup: SIGTERM, SIGHUP, SIGINT (from `kill`; Ctrl-C is a
/// key in raw mode) and crashes (SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP,
/// SIGFPE — Swift has no panic hook).
///
/// The handlers only call async-signal-safe functions: `write` of a byte
/// sequence computed before they were installed, `tcsetattr` with the termios
/// saved before curses started, then the default action is restored and the
/// signal raised again so the exit status tells what happened.
enum TerminalRestore {
    // Written once in `prepare` (before any handler is installed) and only read
    // afterwards, from the handlers: no concurrent mutation, hence unsafe is fine.
    nonisolated(unsafe) static var sequence: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var haveTermios = false

    static let fatalSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE]

    /// Saves the terminal settings; call before curses changes them.
    static func saveTermios() {
        haveTermios = tcgetattr(STDIN_FILENO, &savedTermios) == 0
    }

    /// Precomputes the bytes that leave full-screen mode (`restore` is the
    /// terminal's own rmcup/rmkx plus resets for attributes, cursor, mouse and bidi).
    static func prepare(restore: String) {
        let bytes = Array(restore.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        sequence = buffer
    }

    static func installHandlers() {
        for s in fatalSignals { signal(s, restoreAndReraise) }
    }

    static func removeHandlers() {
        for s in fatalSignals { signal(s, SIG_DFL) }
    }

    /// Writes the restore bytes and resets termios: the async-signal-safe part of an exit.
    static func restoreNow() {
        if let base = sequence.baseAddress, sequence.count > 0 {
            var done = 0
            while done < sequence.count {
                let n = write(STDOUT_FILENO, base + done, sequence.count - done)
                if n <= 0 { break }
                done += n
            }
        }
        if haveTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
    }
}

/// The signal handler (a C function pointer cannot capture context).
private func restoreAndReraise(_ sig: Int32) {
    TerminalRestore.restoreNow()
    signal(sig, SIG_DFL)
    raise(sig)
}
