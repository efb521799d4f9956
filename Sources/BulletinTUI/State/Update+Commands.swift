import Foundation
import BulletinKit

/// The `|` prompt: a shell command to pipe an article to, typed at the bottom
/// line as the `/` query is.
public struct CommandPrompt: Sendable, Hashable {
    /// The command as typed so far (the last one of the session to start with).
    public var text: String
    /// The article the command will get: the one shown when `|` was pressed.
    public var articleID: String

    public init(text: String, articleID: String) {
        self.text = text
        self.articleID = articleID
    }
}

/// The text `|` gives a command on its standard input: the title (whole), a blank
/// line, the details (one per line, those the article has), a blank line and
/// the body as the file has it (paragraphs unwrapped; captions and source
/// lines, which the parser keeps apart, are in the details). Always ends with
/// one newline, so that `wc -l` counts the last line.
public enum PipeText {
    public static func format(_ article: Article, countryName: (String) -> String = CountryNames.name,
                              languageName: (String) -> String = LanguageNames.name) -> String {
        // The title whole: one made of the first sentence is cut with "…" for the list.
        var lines = [ArticleParser.uncutTitle(article.title, body: article.body), ""]
        if let date = article.shownDate { lines.append("Date: " + date) }
        if let source = article.source, !source.isEmpty { lines.append("Source: " + source) }
        if let url = article.url, !url.isEmpty { lines.append("URL: " + url) }
        lines.append("Language: " + (article.language == "und" ? "unknown" : "\(languageName(article.language)) (\(article.language))"))
        if !article.countries.isEmpty {
            lines.append("Countries: " + CountryNames.list(article.countries, name: countryName))
        }
        let byPlace = article.placeCountries
        if !byPlace.isEmpty {
            lines.append("Countries by place: " + CountryNames.list(byPlace, name: countryName))
        }
        var text = lines.joined(separator: "\n")
        let body = article.body.trimmingTrailingNewlines()
        if !body.isEmpty { text += "\n\n" + body }
        return text + "\n"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isNewline { s = s.dropLast() }
        return String(s)
    }
}

/// How a command the reader ran (`|`, `O`) ended, as the loop reports it (`Action.commandFinished`).
public enum CommandOutcome: Sendable, Hashable {
    case exited(Int32)
    /// Killed by a signal (its number).
    case signalled(Int32)
    /// It could not be started at all (`/bin/sh` missing, no processes left): why.
    case notStarted(String)
}

extension AppState {
    /// The longest a command is shown in a message before it is cut with "…".
    static let commandShown = 40

    /// `command` as a message shows it: one line, terminal controls made
    /// harmless, cut when long.
    static func shownCommand(_ command: String) -> String {
        TextLayout.truncate(TerminalSafe.sanitize(command).replacingNewlines(), to: commandShown)
    }

    /// The status line after `|` or `O` ran `command` (`name`: what it is called there).
    static func commandMessage(_ outcome: CommandOutcome, command: String, purpose: CommandPurpose) -> String {
        let shown = shownCommand(command)
        switch (outcome, purpose) {
        case (.exited(0), .pipe): return "Piped to \(shown) (exit 0)"
        case (.exited(0), .browser(let url)): return "Opened \(shownURL(url)) with \(shown)"
        // What /bin/sh answers for a command it cannot find (127) or run (126): "cmd: exit 127" read as the command's own failure.
        case (.exited(127), _): return "Command not found: \(shown) (exit 127)"
        case (.exited(126), _): return "Command not executable: \(shown) (exit 126)"
        case (.exited(let status), _): return "\(shown): exit \(status)"
        case (.signalled(let sig), _): return "\(shown): killed by signal \(sig)"
        case (.notStarted(let why), _): return "\(shown): could not run (\(why))"
        }
    }

    static func shownURL(_ url: String) -> String {
        TextLayout.truncate(TerminalSafe.sanitize(url).replacingNewlines(), to: 60)
    }

    /// The article `|` and `O` act on: in the list the selected one; in a
    /// reader its article; side by side, the focused side's.
    var commandArticleID: String? { currentArticleID }

    /// `|`: opens the prompt for a command, with the last one of the session
    /// in it (Enter runs it again; C-u clears it).
    mutating func startPipe() {
        guard let id = commandArticleID else {
            message = "No article to pipe"
            return
        }
        prompt = CommandPrompt(text: lastPipeCommand ?? "", articleID: id)
    }

    /// Enter at the `|` prompt: the command gets the article's text
    /// (`Effect.pipe`); an empty command pipes nothing.
    mutating func confirmPipe() -> [Effect] {
        guard let p = prompt else { return [] }
        prompt = nil
        let command = p.text.trimmingCharacters(in: .whitespaces)
        guard !command.isEmpty else {
            message = "Nothing piped (no command)"
            return []
        }
        lastPipeCommand = command
        guard let article = cache.article(p.articleID, store: store) else {
            message = "The article is gone; nothing piped"
            return []
        }
        return [.pipe(command: command, text: PipeText.format(article))]
    }

    /// `O`: the article's URL to a browser (`Effect.openURL`; the loop picks
    /// the browser), or why not.
    mutating func openURL() -> [Effect] {
        guard let id = commandArticleID, let article = cache.article(id, store: store) else {
            message = "No article to open"
            return []
        }
        guard let url = article.url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty else {
            message = "No URL in this article"
            return []
        }
        return [.openURL(url)]
    }

    mutating func editPrompt(_ edit: (inout String) -> Void) {
        guard var p = prompt else { return }
        edit(&p.text)
        prompt = p
    }
}

/// What a command was run for: the message after it says so.
public enum CommandPurpose: Sendable, Hashable {
    case pipe
    /// `O`, with the URL opened.
    case browser(url: String)
}

extension AppState {
    /// Another Bulletin changed these marks in the state database: they show
    /// here too (read articles dim, flags), without moving the cursor, the
    /// list or a reader, as after `u` and `*` (an article read elsewhere stays
    /// in an unread-only list until the list changes). A message says so when
    /// the status line has nothing else to say; the changes of later polls
    /// before the next key are added to it ("2 read, 2 flagged"): the other
    /// instance's reads and flags often come a poll apart, and the second
    /// kind used to be dropped because the first message was still shown.
    mutating func applyMarks(_ changes: [MarkChange]) {
        guard loading == nil, !changes.isEmpty else { return }
        let byKey = Dictionary(changes.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        var tally = MarkTally()
        for (key, ids) in ArticleKey.ids(of: Set(byKey.keys), in: catalog.summaries) {
            guard let change = byKey[key] else { continue }
            for id in ids {
                if change.read, readIDs.insert(id).inserted { tally.read += 1 }
                if !change.read, readIDs.remove(id) != nil { tally.unread += 1 }
                if change.flagged, flaggedIDs.insert(id).inserted { tally.flagged += 1 }
                if !change.flagged, flaggedIDs.remove(id) != nil { tally.unflagged += 1 }
            }
        }
        guard !tally.isEmpty else { return }
        if let shown = remoteMarks, message == shown.message {
            tally.add(shown.tally)  // still on the status line: one message for all of them
        } else if message != nil {
            return  // the line says something else: that stays
        }
        let text = "Marked in another Bulletin: " + tally.parts.joined(separator: ", ")
        message = text
        remoteMarks = (tally, text)
    }
}

/// The marks another instance changed, by kind, as the status line counts them.
struct MarkTally: Sendable, Hashable {
    var read = 0, unread = 0, flagged = 0, unflagged = 0

    var isEmpty: Bool { read == 0 && unread == 0 && flagged == 0 && unflagged == 0 }

    mutating func add(_ other: MarkTally) {
        read += other.read
        unread += other.unread
        flagged += other.flagged
        unflagged += other.unflagged
    }

    /// "2 read", "1 unflagged": the kinds that changed.
    var parts: [String] {
        [(read, "read"), (unread, "unread"), (flagged, "flagged"), (unflagged, "unflagged")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    }
}
