import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// `|` (pipe the article to a command), `O` (open its URL) and the marks
/// another instance writes: the prompt, the effects and the messages, with
/// no terminal (the loop runs the commands; `ExternalCommand` is tested apart).
@Suite struct PipeTests {
    static let withURL = Article(
        id: "url-one", file: "/corpus/url-one.txt", title: "Minsk hosts the trade fair", date: "2026-12-04",
        language: "en", source: "BelTA", url: "https://example.com/news/minsk-fair",
        body: "The fair opened on Monday.\n\nExporters came from Vietnam.", raw: "", countries: ["BY", "VN"])

    static var articles: [Article] { [withURL] + Fixtures.all }

    @Test func thePipedTextIsWhatTheArticleHolds() {
        let text = PipeText.format(Self.withURL)
        #expect(text == """
            Minsk hosts the trade fair

            Date: 2026-12-04
            Source: BelTA
            URL: https://example.com/news/minsk-fair
            Language: English (en)
            Countries: Belarus (BY), Vietnam (VN)

            The fair opened on Monday.

            Exporters came from Vietnam.

            """)
        // Without a date, source or URL, those lines are not there; an unknown language says so.
        let bare = Article(id: "b", file: "/b.txt", title: "Untitled", language: "und", body: "Text.\n", raw: "")
        #expect(PipeText.format(bare) == "Untitled\n\nLanguage: unknown\n\nText.\n")
        // The whole body, as the article holds it (not the reader's wrapped lines).
        let long = Fixtures.long("long", paragraphs: 30)
        #expect(PipeText.format(long).hasSuffix(long.body.trimmingTrailingNewlines() + "\n"))
    }

    @Test func barPromptsAndEnterPipesTheSelectedArticle() throws {
        var p = try Fixtures.run("j |", articles: Self.articles)
        #expect(p.state.prompt?.articleID == Fixtures.english.id)
        #expect(p.state.prompt?.text == "")
        #expect(p.frame.plainText.split(separator: "\n").last?.hasPrefix(" Pipe to: _") == true)
        p.send(try KeyNames.parse("w c Space - l Enter"))
        #expect(p.state.prompt == nil)
        #expect(p.effects.last == .pipe(command: "wc -l", text: PipeText.format(Fixtures.english)))
        #expect(p.state.lastPipeCommand == "wc -l")
    }

    @Test func theLastCommandIsOfferedAgainAndEditable() throws {
        var p = try Fixtures.run("| c a t Enter", articles: Self.articles)
        #expect(p.effects.last == .pipe(command: "cat", text: PipeText.format(Self.withURL)))
        p.send(try KeyNames.parse("j |"))
        #expect(p.state.prompt?.text == "cat", "the last command is offered again")
        p.send(try KeyNames.parse("Backspace Backspace Backspace l e s s"))
        #expect(p.state.prompt?.text == "less")
        p.send(try KeyNames.parse("C-u"))
        #expect(p.state.prompt?.text == "")
        p.send(try KeyNames.parse("m a i l Space - s Space x C-w"))
        #expect(p.state.prompt?.text == "mail -s ")
        // Keys that mean something in the list are text at the prompt.
        p.send(try KeyNames.parse("q Q j"))
        #expect(p.state.prompt?.text == "mail -s qQj")
        #expect(!p.finished)
    }

    @Test func escCancelsAndRunsNothing() throws {
        let p = try Fixtures.run("| c a t Esc", articles: Self.articles)
        #expect(p.state.prompt == nil)
        #expect(!p.effects.contains { if case .pipe = $0 { return true } else { return false } })
        #expect(p.state.lastPipeCommand == nil, "a cancelled command is not remembered")
        #expect(!p.frame.plainText.contains("Pipe to:"))
        // An empty command pipes nothing either.
        let empty = try Fixtures.run("| Enter", articles: Self.articles)
        #expect(empty.effects.isEmpty)
        #expect(empty.state.message == "Nothing piped (no command)")
    }

    @Test func inTheReaderAndSideBySideTheArticleShownIsPiped() throws {
        let reader = try Fixtures.run("j j Enter | c a t Enter", articles: Self.articles)
        #expect(reader.effects.last == .pipe(command: "cat", text: PipeText.format(Fixtures.french)))
        // Side by side: the focused side (Tab moves the focus to the other side).
        let right = try Fixtures.run("s Enter | c a t Enter", articles: Self.articles)
        #expect(right.effects.last == .pipe(command: "cat", text: PipeText.format(Fixtures.english)))
        let left = try Fixtures.run("s Enter Tab | c a t Enter", articles: Self.articles)
        #expect(left.effects.last == .pipe(command: "cat", text: PipeText.format(Self.withURL)))
    }

    @Test func withoutATerminalTheCommandIsNotRun() throws {
        let p = try Fixtures.run("| c a t Enter", articles: Self.articles)
        #expect(p.state.message == "cat: could not run (no terminal here)")
        let o = try Fixtures.run("O", articles: Self.articles)
        #expect(o.state.message == "the browser: could not run (no terminal here)")
    }

    @Test func theMessageSaysHowTheCommandEnded() throws {
        var p = try Fixtures.run("| w c Space - l Enter", articles: Self.articles)
        p.apply(.commandFinished(.exited(0), command: "wc -l", purpose: .pipe))
        #expect(p.state.message == "Piped to wc -l (exit 0)")
        #expect(p.frame.plainText.contains("Piped to wc -l (exit 0)"))
        p.apply(.commandFinished(.exited(127), command: "nosuchcommand", purpose: .pipe))
        #expect(p.state.message == "Command not found: nosuchcommand (exit 127)")
        p.apply(.commandFinished(.signalled(9), command: "sleep 100", purpose: .pipe))
        #expect(p.state.message == "sleep 100: killed by signal 9")
        // A long command is cut; a control character in it never reaches the terminal.
        let long = String(repeating: "x", count: 80) + "\u{1B}[2J"
        p.apply(.commandFinished(.exited(1), command: long, purpose: .pipe))
        #expect(p.state.message?.contains("\u{1B}") == false)
        #expect((p.state.message?.count ?? 0) < 60)
    }

    @Test func theHelpAndTheStatusOfTheKeys() throws {
        let help = try Fixtures.run("?", size: Size(width: 120, height: 80))
        #expect(help.frame.plainText.contains("pipe the article to a shell command"))
        #expect(help.frame.plainText.contains("open the article's URL"))
        // Both keys wait for the articles while loading.
        var loading = Program(state: .whileLoading(corpusName: "x", size: Size(width: 80, height: 24)))
        loading.send(.char("|"))
        #expect(loading.state.prompt == nil)
        loading.send(.char("O"))
        #expect(loading.effects.isEmpty)
    }
}

@Suite struct OpenURLTests {
    @Test func capitalOOpensTheURL() throws {
        let list = try Fixtures.run("O", articles: PipeTests.articles)
        #expect(list.effects == [.openURL("https://example.com/news/minsk-fair")])
        let reader = try Fixtures.run("Enter O", articles: PipeTests.articles)
        #expect(reader.effects.last == .openURL("https://example.com/news/minsk-fair"))
    }

    @Test func noURLSaysSo() throws {
        let p = try Fixtures.run("j O", articles: PipeTests.articles)
        #expect(!p.effects.contains { if case .openURL = $0 { return true } else { return false } })
        #expect(p.state.message == "No URL in this article")
        #expect(p.frame.plainText.contains("No URL in this article"))
    }

    @Test func theMessagesAfterTheBrowser() throws {
        var p = try Fixtures.run("O", articles: PipeTests.articles)
        p.apply(.noBrowser(tried: []))
        #expect(p.state.message == "No browser found: set $BROWSER")
        p.apply(.noBrowser(tried: BrowserChoice.candidates(environment: ["BROWSER": "w3m:lynx -dump %s"])))
        #expect(p.state.message == "No browser found (tried w3m, lynx, xdg-open, open): set $BROWSER")
        p.apply(.commandFinished(.exited(0), command: "w3m", purpose: .browser(url: "https://example.com/a")))
        #expect(p.state.message == "Opened https://example.com/a with w3m")
        p.apply(.commandFinished(.exited(3), command: "xdg-open", purpose: .browser(url: "https://example.com/a")))
        #expect(p.state.message == "xdg-open: exit 3")
    }

    @Test func theBrowserIsBROWSERThenXdgOpenThenOpen() {
        let all: (String, String) -> Bool = { _, _ in true }
        #expect(BrowserChoice.command(environment: ["BROWSER": "w3m"], isCommand: all)
            == .init(script: "w3m \"$1\"", name: "w3m"))
        #expect(BrowserChoice.command(environment: ["BROWSER": "firefox --new-tab %s"], isCommand: all)
            == .init(script: "firefox --new-tab \"$1\"", name: "firefox --new-tab"))
        // The first of a list that is installed.
        let onlyLynx: (String, String) -> Bool = { name, _ in name == "lynx" }
        #expect(BrowserChoice.command(environment: ["BROWSER": "w3m:lynx"], isCommand: onlyLynx)?.name == "lynx")
        let xdg: (String, String) -> Bool = { name, _ in name == "xdg-open" || name == "open" }
        #expect(BrowserChoice.command(environment: [:], isCommand: xdg)?.name == "xdg-open")
        #expect(BrowserChoice.command(environment: ["BROWSER": "w3m"], isCommand: xdg)?.name == "xdg-open")
        let mac: (String, String) -> Bool = { name, _ in name == "open" }
        #expect(BrowserChoice.command(environment: [:], isCommand: mac)?.name == "open")
        #expect(BrowserChoice.command(environment: [:], isCommand: { _, _ in false }) == nil)
        #expect(BrowserChoice.isExecutable("sh", path: "/usr/bin:/bin"))
        #expect(!BrowserChoice.isExecutable("no-such-browser-here", path: "/usr/bin:/bin"))
    }
}

/// `ExternalCommand` on its own (no terminal is needed to run `/bin/sh`).
@Suite struct ExternalCommandTests {
    @Test func theCommandGetsTheTextAndItsStatusIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.txt").path
        let text = PipeText.format(PipeTests.withURL)
        #expect(ExternalCommand.run(script: "cat > '\(out)'", input: text) == .exited(0))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
        #expect(ExternalCommand.run(script: "exit 3", input: text) == .exited(3))
        #expect(ExternalCommand.run(script: "no-such-command-bulletin", input: text) == .exited(127))
        #expect(ExternalCommand.run(script: "kill -9 $$", input: text) == .signalled(9))
        // A command that reads nothing of a long article still ends (the writer gets EPIPE, not SIGPIPE).
        let long = String(repeating: "line of text\n", count: 100_000)
        #expect(ExternalCommand.run(script: "true", input: long) == .exited(0))
        // The URL is an argument, never part of the script.
        let url = "https://example.com/a?b=1&c=$(touch '\(folder.path)/owned')"
        #expect(ExternalCommand.run(script: "printf %s \"$1\" > '\(out)'", arguments: [url], input: nil) == .exited(0))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == url)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/owned"))
    }

    /// A background job that keeps the command's input open without reading it (`exec 3<&0; sleep 30 &`: the job
    /// inherits descriptor 3, the pipe; its own standard input is /dev/null, as for any job of a script) no longer
    /// holds the writer thread and the pipe for good: the writer lets go about a second after the command ended.
    @Test func aBackgroundJobHoldingTheInputDoesNotKeepTheWriter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("job.pid").path
        let done = DispatchSemaphore(value: 0)
        // More than a pipe holds (64 KiB): the writer must wait for a reader that never comes.
        let long = String(repeating: "line of text\n", count: 100_000)
        let outcome = ExternalCommand.run(script: "exec 3<&0; sleep 30 >/dev/null 2>&1 & echo $! > '\(pidFile)'", input: long,
                                          inputDone: { done.signal() })
        defer {
            if let pid = try? String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
               let n = Int32(pid) { kill(n, SIGKILL) }
        }
        #expect(outcome == .exited(0))
        #expect(done.wait(timeout: .now() + 10) == .success)
    }
}

/// Marks another instance wrote (`Action.marksChanged`, from `MarksWatcher.poll`).
@Suite struct OtherInstanceMarksTests {
    static func key(_ a: Article) -> ArticleKey { ArticleKey(file: a.file, segment: a.segment) }

    @Test func marksFromAnotherInstanceShowWithoutMovingAnything() throws {
        var p = try Fixtures.run("j Enter j")  // reading the French article, scrolled a line
        let before = p.state
        p.apply(.marksChanged([
            MarkChange(key: Self.key(Fixtures.arabic), read: true, flagged: true),
            MarkChange(key: Self.key(Fixtures.chinese), read: true, flagged: false),
            MarkChange(key: ArticleKey(file: "/elsewhere/x.txt", segment: 1), read: true, flagged: false),
        ]))
        #expect(p.state.readIDs.contains(Fixtures.arabic.id))
        #expect(p.state.flaggedIDs.contains(Fixtures.arabic.id))
        #expect(p.state.readIDs.contains(Fixtures.chinese.id))
        #expect(p.state.selection == before.selection)
        #expect(p.state.focus == before.focus)
        #expect(p.state.readerScroll == before.readerScroll)
        #expect(p.state.message == "Marked in another Bulletin: 2 read, 1 flagged")
        // Unmarked there: unmarked here (the read mark this instance made by opening the article stays).
        p.send(.char("j"))
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.arabic), read: false, flagged: false)]))
        #expect(!p.state.readIDs.contains(Fixtures.arabic.id))
        #expect(!p.state.flaggedIDs.contains(Fixtures.arabic.id))
        #expect(p.state.readIDs.contains(Fixtures.french.id))
        #expect(p.state.message == "Marked in another Bulletin: 1 unread, 1 unflagged")
    }

    @Test func anUnreadOnlyListKeepsItsRowsAndTheMessageDoesNotHideTheUsers() throws {
        var p = try Fixtures.run("U j")
        let rows = p.state.visible
        p.send(.char("u"))  // "Marked read"
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.russian), read: true, flagged: false)]))
        #expect(p.state.visible == rows, "an article read elsewhere stays listed until the list changes, as after u")
        #expect(p.state.message == "Marked read")
        // What is already so changes nothing and says nothing.
        p.send(.char("j"))
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.russian), read: true, flagged: false)]))
        #expect(p.state.message == nil)
    }
}
