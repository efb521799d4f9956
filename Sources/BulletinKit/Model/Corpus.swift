import Foundation

/// Options that decide how a corpus is opened.
public struct OpenOptions: Sendable {
    /// Extra knowledge-base file given with `--entities`.
    public var entitiesFile: String?
    /// Index database path given with `--index` (nil: the default cache location).
    public var indexPath: String?
    /// Skip the index entirely (tests, one-off runs).
    public var useIndex: Bool
    /// Called as files are indexed (per file, at most ten times a second, one call at a
    /// time from an indexing thread) while the index catches up.
    public var progress: (@Sendable (IndexProgress) -> Void)?
    /// Polled while indexing (between files): when it turns true, indexing
    /// stops, what was written so far is kept (the next start completes it)
    /// and `Corpus.open` returns the index as it is (`report.interrupted`).
    public var isCancelled: (@Sendable () -> Bool)?
    public init(entitiesFile: String? = nil, indexPath: String? = nil, useIndex: Bool = false,
                progress: (@Sendable (IndexProgress) -> Void)? = nil) {
        self.entitiesFile = entitiesFile
        self.indexPath = indexPath
        self.useIndex = useIndex
        self.progress = progress
    }

    public init(entitiesFile: String? = nil, indexPath: String? = nil, useIndex: Bool = false,
                progress: (@Sendable (IndexProgress) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)?) {
        self.init(entitiesFile: entitiesFile, indexPath: indexPath, useIndex: useIndex, progress: progress)
        self.isCancelled = isCancelled
    }
}

/// The articles of one or more input paths, with their entities filled in.
/// This is the one entry point the CLI and the TUI use to read a corpus.
public struct Corpus: Sendable {
    public var paths: [String]
    /// Every article with body and entities. Read through the index, they are
    /// loaded on first access only (100,000 bodies are hundreds of MB and a
    /// second of work): the reader never asks for them, it uses `store`.
    public var articles: [Article] {
        get { loader.articles }
        set { loader = ArticleLoader(newValue) }
    }
    public var warnings: [LoadWarning]
    /// Those of `warnings` about files this open did not read: the index has them from an earlier run,
    /// which reported them (the CLI counts them in one line; `bulletin list --warnings` lists them all).
    public var earlierWarnings: [LoadWarning] = []
    /// The index the corpus was read from (`options.useIndex`), for search and on-demand bodies.
    public var index: IndexedStore?
    /// One line each about the index (rebuilt, set aside, unavailable); not file problems.
    public var notices: [String] = []
    /// What the update of the index did (nil without an index, or for `openStored`).
    public var report: IndexUpdateReport?
    private var loader: ArticleLoader

    public init(paths: [String], articles: [Article], warnings: [LoadWarning] = [], index: IndexedStore? = nil) {
        self.paths = paths
        self.loader = ArticleLoader(articles)
        self.warnings = warnings
        self.index = index
    }

    /// A corpus read through `index`, its articles loaded when first asked for.
    init(paths: [String], index: IndexedStore, warnings: [LoadWarning]) {
        self.paths = paths
        self.loader = ArticleLoader { index.allArticles() }
        self.warnings = warnings
        self.index = index
    }

    /// Read without the index (`openDirectly`): the `--entities` file, and the knowledge-base files'
    /// fingerprints the entities were extracted with (`MemoryStore.extractionStamp`).
    public var entitiesFile: String?
    public var extractionStamp: String?

    /// Where to search and fetch articles: the index when there is one, else memory.
    public var store: any ArticleStore {
        index ?? MemoryStore(articles: articles, entitiesFile: entitiesFile, extractionStamp: extractionStamp)
    }

    /// Every article's summary, in the list's order (from the index: no body is read).
    public var summaries: [ArticleSummary] { index?.summaries ?? articles.map(ArticleSummary.init) }

    /// Every article, in the list's order, one at a time: from the index a row at a time, so that
    /// all 100,000 bodies are never in memory at once (`list --json`).
    public func forEachArticle(_ body: (Article) -> Void) {
        if let index { index.forEachArticle(body) } else { articles.forEach(body) }
    }

    /// How many articles the corpus holds (without loading them from the index).
    public var count: Int { index?.summaries.count ?? articles.count }

    /// True when no article could be read.
    public var isEmpty: Bool { count == 0 }

    /// Reads `paths`, parses the articles and extracts their entities
    /// (through the on-disk index when `options.useIndex`; if the index is
    /// unusable, directly, with a notice).
    /// The roots are read with their links resolved (`CorpusRoot`): a corpus
    /// opened through a link is the same index, with the same marks.
    public static func open(paths: [String], options: OpenOptions = OpenOptions()) -> Corpus {
        var notices: [String] = []
        let roots = CorpusRoot.resolved(paths)
        if options.useIndex {
            let opened = CorpusIndex.openStore(paths: roots, indexPath: options.indexPath,
                                               entitiesFile: options.entitiesFile, progress: options.progress,
                                               isCancelled: options.isCancelled ?? { false })
            notices = opened.notices
            if let store = opened.store {
                // Entities come back linked across articles (stored at index time).
                // Paths as typed, like `openDirectly`'s (the index keeps them absolute).
                var corpus = Corpus(paths: paths, index: store, warnings: TypedPath.display(opened.report.warnings, roots: paths))
                corpus.earlierWarnings = TypedPath.display(opened.report.earlierWarnings, roots: paths)
                corpus.notices = notices
                corpus.report = opened.report
                return corpus
            }
            if opened.report.interrupted {
                // Given up while waiting for another run's indexing (the user quit): reading every file now would
                // only keep a quitting program busy.
                var corpus = Corpus(paths: paths, articles: [])
                corpus.notices = notices
                corpus.report = opened.report
                return corpus
            }
        }
        var corpus = openDirectly(paths: roots, entitiesFile: options.entitiesFile)
        if roots != paths {  // messages name the paths as typed
            corpus.paths = paths
            corpus.warnings = TypedPath.display(corpus.warnings, roots: paths)
        }
        corpus.notices = notices
        return corpus
    }

    /// Reads every file now, without the index.
    static func openDirectly(paths: [String], entitiesFile: String? = nil) -> Corpus {
        // Before the knowledge base is read: an edit made while the articles are read counts as a change.
        let stamp = CorpusIndex.extractionStamp(entitiesFile: entitiesFile)
        let loaded = CorpusLoader().load(paths: paths)
        // Bundled knowledge base + ~/.config/bulletin/entities.{json,tsv} + --entities FILE.
        let (extractor, kbProblems) = EntityExtractor.configured(entitiesFile: entitiesFile)
        var articles = loaded.articles
        for i in articles.indices {
            let found = extractor.extract(title: articles[i].title, body: articles[i].body,
                                          language: articles[i].language, source: articles[i].source)
            articles[i].countries = found.countries
            articles[i].entities = found.entities
        }
        EntityLinker.link(&articles)  // one canonical name per entity across articles
        let warnings = loaded.warnings + kbProblems.map { LoadWarning(file: $0.file, message: $0.message) }
        var corpus = Corpus(paths: paths, articles: articles, warnings: warnings)
        corpus.entitiesFile = entitiesFile
        corpus.extractionStamp = stamp
        return corpus
    }

    /// What the index already holds for `paths`, without reading, listing or
    /// indexing any article file: the first frame of a warm start at once.
    /// Nil when there is no finished index for these paths (first run,
    /// `--no-index`, another format): call `open` (which indexes) instead.
    /// Warnings are the stored ones; files changed since are not seen until
    /// `open` (run it next, on a background thread: `IndexingTask`) has updated the index.
    public static func openStored(paths: [String], options: OpenOptions = OpenOptions()) -> Corpus? {
        guard options.useIndex, let store = CorpusIndex.storedStore(paths: CorpusRoot.resolved(paths), indexPath: options.indexPath,
                                                                                 entitiesFile: options.entitiesFile) else {
            return nil
        }
        var corpus = Corpus(paths: paths, index: store, warnings: TypedPath.display(store.storedWarnings(), roots: paths))
        corpus.earlierWarnings = corpus.warnings  // none of its files read now
        return corpus
    }

    /// `warnings` less `earlierWarnings`: the ones about files read by this open (all of them without
    /// an index), printed in full.
    public var newWarnings: [LoadWarning] {
        guard !earlierWarnings.isEmpty else { return warnings }
        let earlier = Set(earlierWarnings)
        return warnings.filter { !earlier.contains($0) }
    }

    /// The article with this ID, if any.
    public func article(id: String) -> Article? {
        if let index { return index.article(id: id) }
        return articles.first { $0.id == id }
    }
}

/// The articles of a corpus, loaded once on first access (thread-safe).
final class ArticleLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [Article]?
    private let load: @Sendable () -> [Article]

    init(_ articles: [Article]) {
        loaded = articles
        load = { [] }
    }

    init(load: @escaping @Sendable () -> [Article]) {
        self.load = load
    }

    var articles: [Article] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let articles = load()
        loaded = articles
        return articles
    }
}

/// Finds the bundled seed corpus, so `bulletin` works from any working directory:
/// `$BULLETIN_SEEDS`, else a `seeds/` folder beside the executable or in one of
/// its ancestors (the package root when run from `.build/…`; `share/bulletin/seeds`
/// for an installed layout), else the package this source file was built from.
public enum SeedsLocator {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = nil) -> String? {
        if let env = environment["BULLETIN_SEEDS"], !env.isEmpty { return env }
        var candidates: [URL] = []
        if let exe = executable ?? executablePath() {
            var dir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(dir.appendingPathComponent("seeds"))
                candidates.append(dir.appendingPathComponent("share/bulletin/seeds"))
                if dir.path == "/" { break }
                dir = dir.deletingLastPathComponent()
            }
        }
        // Sources/BulletinKit/Model/Corpus.swift -> package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("seeds"))
        return candidates.first(where: isSeedsFolder)?.path
    }

    /// The running executable: `/proc/self/exe` on Linux (right even when started
    /// through `PATH` or a symlink), else `argv[0]` resolved against the working directory.
    static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        if let path = Bundle.main.executablePath { return path }
        guard let arg0 = CommandLine.arguments.first, arg0.contains("/") else { return nil }
        return URL(fileURLWithPath: arg0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).path
    }

    /// A folder holding at least one visible file.
    static func isSeedsFolder(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue,
              let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return false }
        return entries.contains { !$0.hasPrefix(".") }
    }
}

extension IndexProgress {
    /// A report made outside the indexer (the memberwise initializer is
    /// internal): the TUI's tests and benchmarks feed the loading screen with these.
    public static func report(filesDone: Int, filesTotal: Int, bytesDone: Int64, bytesTotal: Int64, filesKept: Int = 0) -> IndexProgress {
        IndexProgress(filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone, bytesTotal: bytesTotal, filesKept: filesKept)
    }
}
