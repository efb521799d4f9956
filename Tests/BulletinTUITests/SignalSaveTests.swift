import Glibc
import Testing
@testable import BulletinTUI

/// Gap found by QA: filters, cursor and reader line changed within the last
/// second (`TerminalApp.idleSave`) were lost when the window closed (SIGHUP)
/// or the reader was killed (SIGTERM): the handler restored the terminal and
/// exited at once. Those two signals are now noted for the key loop, which
/// saves and then exits as the signal would.
@Suite(.serialized) struct SignalSaveTests {
    @Test(arguments: [SIGTERM, SIGHUP])
    func theSignalIsNotedForTheLoopNotActedOnInTheHandler(sig: Int32) {
        TerminalRestore.installHandlers()
        defer { TerminalRestore.removeHandlers() }
        #expect(TerminalRestore.takePendingSignal() == nil)
        // The test runs on a worker thread, which blocks signals (the reader's key loop runs on the main thread).
        var set = sigset_t(), old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, sig)
        pthread_sigmask(SIG_UNBLOCK, &set, &old)
        raise(sig)  // before the fix: the default action, which ends the test process
        pthread_sigmask(SIG_SETMASK, &old, nil)
        #expect(TerminalRestore.takePendingSignal() == sig)
        #expect(TerminalRestore.takePendingSignal() == nil)  // once
    }

    /// The handler is installed without SA_RESTART, so the loop's wait for a key returns.
    @Test func theHandlerInterruptsTheKeyLoopsWait() {
        TerminalRestore.installHandlers()
        defer { TerminalRestore.removeHandlers() }
        var action = sigaction()
        sigaction(SIGTERM, nil, &action)
        #expect(action.sa_flags & Int32(SA_RESTART) == 0)
        sigaction(SIGINT, nil, &action)
        #expect(action.__sigaction_handler.sa_handler != nil)  // the others still restore and re-raise
    }
}
