import Foundation
import Testing

/// Runs the built `bulletin` executable (from the same build folder as the tests).
enum CLI {
    static var executable: URL {
        // Tests run from .build/<config>/; the product sits beside the test bundle.
        let bundle = Bundle.main.bundleURL
        var dir = bundle
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("bulletin")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("bulletin")
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// `launching`: another program to run (given `bulletin`'s path in its arguments), with the same environment.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    directory: String? = nil, launching program: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? executable
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // Each run gets its own index cache and state folder unless the test names one:
        // tests run in parallel, and a shared default index would couple them.
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("bulletin-cli-\(UUID().uuidString)")
        env["XDG_CACHE_HOME"] = scratch.appendingPathComponent("cache").path
        env["XDG_DATA_HOME"] = scratch.appendingPathComponent("data").path
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension CLI {
    /// Runs the executable with stdout on a pseudo-terminal of `columns` columns
    /// (stderr on a pipe): what `list` prints on a terminal. `$COLUMNS` is
    /// unset unless `environment` sets it, so the width is the terminal's own.
    static func runOnTerminal(_ arguments: [String], columns: Int, environment: [String: String] = [:]) throws -> Result {
        struct NoTerminal: Error {}
        #if os(Linux)
        // Glibc's Swift module hides posix_openpt and ptsname (X/Open): what they do, by hand.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw NoTerminal() }
        defer { close(master) }
        var unlock: Int32 = 0, number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else { throw NoTerminal() }
        let name = "/dev/pts/\(number)"
        #else
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw NoTerminal() }
        defer { close(master) }
        guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { throw NoTerminal() }
        #endif
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw NoTerminal() }
        var size = winsize(ws_row: 50, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        var mode = termios()
        tcgetattr(slave, &mode)
        mode.c_oflag &= ~tcflag_t(OPOST)  // "\n" as written, not "\r\n"
        tcsetattr(slave, TCSANOW, &mode)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-cli-\(UUID().uuidString)")
        env["XDG_CACHE_HOME"] = scratch.appendingPathComponent("cache").path
        env["XDG_DATA_HOME"] = scratch.appendingPathComponent("data").path
        defer { try? FileManager.default.removeItem(at: scratch) }
        env["COLUMNS"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let err = Pipe()
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = err
        try process.run()
        close(slave)  // the child has its own: reading the master ends when it exits
        let output = OutputBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                output.append(buffer[0..<n])
            }
            done.signal()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return Result(status: process.terminationStatus, stdout: output.text,
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    private final class OutputBox: @unchecked Sendable {
        private var data: [UInt8] = []
        private let lock = NSLock()
        func append(_ bytes: ArraySlice<UInt8>) { lock.withLock { data += bytes } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }
}

@Suite struct CLISmokeTests {
    @Test func helpExitsZero() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("bulletin"))
    }

    @Test func helpShowsTheDefaultUsageAndExitStatuses() throws {
        let r = try CLI.run(["--help"])
        #expect(r.stdout.contains("bulletin [<paths> ...]"))
        #expect(r.stdout.contains("64 for bad usage"))
    }

    /// QA finding: the usage line named --bidi and --shaping but not --ascii,
    /// which the reader takes as well (`bulletin open --help` lists all three).
    @Test func helpUsageNamesEveryDisplayOption() throws {
        let r = try CLI.run(["--help"])
        let usage = try #require(r.stdout.split(separator: "\n").first { $0.contains("bulletin [<paths> ...]") })
        for option in ["--bidi on|off", "--shaping on|off", "--ascii on|off"] {
            #expect(usage.contains(option), "\(usage)")
            #expect(try CLI.run(["open", "--help"]).stdout.contains(option.split(separator: " ")[0]))
        }
    }

    /// `--version` prints the version alone and exits 0 (it is not taken for a path of the default command).
    @Test func versionPrintsTheVersion() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "0.5.0\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func badOptionIsUsageError() throws {
        let r = try CLI.run(["list", "--no-such-option"])
        #expect(r.status == 64)
    }
}

/// Bad option values are usage errors (exit 64) with a message naming the option,
/// found before the terminal is checked or the corpus read.
@Suite struct CLIUsageTests {
    @Test(arguments: [["--bidi", "maybe"], ["--shaping", "sometimes"]])
    func badDisplaySwitchIsUsageError(option: [String]) throws {
        for command in [[], ["screen", "--size", "80x24"]] {
            let r = try CLI.run(command + option + ["--no-index", "/nonexistent"])
            #expect(r.status == 64, "\(command + option): \(r.stderr)")
            #expect(r.stderr.contains("\(option[0]) must be 'on' or 'off', not '\(option[1])'"))
        }
    }

    @Test func emptySearchQueryAndBadLimitAreUsageErrors() throws {
        for query in ["", "   "] {
            let r = try CLI.run(["search", query, "--no-index", "/nonexistent"])
            #expect(r.status == 64, "'\(query)': \(r.stderr)")
            #expect(r.stderr.contains("the query is empty"))
        }
        let r = try CLI.run(["search", "harbour", "--limit", "0", "--no-index", "/nonexistent"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--limit must be at least 1, not 0"))
    }

    @Test func readerOnMissingPathsSaysSoBeforeOpeningTheScreen() throws {
        let typo = try CLI.run(["lsit"])
        #expect(typo.status == 1, "\(typo.stderr)")
        #expect(typo.stderr.contains("lsit: no such file or directory (commands: list, show,"), "\(typo.stderr)")
        let missing = try CLI.run(["--no-index", "/nonexistent/folder"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/folder: no such file or directory"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("commands:"))
    }

    /// A usage error is one line naming the problem and where the options are listed, as
    /// the tool's other messages; ArgumentParser's report took three or four lines
    /// ("Error: …", the option's help, the whole usage synopsis, "See … --help").
    @Test(arguments: [
        (["show", "x", "--width", "0"], "bulletin: --width must be at least 10, not 0 (see bulletin show --help)"),
        (["show", "x", "--width", "-5"], "bulletin: --width must be at least 10, not -5 (see bulletin show --help)"),
        (["search", "harbour", "--limit", "-1"], "bulletin: --limit must be at least 1, not -1 (see bulletin search --help)"),
        // ArgumentParser's own messages in Bulletin's style: lower case after "bulletin: ".
        (["list", "--bogus"], "bulletin: unknown option '--bogus' (see bulletin list --help)"),
        (["list", "--lang"], "bulletin: missing value for '--lang <CODE>' (see bulletin list --help)"),
        (["search", "harbour", "--limit", "abc"], "bulletin: the value 'abc' is invalid for '--limit <N>' (see bulletin search --help)"),
        (["--bidi", "maybe"], "bulletin: --bidi must be 'on' or 'off', not 'maybe' (see bulletin --help)"),
    ])
    func usageErrorIsOneLine(arguments: [String], line: String) throws {
        let r = try CLI.run(arguments + ["--no-index", "/nonexistent"])
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr == line + "\n", "\(arguments)")
    }

    /// With no path, a BULLETIN_SEEDS naming nothing was reported as a bare
    /// "/x: no such file or directory", a path the user never typed.
    @Test func aMissingSeedsFolderNamesTheVariable() throws {
        for command in [["list"], ["--no-index"]] {
            let r = try CLI.run(command, environment: ["BULLETIN_SEEDS": "/nonexistent/seeds"])
            #expect(r.status == 1, "\(command): \(r.stderr)")
            #expect(r.stderr == "bulletin: BULLETIN_SEEDS=/nonexistent/seeds: no such file or directory; give a path or set BULLETIN_SEEDS to the seeds folder\n", "\(command): \(r.stderr)")
        }
    }

    @Test func tooLargeScreenSizeSaysSo() throws {
        let r = try CLI.run(["screen", "--size", "5000x40", "--no-index", "/nonexistent"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--size 5000x40 is too large: at most 1000x1000"))
    }
}
