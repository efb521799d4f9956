import BulletinKit
import CNcursesw
import Foundation
import Glibc

/// The full-screen reader on a real terminal: checks the terminal, starts
/// curses, runs the key loop over `Program`, and restores the terminal on
/// every way out.
public enum TerminalApp {
    /// Terminal WG bidi recommendation: explicit mode (the application has
    /// reordered; the terminal must not) and implicit mode (the terminal's default).
    public static let bidiExplicit = TextEnvironment.explicitModeSequence
    public static let bidiImplicit = TextEnvironment.implicitModeSequence

    /// Checks that the reader can run here. Calls `setlocale(LC_ALL, "")`, which
    /// must happen before curses starts (else every non-ASCII width is -1).
    /// A UTF-8 locale the environment asks for but the system lacks (the usual
    /// `LANG=en_US.UTF-8` forwarded by ssh to a server without it) falls back
    /// to C.UTF-8: the user did choose UTF-8, and was told to set it.
    public static func check(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        if setlocale(LC_ALL, "") == nil, let asked = LocaleRequest.utf8Name(in: environment) {
            guard setlocale(LC_ALL, "C.UTF-8") != nil || setlocale(LC_ALL, "C.utf8") != nil else {
                throw .localeMissing(asked)
            }
        }
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw .unknownTerminal(environment["TERM"].flatMap { $0.isEmpty ? nil : $0 })
        }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        guard codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" else {
            throw .localeNotUTF8(codeset)
        }
    }

    /// Whether colours should be used: not under `NO_COLOR` (any non-empty value).
    public static func wantsColour(environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The colours the reader would use on the terminal `environment` names, without one (`bulletin screen
    /// --ansi`): none under `NO_COLOR`, else the terminfo entry of `$TERM` (`colors`, as curses reads it; 0 for
    /// `dumb`); nil when `$TERM` is unset or empty, or names no terminfo entry (the caller picks a default).
    public static func headlessColours(environment: [String: String]) -> Int? {
        if !wantsColour(environment: environment) { return 0 }
        guard let term = environment["TERM"], !term.isEmpty else { return nil }
        let n = Int(bulletin_terminfo_colors(term))
        return n < 0 ? nil : n
    }

    /// How the reader ended.
    public struct Outcome: Sendable {
        /// The user pressed Ctrl-C (exit status 130, as for SIGINT) rather than q.
        public var interrupted: Bool
        /// The last `R` of the session, if any: still running (the caller
        /// stops it as it stops the start's load) or done (its warnings are
        /// the whole list, to print on exit).
        public var reload: BackgroundLoad?
    }

    /// What `R` runs in the background: given the summaries shown, the work of
    /// a warm start's rescan over them (the same incremental index update).
    public typealias ReloadWork = @Sendable (_ shown: [ArticleSummary]) -> BackgroundLoad.Work

    /// Seconds without a key after which the reader's position is saved
    /// (`Action.idle`): one write when the user stops scrolling, not one per line.
    static let idleSave = 1.0

    /// Runs the reader until the user quits. `onEffect` persists read, flag and
    /// position changes; it gets the state the effect came from, to find the
    /// article's key (`AppState.articleKey(of:)`). `onPlace` keeps where the list
    /// stands (`AppState.listPlace`) for the next start: once the keys stop
    /// (`idleSave`), as positions are, and on the way out, so a closed terminal
    /// window loses at most the last second of moving.
    /// With `loader`, the corpus is still being read: `initial` is a loading state
    /// (`AppState.loading`) and the loop shows the loader's progress, then its articles;
    /// or, on a warm start, `initial` shows the stored index (`AppState.rescan`) and
    /// the loader's rescan swaps in what changed. `reload` is what `R` runs, in
    /// the background as the loader does. `onFilters` keeps the list's filters
    /// for the next start (`AppState.keptFilters`), when `onPlace` keeps the place;
    /// `onOrder` the list's order (`AppState.keptOrder`), the same way.
    /// `pollMarks` gives the read and flag marks another instance changed
    /// since it was last asked (`MarksWatcher.poll`): asked every
    /// `marksPoll` seconds, keys or not, and shown at once.
    @discardableResult
    public static func run(_ initial: AppState, loader initialLoader: BackgroundLoad? = nil,
                           reload: ReloadWork? = nil,
                           environment: [String: String] = ProcessInfo.processInfo.environment,
                           onPlace: (ListPlace) -> Void = { _ in },
                           onFilters: (SavedFilters) -> Void = { _ in },
                           onOrder: (ListOrder) -> Void = { _ in },
                           pollMarks: (() -> [MarkChange])? = nil,
                           onEffect: (Effect, AppState) -> Void = { _, _ in }) throws(TerminalError) -> Outcome {
        try check(environment: environment)
        TerminalRestore.saveTermios()
        guard let out = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw .cursesFailed("cannot open the terminal streams")
        }
        guard newterm(nil, out, input) != nil, let window = bulletin_stdscr() else {
            throw .unknownTerminal(environment["TERM"])
        }
        let explicitBidi = initial.display.bidi
        TerminalRestore.prepare(restore: restoreSequence(explicitBidi: explicitBidi))
        TerminalRestore.installHandlers()
        defer {
            leaveScreen()
            TerminalRestore.restoreNow()
            TerminalRestore.removeHandlers()
        }

        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(bulletin_button1_pressed() | bulletin_button4_pressed() | bulletin_button5_pressed(), nil)
        var colours = 0
        if wantsColour(environment: environment), has_colors() {
            start_color()
            use_default_colors()
            colours = Int(bulletin_colors())
        }
        if explicitBidi { writeRaw(bidiExplicit) }

        var state = initial
        state.display.theme = Theme.forTerminal(colours: colours)
        _ = state.update(.resize(Size(width: Int(bulletin_getmaxx(window)), height: Int(bulletin_getmaxy(window)))))
        var program = Program(state: state)
        program.searchesInline = false
        program.reloadsInBackground = true
        program.runsCommands = true
        // The start's load, then each `R`'s: one at a time (`AppState.reload` refuses a second).
        var loader = initialLoader
        var lastReload: BackgroundLoad?
        var searches = BackgroundSearch(store: state.store, limit: AppState.bodySearchLimit)
        let painter = CursesPainter(window: window, colours: colours)
        // Emoji sequences whole where the terminal joins them (asked once, before the first frame).
        let joined = EmojiSequences.choice(environment: environment)
            ?? EmojiSequences.terminalJoins(input: STDIN_FILENO, output: STDOUT_FILENO)
        if !joined.isEmpty {
            painter.wholeKinds = joined
            painter.writeWhole = { writeRaw($0) }
        }
        let keys = CursesInput(window: window)
        painter.paint(program.frame)
        if state.loading == nil { prepareTitleSearch(state) }
        var lastKey = DispatchTime.now().uptimeNanoseconds
        var lastPoll = lastKey
        // The place the list was restored to is kept already, as are the filters.
        var savedPlace = program.state.listPlace
        var savedFilters = program.state.keptFilters
        var savedOrder = program.state.keptOrder
        func savePlace() {
            if let filters = program.state.keptFilters, filters != savedFilters {
                onFilters(filters)
                savedFilters = filters
            }
            if let order = program.state.keptOrder, order != savedOrder {
                onOrder(order)
                savedOrder = order
            }
            guard let place = program.state.listPlace, place != savedPlace else { return }
            onPlace(place)
            savedPlace = place
        }
        defer { savePlace() }
        /// Saves what the idle save would have (the reader's line, the list's place, filters and order).
        func saveNow() {
            if program.state.positionUnsaved {
                for effect in program.apply(.idle) { onEffect(effect, program.state) }
            }
            savePlace()
        }
        while !program.finished {
            // SIGTERM or SIGHUP (the window closed): save first, here and not in the handler, then exit as the signal would.
            if let sig = TerminalRestore.takePendingSignal() {
                saveNow()
                leaveScreen()
                TerminalRestore.exit(on: sig)
            }
            // While a search or the loading runs, wake up now and then to show its news;
            // with a reading position or list place not saved yet, once the keys stop (`idleSave`).
            let busy = searches.isPending || loader?.isPending == true
            let unsaved = program.state.positionUnsaved || program.state.listPlace != savedPlace
                || (program.state.keptFilters != nil && program.state.keptFilters != savedFilters)
                || (program.state.keptOrder != nil && program.state.keptOrder != savedOrder)
            let wait: Int32 = busy ? 40 : unsaved ? Int32(idleSave * 1000) : -1
            wtimeout(window, pollMarks == nil || (wait >= 0 && wait <= Int32(marksPoll * 1000)) ? wait : Int32(marksPoll * 1000))
            // Another instance's marks: asked at most every `marksPoll` seconds (one cheap query when none changed).
            if let pollMarks, program.state.loading == nil,
               Double(DispatchTime.now().uptimeNanoseconds - lastPoll) / 1e9 >= marksPoll {
                lastPoll = DispatchTime.now().uptimeNanoseconds
                let changes = pollMarks()
                if !changes.isEmpty {
                    program.apply(.marksChanged(changes))
                    painter.paint(program.frame)
                }
            }
            if let done = searches.take() {
                for effect in program.apply(done) {
                    // A first answer that was a floor asks for every match; `A` marks once every match came.
                    if case .bodySearch(let query, let uncapped) = effect {
                        if uncapped { searches.startAll(query) } else { searches.start(query) }
                    } else if Self.persists(effect) {
                        onEffect(effect, program.state)
                    }
                }
                painter.paint(program.frame)
            }
            if let news = loader?.take(), !news.isEmpty {
                for action in news {
                    program.apply(action)
                    if case .corpusLoaded = action {
                        searches = BackgroundSearch(store: program.state.store, limit: AppState.bodySearchLimit)
                        prepareTitleSearch(program.state)
                        // A confirmed list search is asked again of the new store (new articles may match).
                        let search = program.state.search
                        if search.isActive, !search.editing, program.state.activeReader == nil { searches.start(search.query) }
                    }
                }
                painter.paint(program.frame)
            }
            guard let key = keys.next() else {
                let quiet = Double(DispatchTime.now().uptimeNanoseconds - lastKey) / 1e9
                if quiet >= idleSave { saveNow() }
                continue
            }
            lastKey = DispatchTime.now().uptimeNanoseconds
            switch key {
            case .resize(let w, let h):
                painter.invalidate()
                // A long article takes a while to lay out at the new width: a note meanwhile, not the old frame.
                let new = Size(width: w, height: h)
                if program.state.resizeRelaysLongArticle(to: new) { painter.paint(Renderer.relayingOut(program.state, to: new)) }
            case .ctrl("l"): painter.invalidate()  // Ctrl-L: redraw everything, as in less and mutt
            default: break
            }
            for effect in program.send(key) {
                switch effect {
                case .quit: break
                case .suspend:
                    suspend(explicitBidi: explicitBidi)
                    painter.invalidate()
                case .pipe(let command, let text):
                    let outcome = handOver(explicitBidi: explicitBidi) {
                        // The command's output and the key prompt are read, then erased from the shell's screen:
                        // left there, they stayed under the cursor the terminal puts back when Bulletin ends, and
                        // the shell's next lines were written over them ("EXITED 0" over "23", the prompt below).
                        writeRaw(ExternalCommand.saveCursor)
                        let outcome = ExternalCommand.run(script: command, input: text)
                        ExternalCommand.waitForKey(after: outcome)
                        writeRaw(ExternalCommand.eraseSinceSaved)
                        return outcome
                    }
                    painter.invalidate()
                    program.apply(.commandFinished(outcome, command: command, purpose: .pipe))
                case .openURL(let url):
                    guard let browser = BrowserChoice.command(environment: environment) else {
                        program.apply(.noBrowser(tried: BrowserChoice.candidates(environment: environment)))
                        break
                    }
                    let outcome = handOver(explicitBidi: explicitBidi) {
                        writeRaw(ExternalCommand.saveCursor)   // (as for `|`: the shell's screen left as it was)
                        let outcome = ExternalCommand.run(script: browser.script, arguments: [url], input: nil)
                        // A failure's words (on the terminal) are read before the screen comes back.
                        if outcome != .exited(0) { ExternalCommand.waitForKey(after: outcome) }
                        writeRaw(ExternalCommand.eraseSinceSaved)
                        return outcome
                    }
                    painter.invalidate()
                    program.apply(.commandFinished(outcome, command: browser.name, purpose: .browser(url: url)))
                case .bodySearch(let query, let uncapped): if uncapped { searches.startAll(query) } else { searches.start(query) }
                case .setRead, .setReadAll, .setFlagged, .setPosition, .keepLayout: onEffect(effect, program.state)
                case .reload:
                    guard let reload else {
                        program.apply(.corpusFailed("Reloading is not available here", problems: []))
                        break
                    }
                    // Checked before the reload rewrites the index's record of the knowledge base it extracted
                    // with. Changed: the reload re-extracts every article, and is given none as shown, so that it
                    // swaps all of them in with their new entities (else it finds the same articles: "no changes").
                    let reread = program.state.store.entitiesFilesChangedSinceExtraction
                    if reread { program.apply(.entitiesFileChanged) }
                    let load = BackgroundLoad(reload(reread ? [] : program.state.catalog.summaries))
                    load.start()
                    loader = load
                    lastReload = load
                }
            }
            if !program.finished { painter.paint(program.frame) }
        }
        return Outcome(interrupted: program.interrupted, reload: lastReload)
    }

    /// Whether `effect` is a mark or a position for `onEffect` to keep.
    static func persists(_ effect: Effect) -> Bool {
        switch effect {
        case .setRead, .setReadAll, .setFlagged, .setPosition, .keepLayout: return true
        default: return false
        }
    }

    /// Folds every title for `/`, and counts the articles of each entity for
    /// the sidebar, in the background while the user looks at the first screen.
    static func prepareTitleSearch(_ state: AppState) {
        let cache = state.cache, catalog = state.catalog
        DispatchQueue.global(qos: .utility).async {
            cache.prepareTitleSearch(catalog.summaries)
            catalog.warmUp()
        }
    }

    /// Ctrl-Z: leave curses, stop the process; `fg` continues here and the caller repaints.
    static func suspend(explicitBidi: Bool) {
        leaveScreen()
        TerminalRestore.restoreNow()
        kill(getpid(), SIGSTOP)
        // Resumed (SIGCONT).
        if explicitBidi { writeRaw(bidiExplicit) }
        refresh()
    }

    /// Seconds between two looks for another instance's marks (`pollMarks`).
    static let marksPoll = 1.0

    /// Hands the terminal to `body` (a command for `|` or `O`) as Ctrl-Z hands
    /// it to the shell: curses left, the terminal as it was before the reader;
    /// then curses back, whatever the command did to the terminal (curses
    /// puts back its own settings), and the caller repaints everything.
    static func handOver<T>(explicitBidi: Bool, _ body: () -> T) -> T {
        leaveScreen()
        TerminalRestore.restoreNow()
        let result = body()
        TerminalRestore.restoreNow()  // a command killed half-way may have left its own modes on
        if explicitBidi { writeRaw(bidiExplicit) }
        refresh()
        return result
    }

    /// Clears the alternate screen, then leaves curses (`endwin`). Without the
    /// clear, a terminal resized while we ran can show our last frame instead of
    /// the shell's screen: tmux 3.3, asked to leave the alternate screen with the
    /// cursor on the last row of a taller window, shrinks the frame into its
    /// history and pulls it back on top of the restored screen.
    static func leaveScreen() {
        writeRaw(capability("clear") ?? "\u{1B}[H\u{1B}[2J")
        endwin()
    }

    /// Bytes that leave full-screen mode: attributes off, mouse reporting off,
    /// keypad mode off, back from the alternate screen, cursor visible, bidi implicit.
    static func restoreSequence(explicitBidi: Bool) -> String {
        var s = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"
        if let rmkx = capability("rmkx") { s += rmkx }
        if let rmcup = capability("rmcup") { s += rmcup }
        s += "\u{1B}[?25h"
        if explicitBidi { s += bidiImplicit }
        return s
    }

    private static func capability(_ name: String) -> String? {
        guard let p = tigetstr(name), bulletin_is_string_cap(p) != 0 else { return nil }
        return String(cString: p)
    }

    private static func writeRaw(_ s: String) {
        fflush(nil)
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}

/// Which locale the environment asks for, as `setlocale(LC_ALL, "")` reads it for
/// the character type: the first non-empty of LC_ALL, LC_CTYPE and LANG.
public enum LocaleRequest {
    public static func name(in environment: [String: String]) -> String? {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = environment[key], !v.isEmpty { return v }
        }
        return nil
    }

    /// The locale asked for when it names UTF-8 (`en_US.UTF-8`, `de_DE.utf8`), else nil.
    public static func utf8Name(in environment: [String: String]) -> String? {
        guard let n = name(in: environment) else { return nil }
        let codeset = n.split(separator: ".").dropFirst().first.map { $0.split(separator: "@")[0].lowercased() } ?? ""
        return codeset == "utf-8" || codeset == "utf8" ? n : nil
    }
}
