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
///
/// SIGTERM and SIGHUP (a closed terminal window, a logout, `kill`) are not
/// crashes: the reader gets to save what the user changed in the last second
/// (filters, cursor, reader line; `TerminalApp.idleSave`) first. Their handler
/// only notes the signal (`pendingSignal`), which interrupts the key loop's
/// wait (no `SA_RESTART`); the loop saves, outside the handler, where the
/// state database may be written, then calls `exit(on:)`. A second such
/// signal before that restores and exits at once.
enum TerminalRestore {
    // Written once in `prepare` (before any handler is installed) and only read
    // afterwards, from the handlers: no concurrent mutation, hence unsafe is fine.
    nonisolated(unsafe) static var sequence: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var haveTermios = false

    static let fatalSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE]
    /// The signals the key loop handles itself, after saving (see above).
    static let deferredSignals: [Int32] = [SIGTERM, SIGHUP]
    /// The deferred signal received and not handled yet; 0 when none. Written by the handler.
    nonisolated(unsafe) static var pendingSignal: Int32 = 0

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
        pendingSignal = 0  // initialized before any handler can read it
        for s in fatalSignals where !deferredSignals.contains(s) { signal(s, restoreAndReraise) }
        for s in deferredSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = noteSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: the key loop's read returns, and the loop sees the signal
            sigaction(s, &action, nil)
        }
    }

    /// The deferred signal received since the last call, if any (once).
    static func takePendingSignal() -> Int32? {
        let s = pendingSignal
        guard s != 0 else { return nil }
        pendingSignal = 0
        return s
    }

    /// Ends the process as signal `sig` would have, once the loop has saved:
    /// the terminal restored, the default action, the signal raised again.
    static func exit(on sig: Int32) -> Never {
        restoreAndReraise(sig)
        Glibc.exit(128 + sig)  // not reached: the default action of SIGTERM and SIGHUP ends the process
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

/// The handler of SIGTERM and SIGHUP: notes the signal for the key loop; a
/// second one before the loop handled the first ends the process at once.
private func noteSignal(_ sig: Int32) {
    if TerminalRestore.pendingSignal != 0 { restoreAndReraise(sig) }
    TerminalRestore.pendingSignal = sig
}

/// The signal handler (a C function pointer cannot capture context).
private func restoreAndReraise(_ sig: Int32) {
    TerminalRestore.restoreNow()
    signal(sig, SIG_DFL)
    raise(sig)
}
