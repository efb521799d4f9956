import BulletinKit

/// Everything the user can ask for. Keys become actions through `KeyMap`;
/// `update` carries them out.
public enum Action: Sendable, Hashable {
    /// Move the cursor (list, sidebar, picker) or scroll (reader, help) by `n` lines.
    case move(Int)
    case top, bottom
    /// Page down (positive) or up (negative).
    case page(Int)
    /// Ctrl-D / Ctrl-U: half a page down (positive) or up (negative), as in less, vim and mutt.
    case halfPage(Int)
    /// Enter: open the selected article, filter by the sidebar entity, or choose the right side.
    case open
    /// `q`: leave the current mode or pane; quit from the list. `←`/`h`
    /// (`quits: false`) go back the same way but never quit: an arrow key
    /// pressed once too often should not end the session.
    case back(quits: Bool = true)
    case quit
    /// Tab / Shift-Tab.
    case cycleFocus(forward: Bool)
    /// `e`: show the entity sidebar (or go back from it).
    case toggleSidebar
    /// `v`: fewer panes or every pane the width allows (`LayoutChoice`, kept across runs).
    case toggleLayout
    /// `V`: back to the layout the width decides (`LayoutChoice.automatic`), forgetting `v`'s choice.
    case automaticLayout
    /// `J`/`K`: the next or previous article while reading.
    case nextArticle(Int)
    /// `.`/`,`: the next or previous unread article of the list (in a reader: opened).
    case nextUnread(Int)

    case startSearch
    case searchInput(Character)
    case searchBackspace
    case searchClear
    /// `W`: list the warnings from reading the corpus.
    case showProblems
    /// C-w at the search prompt: the last word goes (and the spaces after it), as in a shell.
    case searchDeleteWord
    case searchConfirm
    /// `n` / `N`.
    case searchNext(forward: Bool)
    /// The store's answer to a `.bodySearch` effect (article IDs, best first);
    /// `more`: the store stopped at `AppState.bodySearchLimit`, more articles match.
    case bodySearchResults(query: String, ids: [String], more: Bool = false)
    /// The store's answer to an `.allSearchMatches` effect: every article
    /// whose text matches `query`, uncapped (`A` under a search the count
    /// limit cut).
    case allSearchMatches(query: String, ids: [String])

    case openPicker(Facet)
    /// A picker hotkey or Space on the cursor row: toggles that value.
    case pickerToggle(index: Int)
    case pickerToggleCursor
    /// Enter in a picker: with nothing toggled since it opened, chooses the
    /// value under the cursor; then closes.
    case pickerChoose
    /// `/` in a picker: type to find a value (by its name, case and accents
    /// ignored, or its code); the picker lists only the values named.
    case pickerFindStart
    case pickerFindInput(Character)
    /// Backspace while finding (on an empty query: the find ends).
    case pickerFindBackspace
    /// C-u while finding.
    case pickerFindClear
    /// Enter (`toggle`: the value under the cursor is toggled) or Esc while
    /// finding: every value is listed again, the cursor on the one found.
    case pickerFindEnd(toggle: Bool)
    case closeOverlay
    /// `C`: clear every filter.
    case clearFilters
    /// `U`: show only unread articles (or all again).
    case toggleUnreadOnly
    /// `F`: show only flagged articles (or all again).
    case toggleFlaggedOnly
    /// `[` `]` and `{` `}`: filter to the next or previous single value of a facet.
    case step(Facet, Int)
    /// `o`: the next list order: corpus order → newest first → oldest first → corpus order.
    case cycleOrder

    /// `s`: pin the current article to the left and choose the right one.
    case sideBySide
    /// `S`: swap the two sides.
    case swapSides
    /// `=`: lock the two scrolls together.
    case toggleScrollLock

    /// Esc: cancel whatever is in progress.
    case cancel
    /// `u`: toggle read.
    case toggleRead
    /// `A`: mark every article of the list shown (the filters applied) read;
    /// when every one is read already, unread.
    case markListRead
    /// `*`: toggle flag.
    case toggleFlag
    /// `?`.
    case help
    /// `R`: check the corpus files again in the background (changed, added and
    /// removed files), as a start does, and swap in what changed.
    case reload

    /// `|`: the prompt for a shell command to pipe the article shown to.
    case startPipe
    case promptInput(Character)
    case promptBackspace
    /// C-u at the `|` prompt: the command goes.
    case promptClear
    /// C-w at the `|` prompt: the last word goes.
    case promptDeleteWord
    /// Enter at the `|` prompt: run the command (`Effect.pipe`).
    case promptConfirm
    /// Esc at the `|` prompt: nothing is run.
    case promptCancel
    /// `O`: open the article's URL in a browser (`Effect.openURL`).
    case openURL
    /// The loop ran a command for `|` or `O`: how it ended (the status line says so).
    case commandFinished(CommandOutcome, command: String, purpose: CommandPurpose)
    /// `O` found no browser to run (no `$BROWSER`, no `xdg-open`, no `open`).
    case noBrowser(tried: [String])
    /// Another Bulletin changed read or flag marks in the state database
    /// (`MarksWatcher`): they are shown here too.
    case marksChanged([MarkChange])
    /// `R` found the user's entities file (`~/.config/bulletin/entities.*`,
    /// `--entities`) changed since the articles shown were extracted
    /// (`ArticleStore.entitiesFilesChangedSinceExtraction`): the reload
    /// (which then re-extracts every article in the index) is given no article
    /// as shown, so that it swaps the whole corpus in, new entities and all,
    /// and its end says that the entities were re-read.
    case entitiesFileChanged

    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    /// Ctrl-Z.
    case suspend
    /// A printable key that means nothing while browsing: the status bar says so (as neomutt does).
    case unbound(Character)
    /// Ctrl-C: quit like `q` from anywhere, but the exit status says interrupted (130).
    case interrupt
    /// No key for a while (`TerminalApp.idleSave`): the reader's position is
    /// saved, so a closed terminal window or a crash loses at most the last
    /// second of scrolling, not everything since the article was opened.
    case idle

    /// The background indexer's latest report, `at` seconds after loading started.
    case indexProgress(IndexProgress, at: Double)
    /// The corpus finished loading in the background: show its articles. While
    /// loading, this replaces the loading screen; on a warm start (`rescan`),
    /// it swaps the rescanned articles in under the user, keeping what they
    /// were doing (selection, filters, search, readers) where the articles remain.
    case corpusLoaded(LoadedCorpus)
    /// A warm start's rescan (or `R`) found nothing new: the note goes, the
    /// list stays. `problems`: the warnings and notices of that reading of
    /// every file, the whole list (an `R` shows them; a start keeps its own).
    case corpusUnchanged(problems: [String])
    /// Loading gave no article (`why` is shown, with the files skipped and
    /// why each was: `problems`, one line each; q quits).
    case corpusFailed(String, problems: [String] = [])
}

/// What `update` asks the outside world to do. Values, so tests can check them
/// and the loop (curses or headless) can carry them out.
public enum Effect: Sendable, Hashable {
    case quit
    /// Suspend the process (Ctrl-Z); the terminal is restored first and repainted on resume.
    case suspend
    /// Persist the read state of an article.
    case setRead(id: String, read: Bool)
    /// Persist the read state of several articles at once (`A`: one write).
    case setReadAll(ids: [String], read: Bool)
    /// Persist the flag of an article.
    case setFlagged(id: String, flagged: Bool)
    /// Search every article's text for `query` (the store's full-text search, which
    /// may take a while on a large corpus: the terminal app runs it in the background
    /// and answers with `.bodySearchResults`).
    ///
    /// `uncapped`: every article whose text matches, with no cap
    /// (`AppState.allTextMatches`), for `A` under a search whose answer was cut
    /// at `AppState.bodySearchLimit`; answered with `.allSearchMatches`.
    case bodySearch(query: String, uncapped: Bool = false)
    /// Persist where the reader stopped in an article (first line shown at the current width).
    case setPosition(id: String, line: Int)
    /// Check the corpus files again, in the background, as a warm start does
    /// (`R`); the loop answers with `.corpusLoaded` or `.corpusUnchanged`.
    case reload
    /// `|`: run `/bin/sh -c command` with the terminal handed over and `text`
    /// on its standard input; the loop answers with `.commandFinished`.
    case pipe(command: String, text: String)
    /// `O`: open `url` with the user's browser, the terminal handed over (a
    /// text browser needs it); the loop answers with `.commandFinished` or `.noBrowser`.
    case openURL(String)
    /// Keep the layout `v` chose for the next runs (`LayoutChoice`); nil: `V` went back to the layout the
    /// width decides, kept as such.
    case keepLayout(LayoutChoice?)
}
