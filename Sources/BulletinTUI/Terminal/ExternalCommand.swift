import Foundation
import Glibc

/// Runs a shell command for `|` and `O` with the terminal handed over to it:
/// `/bin/sh -c`, as mutt and newsboat do, so the user's quoting, pipes and
/// redirections work. The caller leaves curses first and comes back after.
enum ExternalCommand {
    /// Runs `/bin/sh -c script sh arguments...` and waits for it. `input`, when
    /// given, is written to its standard input (then closed); otherwise it reads
    /// the terminal. Its output goes to the terminal.
    ///
    /// While it runs, this process ignores SIGINT and SIGQUIT (a C-c meant
    /// for the command, which has the terminal in its ordinary mode, reaches
    /// the whole foreground group); a command that does not read all of the
    /// article raises no SIGPIPE here (see the writer); the command gets every
    /// signal at its default.
    /// SIGTSTP (C-z in the command) stops this process with it, as the
    /// shell's job control expects, rather than running curses' handler,
    /// which would draw the reader over the command when `fg` resumes both.
    ///
    /// `inputDone` (tests) is called on the writer's thread once it has closed the pipe.
    static func run(script: String, arguments: [String] = [], input: String?,
                    inputDone: (@Sendable () -> Void)? = nil) -> CommandOutcome {
        var fds: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&fds) == 0 else { return .notStarted(String(cString: strerror(errno))) }
            // Neither end may stay open in the command (the dup2 onto its stdin is a new descriptor).
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
            sigaddset(&defaults, sig)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let oldInt = signal(SIGINT, SIG_IGN), oldQuit = signal(SIGQUIT, SIG_IGN)
        let oldTstp = signal(SIGTSTP, SIG_DFL)
        defer {
            signal(SIGINT, oldInt)
            signal(SIGQUIT, oldQuit)
            signal(SIGTSTP, oldTstp)
        }
        let argv = ["/bin/sh", "-c", script, "sh"] + arguments
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, environ)
        if input != nil { close(fds[0]) }
        guard spawned == 0 else {
            if input != nil { close(fds[1]) }
            return .notStarted(String(cString: strerror(spawned)))
        }
        let ending = PipeEnding()
        if let input {
            // On its own thread: a command that reads nothing (or only later) must not block the wait.
            let fd = fds[1]
            let bytes = Array(input.utf8)
            Thread.detachNewThread {
                // SIGPIPE blocked on this thread only: a write to a command that stopped reading fails
                // with EPIPE, and the signal stays pending on the thread, which then ends (the process
                // never sees it, whatever its disposition, even after `run` has returned).
                var pipeSignal = sigset_t()
                sigemptyset(&pipeSignal)
                sigaddset(&pipeSignal, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
                ExternalCommand.feed(bytes, to: fd, ending: ending)
                close(fd)
                inputDone?()
            }
        }
        var status: Int32 = 0
        defer { ending.mark() }
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .notStarted(String(cString: strerror(errno))) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let sig = status & 0x7F
        if sig == 0 { return .exited((status >> 8) & 0xFF) }
        return .signalled(sig)
    }

    /// How long the writer goes on offering the article to a pipe nobody reads once the command has ended
    /// (a background job it started may hold its input: `cmd &`), in milliseconds.
    static let abandonAfterMilliseconds: Int32 = 1000

    /// Writes `bytes` to the pipe `fd` without blocking for good: the writes wait in `poll`, a quarter of a
    /// second at a time, and stop when the reader closes its end (EPIPE) or, once the command has ended
    /// (`ending`), after `abandonAfterMilliseconds` in which nobody read. A blocking write stayed blocked
    /// forever when a background job of the command kept the pipe open without reading: a thread and a
    /// descriptor lost per such command.
    static func feed(_ bytes: [UInt8], to fd: Int32, ending: PipeEnding) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        bytes.withUnsafeBufferPointer { buffer in
            var done = 0
            var idleAfterEnd: Int32 = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n > 0 { done += n; idleAfterEnd = 0; continue }
                if n < 0, errno == EINTR { continue }
                guard n < 0, errno == EAGAIN || errno == EWOULDBLOCK else { break }  // EPIPE: the command closed its input
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let step: Int32 = 250
                if poll(&p, 1, step) == 0, ending.hasEnded {
                    idleAfterEnd += step
                    if idleAfterEnd >= abandonAfterMilliseconds { break }
                }
            }
        }
    }

    /// DECSC: where the shell's screen had its cursor when the command started (`|`).
    static let saveCursor = "\u{1B}7"
    /// DECRC, then erase to the end of the screen: the command's output and the key prompt go, and the shell's
    /// screen is as it was when Bulletin started (what scrolled off stays in the terminal's history).
    static let eraseSinceSaved = "\u{1B}8\u{1B}[J"

    /// "[exit 0] Press any key to return to Bulletin" (how the command
    /// ended, where the user is looking), then one key, read from the
    /// terminal in its ordinary settings (not echoed, no Enter needed); what
    /// else is typed ahead (the rest of an arrow key's bytes) is dropped.
    static func waitForKey(after outcome: CommandOutcome) {
        let ended: String
        switch outcome {
        case .exited(127): ended = "exit 127: command not found"
        case .exited(126): ended = "exit 126: command not executable"
        case .exited(let status): ended = "exit \(status)"
        case .signalled(let sig): ended = "killed by signal \(sig)"
        case .notStarted: ended = "not run"
        }
        let prompt = "[\(ended)] Press any key to return to Bulletin"
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        // The mode first, then the words: a key pressed as soon as they show is read at once.
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        let text = "\r\n" + prompt + " "
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) < 0, errno == EINTR {
            if TerminalRestore.pendingSignal != 0 { break }  // the window closed: the loop saves and leaves
        }
        tcflush(STDIN_FILENO, TCIFLUSH)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    }
}

/// Whether the command `run` started has ended (set by `run`, read by its pipe's writer thread).
final class PipeEnding: @unchecked Sendable {
    private let lock = NSLock()
    private var ended = false

    func mark() { lock.lock(); ended = true; lock.unlock() }

    var hasEnded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return ended
    }
}

/// Which command opens a URL (`O`): `$BROWSER` if set, else `xdg-open`
/// (Linux, BSD), else `open` (macOS).
///
/// `$BROWSER` may list several commands separated by `:`, the first one
/// found wins (as Python's `webbrowser` and `sensible-browser` read it); a
/// command with `%s` gets the URL there, any other gets it as its last
/// argument. The URL is passed to the shell as `$1`, never pasted into the
/// script, so no character in it can run anything.
public enum BrowserChoice {
    public struct Command: Sendable, Hashable {
        /// The `/bin/sh -c` script; the URL is its `$1`.
        public var script: String
        /// What the status line calls it (`w3m`, `xdg-open`).
        public var name: String
    }

    /// The command for `environment`; nil when none is found. `isCommand`
    /// says whether a name is an executable (on `PATH`, or a path).
    public static func command(environment: [String: String],
                               isCommand: (String, _ path: String) -> Bool = BrowserChoice.isExecutable) -> Command? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let listed = (environment["BROWSER"] ?? "").split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
        for entry in listed where !entry.isEmpty {
            let program = entry.split(separator: " ").first.map(String.init) ?? entry
            guard isCommand(program, path) else { continue }
            let script = entry.contains("%s") ? entry.replacingOccurrences(of: "%s", with: "\"$1\"") : entry + " \"$1\""
            return Command(script: script, name: entry.replacingOccurrences(of: " %s", with: ""))
        }
        for fallback in ["xdg-open", "open"] where isCommand(fallback, path) {
            return Command(script: fallback + " \"$1\"", name: fallback)
        }
        return nil
    }

    /// The commands `command` looks for, in order: `$BROWSER`'s programs, then `xdg-open` and `open` (for the
    /// message when none is found: "tried w3m, lynx, xdg-open, open").
    public static func candidates(environment: [String: String]) -> [String] {
        let listed = (environment["BROWSER"] ?? "").split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
        return listed.filter { !$0.isEmpty }.map { $0.split(separator: " ").first.map(String.init) ?? $0 } + ["xdg-open", "open"]
    }

    /// True when `name` is an executable file: as given when it holds a `/`,
    /// else in one of `path`'s folders.
    public static func isExecutable(_ name: String, path: String) -> Bool {
        if name.contains("/") { return access(name, X_OK) == 0 }
        for dir in path.split(separator: ":", omittingEmptySubsequences: false) {
            let folder = dir.isEmpty ? "." : String(dir)
            var st = stat()
            let candidate = folder + "/" + name
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return true }
        }
        return false
    }
}
