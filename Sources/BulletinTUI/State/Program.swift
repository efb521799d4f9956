import BulletinKit

/// The loop without a terminal: keys in, state updated, effects collected.
/// `bulletin screen`, the snapshot tests and the benchmark drive it; the curses
/// app drives the same steps with keys from the terminal.
public struct Program: Sendable {
    public var state: AppState
    /// Every effect asked for so far, in order.
    public private(set) var effects: [Effect] = []
    /// True once an effect asked to quit; later keys are ignored.
    public private(set) var finished = false
    /// True when the quit came from Ctrl-C (the exit status is then 130, as for SIGINT).
    public private(set) var interrupted = false

    /// Carry out `.bodySearch` effects at once (headless runs, tests). The terminal
    /// app turns this off and searches in the background instead.
    public var searchesInline = true

    /// How `R` reloads without a terminal: given the summaries shown, reads the
    /// corpus again (on this thread) and says what came of it. Nil: `R` says
    /// it cannot reload here. The terminal app reloads in the background instead.
    public var reloader: (@Sendable ([ArticleSummary]) -> LoadOutcome)?

    /// Whether the entities file changed since `store`'s articles were
    /// extracted (checked at `R`; a test's own answer).
    public var entitiesChanged: @Sendable (any ArticleStore) -> Bool = { $0.entitiesFilesChangedSinceExtraction }

    /// The loop carries out `.reload` itself, in the background (the terminal app).
    public var reloadsInBackground = false

    /// The loop runs the commands of `|` and `O` (the terminal app). Without a
    /// terminal to hand over (`bulletin screen`, tests), the status line says
    /// they were not run.
    public var runsCommands = false

    public init(state: AppState) { self.state = state }

    /// Applies an action that did not come from a key (a background search's answer).
    @discardableResult
    public mutating func apply(_ action: Action) -> [Effect] {
        guard !finished else { return [] }
        let out = state.update(action)
        effects += out
        return out
    }

    /// Handles one key: key map, then update. Returns the effects of this key.
    @discardableResult
    public mutating func send(_ key: Key) -> [Effect] {
        guard !finished, let action = KeyMap.action(for: key, in: state) else { return [] }
        var out = state.update(action)
        effects += out
        if out.contains(.quit) {
            finished = true
            interrupted = action == .interrupt
        }
        if searchesInline {
            for case .bodySearch(let query, false) in out {
                let found = AppState.bodySearch(in: state.store, query: query, limit: AppState.bodySearchLimit)
                out += apply(.bodySearchResults(query: query, ids: found.ids, more: found.more))
            }
            for case .bodySearch(let query, true) in out {
                out += apply(.allSearchMatches(query: query, ids: AppState.allTextMatches(in: state.store, query: query)))
            }
        }
        if !runsCommands {
            for effect in out {
                switch effect {
                case .pipe(let command, _):
                    out += apply(.commandFinished(.notStarted("no terminal here"), command: command, purpose: .pipe))
                case .openURL(let url):
                    out += apply(.commandFinished(.notStarted("no terminal here"), command: "the browser", purpose: .browser(url: url)))
                default: break
                }
            }
        }
        var rereadsEntities = false
        if out.contains(.reload), entitiesChanged(state.store) {
            out += apply(.entitiesFileChanged)
            rereadsEntities = true
        }
        if out.contains(.reload), !reloadsInBackground {
            // A changed entities file: every article is given as not shown, so the reload swaps all of them in.
            let outcome = reloader?(rereadsEntities ? [] : state.catalog.summaries)
                ?? .failed(message: "R reloads in the full-screen reader only", problems: [])
            if let action = outcome.action { out += apply(action) }
        }
        return out
    }

    /// Handles every key in turn.
    public mutating func send(_ keys: [Key]) {
        for k in keys { send(k) }
    }

    /// The screen for the current state.
    public var frame: Grid { Renderer.render(state) }
}
