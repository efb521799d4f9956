import Foundation
import GRDB
import GRDBSQLite

/// One article ready to insert: its fields plus everything derived from it
/// (folded text, encoded entities), computed on a worker thread.
struct PreparedArticle: Sendable {
    var article: Article
    /// `SearchFolding.fold` of the title and body, as the UTF-8 bytes the writer binds,
    /// each followed by a 0 byte (`RawStatement.bind(_:cString:)`: FTS5 reads its text
    /// NUL-terminated, and copied each body twice to make it so).
    var foldedTitle: [UInt8]
    var foldedBody: [UInt8]
    var foldedNames: String
    var countries: String
    var entityNames: String
    /// `EntityCoding.encode(article.entities)` as UTF-8 bytes.
    var entities: [UInt8]
    /// (folded surface form or name, canonical name) pairs for entity search
    /// (those the worker has not sent with an earlier article: `NameCache.isNew`).
    var aliases: [(folded: String, name: String)]
    /// Per pair of `aliases`: its ids in `nameStore` (`NameCache.pairID`), `noID` when the store had none.
    var aliasIDs: [UInt64]
    /// Per entity of `article`: its name's form id in `nameStore` (-1: none).
    var nameForms: [Int32]
    /// `NameKeyStore.serial` of the store whose ids `aliasIDs` and `nameForms` are.
    var nameStore: Int

    static let noID = UInt64.max

    /// Per-worker memo of what depends only on an entity name: the same
    /// few thousand names come back in article after article, and their
    /// keys (`EntityNameKey`) and folded forms cost several microseconds
    /// each (12 s of CPU at 100,000 articles before this memo). In front of
    /// the update's `NameKeyStore`, shared by the workers: a name is keyed
    /// once per update, and looked up here without a lock.
    struct NameCache {
        /// Per name or alias: its key, and ids that stand for the key and for the
        /// form (as the name of an entity) in `pairsSent` and in the writer
        /// (the store's ids: the same for every worker of the update).
        struct Keyed {
            var key: String
            var keyID: Int32
            var formID: Int32
        }
        let store: NameKeyStore
        /// The store's answers by the form's bytes (`UTF8Key`).
        var keyed: [UTF8Key: Keyed] = [:]
        /// Per form id, once the form was an entity's name: the name as
        /// `EntityCoding.clean` leaves it and that one's `names` column text.
        /// Read by the id the form's look-up in `keyed` gave: a name used to
        /// be hashed three times per article (the article's set of its names,
        /// `keyed`, `folded`), each a normalizing hash when it is not ASCII.
        var nameTexts: [Int32: (clean: String, names: String)] = [:]
        var folded: [String: String] = [:]
        /// Key forms of the words of names this worker keyed (`EntityNameKey.key(_:memo:)`).
        var wordKeys: [[UInt8]: String] = [:]
        /// Bounds the memory a corpus of ever-new names can take (past it, look-ups go to the store).
        static let limit = 200_000

        /// A memo over a store of its own (one worker alone, tests).
        init() { self.init(store: NameKeyStore()) }

        init(store: NameKeyStore) { self.store = store }

        /// `form`'s key and ids (-1 past the store's limit: not remembered).
        mutating func keyed(_ form: String) -> Keyed {
            let bytes = UTF8Key(form)
            if let k = keyed[bytes] { return k }
            let k = store.keyed(form, words: &wordKeys)
            if keyed.count < NameCache.limit { keyed[bytes] = k }
            return k
        }

        /// A string hashed and compared by its UTF-8 bytes, as a key of the memo: a `String` key
        /// that is not ASCII is hashed through its normalization (about 1,400 instructions a
        /// look-up, and every name and alias of every article is looked up). The memo stays
        /// exact: it only remembers the store's answers, which the store gives per `String`
        /// (`NameKeyStore`), so two spellings of one name (composed and decomposed) that are two
        /// entries here hold the same answer, as one entry held it before.
        struct UTF8Key: Hashable {
            let string: String
            init(_ string: String) { self.string = string }
            static func == (a: UTF8Key, b: UTF8Key) -> Bool { PhraseMatcher.same(a.string, b.string) }
            func hash(into hasher: inout Hasher) {
                var s = string
                s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }

        /// `EntityCoding.clean(name)` and `fold` of that, for an entity's `name` whose look-up gave `k`.
        mutating func nameText(_ name: String, _ k: Keyed) -> (clean: String, names: String) {
            guard k.formID >= 0 else {
                let clean = EntityCoding.clean(name)
                return (clean, fold(clean))
            }
            if let t = nameTexts[k.formID] { return t }
            let t = store.nameText(name, k)
            if nameTexts.count < NameCache.limit { nameTexts[k.formID] = t }
            return t
        }

        mutating func key(_ form: String) -> String { keyed(form).key }

        mutating func fold(_ name: String) -> String {
            if let f = folded[name] { return f }
            let f = PreparedArticle.namesText(name)
            if folded.count < NameCache.limit { folded[name] = f }
            return f
        }

        /// `entity_alias` pairs this worker has already handed to the writer
        /// in this update: nearly every article repeats pairs of earlier
        /// ones, and the writer writes a worker's files in the order the
        /// worker took them, so a pair sent once need not be sent again
        /// (the writer's `INSERT OR IGNORE` and its own set make a repeat
        /// harmless, so past `limit` pairs are sent unchecked). This also
        /// spares each article a set of its own, and the writer, the one
        /// thread that cannot run in parallel, most of its look-ups.
        /// A pair is the ids of its key and of its entity's name (`Keyed`):
        /// a set of two strings hashed both, each a normalizing hash when it
        /// is not ASCII, for every name and alias of every article.
        var pairsSent = Set<UInt64>()

        /// Whether the pair (`key`'s key, `name` as the entity's name) is to be sent with the article at hand.
        mutating func isNew(_ key: Keyed, name: Keyed) -> Bool {
            let pair = NameCache.pairID(key, name: name)
            guard pair != PreparedArticle.noID else { return true }
            if pairsSent.count >= NameCache.limit { return !pairsSent.contains(pair) }
            return pairsSent.insert(pair).inserted
        }

        /// The pair (`key`'s key, `name` as the entity's name) as one number, `noID` without ids.
        static func pairID(_ key: Keyed, name: Keyed) -> UInt64 {
            guard key.keyID >= 0, name.formID >= 0 else { return PreparedArticle.noID }
            return UInt64(UInt32(key.keyID)) << 32 | UInt64(UInt32(name.formID))
        }
    }

    init(_ article: Article) {
        var cache = NameCache()
        self.init(article, cache: &cache)
    }

    /// What `init(_:cache:)` derives from an article without the worker's memo: its title and
    /// body folded (`foldedTitle`, `foldedBody`) and its entities encoded (`entities`). Computed
    /// where the article was extracted, by whichever worker that was (`SharedExtraction`); the
    /// rest, which depends on the memo and on the order of the worker's files, by the run's own worker.
    struct Folded: Sendable {
        var title: [UInt8]
        var body: [UInt8]
        var entities: [UInt8]

        /// `article` extracted (its entities filled in).
        init(_ article: Article) {
            title = SearchFolding.foldUTF8(article.title)
            title.append(0)
            body = SearchFolding.foldUTF8(article.body)
            body.append(0)
            entities = EntityCoding.encodeUTF8(article.entities)
        }
    }

    init(_ article: Article, cache: inout NameCache) {
        self.init(article, folded: Folded(article), cache: &cache)
    }

    /// `folded`: `Folded(article)`.
    init(_ article: Article, folded: Folded, cache: inout NameCache) {
        self.article = article
        // Each distinct name once, in order of first mention, told apart as a
        // `Set<String>` would (the cache's dictionary compares as one; a form
        // id stands for its string, -1 past the cache's limit).
        let count = article.entities.count
        var nameKeys: [NameCache.Keyed] = []
        nameKeys.reserveCapacity(count)
        var seenIDs: [Int32] = []
        var seenNames = Set<String>()
        var cleanNames: [String] = []
        var foldedParts: [String] = []
        for e in article.entities {
            let k = cache.keyed(e.name)
            nameKeys.append(k)
            if k.formID >= 0 {
                guard !seenIDs.contains(k.formID) else { continue }
                seenIDs.append(k.formID)
            } else {
                guard seenNames.insert(e.name).inserted else { continue }
            }
            let t = cache.nameText(e.name, k)
            cleanNames.append(t.clean)
            // As `foldNames(entityNames)`, one memoized name at a time.
            if !t.names.isEmpty { foldedParts.append(t.names) }
        }
        entityNames = cleanNames.joined(separator: "\u{1F}")
        foldedTitle = folded.title
        foldedBody = folded.body
        foldedNames = foldedParts.joined(separator: " , ")
        countries = article.countries.joined(separator: " ")
        entities = folded.entities
        // Labelled as `aliases` is: an array of unlabelled pairs was converted pair by pair to it.
        var pairs: [(folded: String, name: String)] = []
        var pairIDs: [UInt64] = []
        for (i, e) in article.entities.enumerated() {
            let name = nameKeys[i]
            if !name.key.isEmpty, cache.isNew(name, name: name) {
                pairs.append((name.key, e.name))
                pairIDs.append(NameCache.pairID(name, name: name))
            }
            for form in e.aliases {
                let k = cache.keyed(form)
                if !k.key.isEmpty, cache.isNew(k, name: name) {
                    pairs.append((k.key, e.name))
                    pairIDs.append(NameCache.pairID(k, name: name))
                }
            }
        }
        aliases = pairs
        aliasIDs = pairIDs
        nameForms = nameKeys.map(\.formID)
        nameStore = cache.store.serial
    }

    /// The `names` column: per canonical name, the name as one token
    /// (`SearchFolding.nameToken`, what entity search matches) and its
    /// folded words (what a plain word of a query matches), names kept
    /// apart by commas.
    static func foldNames(_ entityNames: String) -> String {
        entityNames.split(separator: "\u{1F}").map { namesText(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: " , ")
    }

    /// One name's part of the `names` column.
    static func namesText(_ name: String) -> String {
        // One folding for both parts (`SearchFolding.nameToken` folds the name too).
        let folded = SearchFolding.foldUTF8(name)
        let token = SearchFolding.nameTokenUTF8(folded: folded)
        return token.isEmpty ? "" : String(decoding: token + [0x20] + folded, as: UTF8.self)
    }

    /// An `entity_alias` row, as a set member (no key string built per pair).
    struct AliasPair: Hashable {
        var folded: String
        var name: String
    }

    /// How a name is stored in `entity_alias` (a query looks up its `EntityNameKey.candidates`).
    static func aliasKey(_ text: String) -> String { EntityNameKey.key(text) }
}

/// A file read (or found unchanged in content) by a worker.
struct PreparedFile: Sendable {
    enum Kind: Sendable {
        /// Only the time changed: update size and time, keep the articles.
        case touch
        /// New or changed content: replace the file's articles.
        case replace
    }

    var path: String
    var fingerprint: FileFingerprint
    var hash: String
    var kind: Kind
    var articles: [PreparedArticle]
    var warnings: [LoadWarning]
    /// Whether the index held the file when the update listed the files.
    var wasKnown = true
}

/// The files of an update on their way from the worker threads that
/// prepare them to the one thread that writes them, in list order (so rows
/// are inserted, and their rowids run, in list order: a warm start then reads
/// the summaries in rowid order without sorting).
///
/// Workers `take` the next file in the list (each takes the next when done
/// with one, rather than every n-th file: none sits idle while another still
/// has a share to go), at most `window` files ahead of the writer, which
/// bounds the memory prepared files hold. The writer asks for each `file(i)`
/// in turn and waits only when that one is not ready yet.
///
/// Cancellation (`isCancelled`, polled before each file is handed out) stops
/// the handing out; every file handed out is still prepared and written, so
/// the files written are always a prefix of the list.
///
/// A run of many articles (a large file's) is also offered here for the
/// other workers to help with (`SharedExtraction`): a worker asking for work
/// (`next`) gets a chunk of such a run before any new file, and waits, when
/// no file is left, until no other worker could offer one any more.
final class PreparedStream: @unchecked Sendable {
    // Every mutable field is guarded by `condition`.
    private let condition = NSCondition()
    private let tasks: [FileTask]
    private let window: Int
    private let isCancelled: @Sendable () -> Bool
    private var slots: [PreparedFile?]
    /// Files handed out to workers.
    private var handedOut = 0
    /// Files the writer has asked for.
    private var consumed = 0
    private var stopped = false
    private var cancelled = false
    /// The first file a worker gave up on (a cancelled run): the writer ends before it.
    private var abandonedFrom = Int.max
    private var waitWriter = 0.0
    private var waitWorkers = 0.0
    /// The update's worker threads (those that call `next`).
    private let workers: Int
    /// Runs offered to every worker, until their last chunk is claimed.
    private var shared: [SharedExtraction] = []
    /// Workers inside `next` with nothing to do yet.
    private var idle = 0
    /// No file is left to hand out, no run to help with, and every worker is idle: `next` ends them all.
    private var drained = false

    /// `workers`: the threads that will ask for work with `next` (runs are shared only between several).
    init(tasks: [FileTask], window: Int, workers: Int = 1, isCancelled: @escaping @Sendable () -> Bool) {
        self.tasks = tasks
        self.window = max(1, window)
        self.workers = max(1, workers)
        self.isCancelled = isCancelled
        slots = Array(repeating: nil, count: tasks.count)
    }

    /// A worker's next piece of work.
    enum Work {
        /// Files to prepare (consecutive in the list).
        case run([(Int, FileTask)])
        /// Another worker's run to help with (`SharedExtraction.work`).
        case help(SharedExtraction)
        /// Nothing left: every file handed out is prepared or being prepared by its worker.
        case finished
    }

    /// Whether other workers can help with a run (`offer`).
    var canShare: Bool { workers > 1 }

    /// Offers a run's extraction to the workers asking for work (its own worker works on it too).
    func offer(_ job: SharedExtraction) {
        condition.lock()
        shared.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// Withdraws an offered run (its chunks are all claimed).
    func retire(_ job: SharedExtraction) {
        condition.lock()
        shared.removeAll { $0 === job }
        condition.unlock()
    }

    /// The work of a worker that holds no file: a chunk of a shared run first (it is
    /// earlier in the list than any file not yet handed out), else a run of up to `limit`
    /// files, waiting for the window as `take` does. With no file left, it waits while
    /// another worker is busy (that one may yet offer a run), and `finished` once none is.
    func next(upTo limit: Int) -> Work {
        condition.lock()
        defer { condition.unlock() }
        idle += 1
        defer { idle -= 1 }
        var waitedSince: Double?
        defer { if let waitedSince { waitWorkers += IndexTimings.wallNow() - waitedSince } }
        while true {
            if let job = shared.first(where: \.hasChunks) { return .help(job) }
            let exhausted = stopped || handedOut >= tasks.count
            if !exhausted, handedOut < consumed + window, !cancelledNow() {
                var run: [(Int, FileTask)] = []
                repeat {
                    handedOut += 1
                    run.append((handedOut - 1, tasks[handedOut - 1]))
                } while run.count < limit && handedOut < tasks.count && handedOut < consumed + window && !cancelledNow()
                return .run(run)
            }
            if exhausted || stopped {
                if idle == workers { drained = true; condition.broadcast() }
                if drained { return .finished }
            } else if waitedSince == nil {
                // Waiting for the window (for the writer), as `take` counts it.
                waitedSince = IndexTimings.wallNow()
            }
            condition.wait()
        }
    }

    /// A worker's next file, nil when there is none left (or the update was cancelled or stopped).
    /// `wait: false`: nil rather than a wait for the window (a worker holding files not yet put).
    func take(wait: Bool = true) -> (Int, FileTask)? {
        condition.lock()
        defer { condition.unlock() }
        var waitedSince: Double?
        if !wait, handedOut >= consumed + window { return nil }
        while !stopped, handedOut < tasks.count, handedOut >= consumed + window {
            if waitedSince == nil { waitedSince = IndexTimings.wallNow() }
            condition.wait()
        }
        if let waitedSince { waitWorkers += IndexTimings.wallNow() - waitedSince }
        guard !stopped, handedOut < tasks.count else { return nil }
        // Under the lock, so the files handed out are exactly those asked for before the cancellation.
        if cancelledNow() { return nil }
        handedOut += 1
        return (handedOut - 1, tasks[handedOut - 1])
    }

    /// Whether the update was cancelled (asked under the lock): if so, the
    /// stream stops handing out files and says so to whoever waits.
    private func cancelledNow() -> Bool {
        guard isCancelled() else { return false }
        stopped = true
        cancelled = true
        condition.broadcast()
        return true
    }

    /// A worker's next run of up to `limit` files (consecutive in the list),
    /// empty when there is none left. Waits only for the first: a worker
    /// holding files it has not put must never wait for the window, which
    /// only the writer (perhaps waiting for those very files) can move.
    func take(upTo limit: Int, wait: Bool = true) -> [(Int, FileTask)] {
        guard let first = take(wait: wait) else { return [] }
        var run = [first]
        condition.lock()
        defer { condition.unlock() }
        while run.count < limit, !stopped, handedOut < tasks.count, handedOut < consumed + window {
            if cancelledNow() { break }
            handedOut += 1
            run.append((handedOut - 1, tasks[handedOut - 1]))
        }
        return run
    }

    /// Files the writer waits for at once when the next one is not ready.
    /// Woken for each file, the writer switched in and out between the
    /// workers hundreds of times a second, and its statements ran with cold
    /// caches: the same full-text inserts took 40 % more CPU than when a
    /// batch was written in one go.
    static let burst = 32

    /// The end of the run of files the writer is waiting for (0: not waiting).
    private var writerWaitsUntil = 0

    /// Whether the writer, waiting from file `consumed`, can go on: the run up
    /// to `writerWaitsUntil` is ready (as far as it will ever be handed out).
    private var writerCanGo: Bool {
        let end = min(stopped ? min(writerWaitsUntil, handedOut) : writerWaitsUntil, abandonedFrom)
        if consumed >= end { return true }
        for k in consumed..<end where slots[k] == nil { return false }
        return true
    }

    /// A worker's prepared file `i`.
    func put(_ i: Int, _ file: PreparedFile) {
        condition.lock()
        slots[i] = file
        if writerWaitsUntil > 0, i >= consumed, i < writerWaitsUntil, writerCanGo { condition.broadcast() }
        condition.unlock()
    }

    /// A worker's file `i` will never be put (its run was cancelled before the
    /// file was prepared): the files written end before it, still a prefix.
    func abandon(_ i: Int) {
        condition.lock()
        if i < abandonedFrom {
            abandonedFrom = i
            condition.broadcast()
        }
        condition.unlock()
    }

    /// A worker has taken its last file: the writer must not wait for more than was handed out.
    func workerFinished() {
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    /// The writer's file `i` (asked for in order from 0), once prepared; nil
    /// when the stream ended before it (cancelled or stopped).
    func file(_ i: Int) -> PreparedFile? {
        condition.lock()
        defer { condition.unlock() }
        guard i < tasks.count, i < abandonedFrom else { return nil }
        consumed = i
        condition.broadcast()
        if slots[i] == nil {
            let waitedSince = IndexTimings.wallNow()
            // Within the window, or the workers could never hand out the run's end.
            writerWaitsUntil = min(i + min(PreparedStream.burst, window), tasks.count)
            while !writerCanGo { condition.wait() }
            writerWaitsUntil = 0
            waitWriter += IndexTimings.wallNow() - waitedSince
            // Not handed out and never to be: the end of a cancelled stream.
            if slots[i] == nil || i >= abandonedFrom { return nil }
        }
        let file = slots[i]
        slots[i] = nil
        consumed = i + 1
        return file
    }

    /// No more files are handed out (the writer failed).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether a cancellation ended the stream.
    var stoppedEarly: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Wall seconds the writer waited for a file, and the workers for the writer (window full).
    var writerWait: Double {
        condition.lock()
        defer { condition.unlock() }
        return waitWriter
    }

    var workersWait: Double {
        condition.lock()
        defer { condition.unlock() }
        return waitWorkers
    }
}

/// Reads, hashes, parses and extracts files on worker threads.
enum FilePreparer {
    static func prepare(_ task: FileTask, extract: @escaping CorpusIndex.Extract) -> PreparedFile {
        var clock = StageClock()
        var cache = PreparedArticle.NameCache()
        return prepare(task, extract: extract, cache: &cache, clock: &clock)
    }

    static func prepare(_ task: FileTask, extract: @escaping CorpusIndex.Extract, cache: inout PreparedArticle.NameCache,
                        clock: inout StageClock, folders: FileReader.FolderCache? = nil) -> PreparedFile {
        prepareRun([task], extract: extract, cache: &cache, clock: &clock, folders: folders).map { $0! }[0]
    }

    /// Files a worker prepares as one run (see `prepareRun`): long enough
    /// for runs of one language in a mixed corpus, short enough that the
    /// writer does not wait long for the first (the stream's window is 2,048).
    static let runLength = 128

    /// Runs a worker reads and parses ahead while the knowledge base is being built
    /// (`CorpusIndex.update`): 8 x 128 files is about the build's time at a quiet core.
    static let parseAhead = 8

    /// A file read and parsed, its articles not yet extracted.
    fileprivate struct Parsed {
        var task: FileTask
        var hash: String
        var loaded: (articles: [Article], warnings: [LoadWarning])
    }

    /// Prepares a run of files (in their order), extracting the run's
    /// articles grouped by language: the extractor's rules for one language
    /// are a different part of a large program from another's, and
    /// alternating languages article by article kept the processor's
    /// instruction cache and branch predictors cold (the same 2,000 generated
    /// articles extracted at 6.3 MB/s in list order, 8.1 MB/s grouped by
    /// language). Extraction of an article depends on that article alone, so
    /// the order changes no result.
    ///
    /// `isCancelled` is asked before each file and each article: once it
    /// says yes, the files not finished are nil (to be abandoned, so a
    /// cancelled update ends within an article's time, not a run's), but for
    /// the run's first file, always prepared: however often an update is
    /// interrupted, each one writes something.
    static func prepareRun(_ tasks: [FileTask], extract: @escaping CorpusIndex.Extract, cache: inout PreparedArticle.NameCache,
                           clock: inout StageClock, folders: FileReader.FolderCache? = nil,
                           isCancelled: @escaping @Sendable () -> Bool = { false }) -> [PreparedFile?] {
        var run = parseRun(tasks, clock: &clock, folders: folders, isCancelled: isCancelled)
        return completeRun(&run, extract: extract, cache: &cache, clock: &clock, isCancelled: isCancelled)
    }

    /// A run read and parsed (`parseRun`), its articles not yet extracted (`completeRun`).
    struct ParsedRun {
        fileprivate var tasks: [FileTask]
        fileprivate var stop: Bool
        fileprivate var done: [PreparedFile?]
        fileprivate var parsed: [Parsed?]
    }

    /// The first half of `prepareRun`: each file read, hashed and parsed (or found touched or unreadable).
    /// Needs no extractor, so a worker can do it while the knowledge base is still being built.
    static func parseRun(_ tasks: [FileTask], clock: inout StageClock, folders: FileReader.FolderCache? = nil,
                         isCancelled: () -> Bool = { false }) -> ParsedRun {
        var stop = false
        var done = [PreparedFile?](repeating: nil, count: tasks.count)
        var parsed = [Parsed?](repeating: nil, count: tasks.count)
        for (k, task) in tasks.enumerated() {
            if k > 0, stop || isCancelled() { stop = true; break }
            clock.startUnit()
            defer { clock.mark("worker: fold, encode") }
            // Read once: the bytes hashed are the bytes parsed.
            // The reason (permission denied, a folder, …) as a start without the index words it.
            let data: [UInt8]
            switch FileReader.read(task.path, expectedSize: task.fingerprint.size, folders: folders) {
            case .success(let bytes): data = bytes
            case .failure(let error):
                done[k] = PreparedFile(path: task.path, fingerprint: task.fingerprint, hash: "", kind: .replace, articles: [],
                                       warnings: [LoadWarning(file: task.path, message: error.description)])
                continue
            }
            let hash = ContentHash.hex(ofFile: data)
            if let known = task.knownHash, known == hash {
                done[k] = PreparedFile(path: task.path, fingerprint: task.fingerprint, hash: hash, kind: .touch,
                                       articles: [], warnings: [])
                continue
            }
            clock.mark("worker: read, hash")
            parsed[k] = Parsed(task: task, hash: hash, loaded: CorpusLoader.loadFile(path: task.path, bytes: data))
            clock.mark("worker: read, parse")
        }
        return ParsedRun(tasks: tasks, stop: stop, done: done, parsed: parsed)
    }

    /// The second half of `prepareRun`: the parsed run's articles extracted (grouped by
    /// language), folded and encoded; nil for the files a cancellation left unfinished.
    /// `stream`: the update's, to offer a run of many articles to its other workers (`SharedExtraction`).
    static func completeRun(_ run: inout ParsedRun, extract: @escaping CorpusIndex.Extract,
                            cache: inout PreparedArticle.NameCache, clock: inout StageClock,
                            sharing stream: PreparedStream? = nil,
                            isCancelled: @escaping @Sendable () -> Bool = { false }) -> [PreparedFile?] {
        let tasks = run.tasks
        var done = run.done
        var parsed = run.parsed
        run.parsed = []
        // (file, article) pairs by language, the languages in order of first
        // appearance and the list's order within a language.
        var groups: [[SharedExtraction.Item]] = []
        var group: [String: Int] = [:]
        for (k, file) in parsed.enumerated() {
            guard let file else { continue }
            for (a, article) in file.loaded.articles.enumerated() {
                let g = group[article.language] ?? groups.count
                if g == groups.count {
                    group[article.language] = g
                    groups.append([])
                }
                groups[g].append(SharedExtraction.Item(file: k, article: a))
            }
        }
        let items = Array(groups.joined())
        let job = SharedExtraction(items: items, articles: items.map { parsed[$0.file]!.loaded.articles[$0.article] },
                                   extract: extract, stopped: run.stop, isCancelled: isCancelled)
        let shared = stream.map { $0.canShare && items.count >= SharedExtraction.minimum } ?? false
        if shared { stream?.offer(job) }
        job.work(clock: &clock)
        if shared { stream?.retire(job) }
        var folded = parsed.map { [PreparedArticle.Folded?](repeating: nil, count: $0?.loaded.articles.count ?? 0) }
        var unfinished = Set<Int>()
        for (item, output) in zip(items, job.results()) {
            guard let output else { unfinished.insert(item.file); continue }
            parsed[item.file]!.loaded.articles[item.article].countries = output.found.countries
            parsed[item.file]!.loaded.articles[item.article].entities = output.found.entities
            folded[item.file][item.article] = output.folded
        }
        for k in tasks.indices {
            guard let file = parsed[k], !unfinished.contains(k) else { continue }
            clock.startUnit()
            let articles = zip(file.loaded.articles, folded[k]).map { PreparedArticle($0, folded: $1!, cache: &cache) }
            folded[k] = []
            clock.mark("worker: fold, encode")
            done[k] = PreparedFile(path: file.task.path, fingerprint: file.task.fingerprint, hash: file.hash, kind: .replace,
                                   articles: articles, warnings: file.loaded.warnings)
        }
        return zip(tasks, done).map { task, file in
            guard var file else { return nil }
            file.wasKnown = task.knownHash != nil
            return file
        }
    }
}


/// A cached statement bound and run through the SQLite C API, for the
/// inserts a cold index runs 400,000 times. GRDB's `execute(arguments:)`
/// boxes every value into a `StatementArguments` array, measures each string
/// with `strlen` and tells its observers before and after each statement:
/// CPU of the writer thread, the one thread that cannot run in parallel.
/// Strings are copied by SQLite (`SQLITE_TRANSIENT`), as GRDB's would be.
/// Every parameter must be bound before `run`, each time (`run` resets).
struct RawStatement {
    let statement: OpaquePointer
    let db: Database

    init(_ statement: Statement, _ db: Database) {
        self.statement = statement.sqliteStatement
        self.db = db
    }

    static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    func bind(_ index: Int32, _ value: String?) throws {
        let code: Int32
        if var value {
            if value.isEmpty {
                code = sqlite3_bind_text(statement, index, "", 0, RawStatement.transient)
            } else {
                code = value.withUTF8 { buf in
                    sqlite3_bind_text(statement, index, UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self),
                                      Int32(buf.count), RawStatement.transient)
                }
            }
        } else {
            code = sqlite3_bind_null(statement, index)
        }
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// `SQLITE_STATIC`: SQLite reads bound bytes where they are, without a copy of its own.
    static let borrowed: sqlite3_destructor_type? = nil

    /// UTF-8 bytes (valid) bound as text without a copy: `bytes` must stay valid until the
    /// statement has run and its bindings are cleared (`clearBindings`), within the caller's
    /// `withUnsafeBufferPointer` or `withUTF8`. A body, bound with `SQLITE_TRANSIENT`, was
    /// allocated and copied once more per article on the writer thread.
    func bind(_ index: Int32, borrowed bytes: UnsafeBufferPointer<UInt8>) throws {
        try bindText(index, bytes.baseAddress, bytes.count)
    }

    /// `bytes`: UTF-8 text (valid) followed by a 0 byte, bound as the text before it, without a
    /// copy (as `bind(_:borrowed:)`). FTS5 reads each column as a NUL-terminated string: text
    /// bound with its length is copied again to terminate it, while text bound as a C string
    /// (length -1) is marked terminated and read where it lies. So the text is bound as a C
    /// string unless it holds a 0 byte of its own, which would end it early.
    func bind(_ index: Int32, cString bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, let last = bytes.last, last == 0 else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "text to bind is not NUL-terminated")
        }
        let length = bytes.count - 1
        let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
        try bindText(index, base, strlen(text) == length ? -1 : length)
    }

    /// `count` bytes at `base` bound as text without a copy; -1: up to the first 0 byte.
    private func bindText(_ index: Int32, _ base: UnsafePointer<UInt8>?, _ count: Int) throws {
        // A non-null pointer even for no bytes: NULL would bind SQL NULL.
        let code: Int32
        if let base, count != 0 {
            code = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                     Int32(count), RawStatement.borrowed)
        } else {
            code = sqlite3_bind_text(statement, index, "", 0, RawStatement.transient)
        }
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Drops every binding: none may outlive the bytes it borrowed (`bind(_:borrowed:)`).
    func clearBindings() {
        sqlite3_clear_bindings(statement)
    }

    /// Integers cannot fail to bind to a parameter that exists.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
    }

    /// Rows the connection's last statement changed (`sqlite3_changes`, as GRDB's
    /// `changesCount` gives it without its checks of the calling thread).
    var changes: Int32 { sqlite3_changes(db.sqliteConnection) }

    /// The connection's last inserted rowid (`sqlite3_last_insert_rowid`, as `Database.lastInsertedRowID`).
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(db.sqliteConnection) }

    func run() throws {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            let error = failure(code)
            sqlite3_reset(statement)
            throw error
        }
        sqlite3_reset(statement)
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}

/// The SQL that writes prepared files (always inside the caller's transaction).
enum IndexWriter {
    struct Counts {
        var added = 0
        var changed = 0
        var touched = 0
    }

    /// `entity_ref` ids by (type, name), stored and staged, loaded once per update (again
    /// when another connection wrote: `beginBatch`) so each article's entities cost a
    /// dictionary look-up, not two statements. New names get the next ids and are staged
    /// in `entity_ref_new` (see `IndexWriter.mergeStaged`).
    struct EntityRefs {
        var ids: [Key: Int64] = [:]
        var loaded = false
        /// (key, name) pairs this update has staged for `entity_alias`:
        /// nearly every article repeats pairs already there, and a set
        /// look-up is far cheaper than an `INSERT OR IGNORE` (1.7 s at 100,000).
        var aliasesWritten = Set<PreparedArticle.AliasPair>()

        /// The same for pairs with ids (`PreparedArticle.aliasIDs`) of the store `store`,
        /// and the `entity_ref` ids by (name's form id, type): a number hashed instead of
        /// two strings (each a normalizing hash when not ASCII) per entity and per pair.
        var aliasIDsWritten = Set<UInt64>()
        var byForm: [UInt64: Int64] = [:]
        var store = -1

        /// Switches the id-keyed memos to `serial`'s ids (a file prepared with another store's).
        mutating func use(store serial: Int) {
            guard serial != store else { return }
            store = serial
            aliasIDsWritten = []
            byForm = [:]
        }

        /// Whether the pair `pair` (ids `pairID`, `PreparedArticle.noID` for none) is new to the index in this update.
        mutating func isNewAlias(_ pair: (folded: String, name: String), _ pairID: UInt64) -> Bool {
            if pairID != PreparedArticle.noID { return aliasIDsWritten.insert(pairID).inserted }
            return aliasesWritten.insert(PreparedArticle.AliasPair(folded: pair.folded, name: pair.name)).inserted
        }

        /// `id(type:name:)` of an entity whose name has form id `formID` (-1: none) in `store`.
        mutating func id(type: EntityType, name: String, formID: Int32, _ db: Database) throws -> Int64 {
            guard formID >= 0 else { return try id(type: type, name: EntityCoding.clean(name), db) }
            let slot = UInt64(UInt32(formID)) << 2 | UInt64(type.index)
            if let id = byForm[slot] { return id }
            let id = try id(type: type, name: EntityCoding.clean(name), db)
            byForm[slot] = id
            return id
        }

        /// "type\u{1F}name": how `IndexedStore` keys the stored links.
        static func key(_ type: EntityType, _ name: String) -> String { type.rawValue + "\u{1F}" + name }

        /// An `entity_ref` row's identity (no key string built per entity).
        struct Key: Hashable {
            var type: String
            var name: String
        }

        /// Whether a new name in Cyrillic or Han script (one `HanReadings` cannot read) was
        /// written: the finish's linker transliterates such names, so the transform is compiled
        /// then, on another thread, beside the workers (`Transliteration.prewarm`),
        /// rather than when the finish first needs it, after every file is written.
        var sawCyrillic = false
        var sawHan = false

        mutating func noteScripts(of name: String) {
            for s in name.unicodeScalars where s.value >= 0x0400 {
                if !sawCyrillic, (0x0400...0x04FF).contains(s.value) {
                    sawCyrillic = true
                    Transliteration.prewarm("Russian-Latin/BGN")
                } else if !sawHan, TextFolding.isHan(s) {
                    // Most Han names are read from a table without ICU (`HanReadings`):
                    // the rules are compiled only for a name that may need them.
                    guard Transliteration.hanNameNeedsICU(name) else { continue }
                    sawHan = true
                    Transliteration.prewarm("Han-Latin")
                }
            }
        }

        /// The insert of a new name into `entity_ref_new`, looked up once per connection (GRDB's
        /// `cachedStatement` hashes its SQL text at each call: once per distinct name of the corpus).
        /// The GRDB statement is held, so that the SQLite statement lives as long as this memo.
        private var insert: (db: Database, owner: Statement, statement: RawStatement)?

        private mutating func insertStatement(_ db: Database) throws -> RawStatement {
            if let insert, insert.db === db { return insert.statement }
            let owner = try db.cachedStatement(sql: "INSERT INTO entity_ref_new(id, type, name) VALUES (?, ?, ?)")
            let statement = RawStatement(owner, db)
            insert = (db, owner, statement)
            return statement
        }

        /// The id the next new name gets: above every stored and staged one.
        var nextID: Int64 = 1
        /// `PRAGMA data_version` at the start of the last batch: it changes when another
        /// connection (another process updating the same index) commits.
        var dataVersion: Int64?

        /// Called at the start of each batch's transaction: when another connection wrote to
        /// the index since the last batch, the names are loaded again, so that a name it added
        /// gets its id rather than a second row (the staged table has no unique index: kept
        /// in memory here, and one writer at a time holds the transaction).
        mutating func beginBatch(_ db: Database) throws {
            let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            if let dataVersion, dataVersion != version, loaded {
                loaded = false
                ids = [:]
                byForm = [:]
                store = -1
            }
            dataVersion = version
        }

        /// The names stored and staged, by (type, name).
        private mutating func load(_ db: Database) throws {
            var maxID: Int64 = 0
            for table in ["entity_ref", "entity_ref_new"] {
                try forEachRow(db, sql: "SELECT id, type, name FROM \(table)") { s in
                    let id = sqlite3_column_int64(s, 0)
                    ids[Key(type: columnText(s, 1) ?? "", name: columnText(s, 2) ?? "")] = id
                    maxID = max(maxID, id)
                }
            }
            nextID = maxID + 1
            loaded = true
        }

        mutating func id(type: EntityType, name: String, _ db: Database) throws -> Int64 {
            if !loaded { try load(db) }
            let key = Key(type: type.rawValue, name: name)
            if let id = ids[key] { return id }
            // A new name: staged with the next id (one cached insert, appended at the
            // table's end; preparing two statements per name was most of this stage:
            // 105,000 names at 100,000 articles).
            let id = nextID
            let insert = try insertStatement(db)
            insert.bind(1, id)
            try insert.bind(2, type.rawValue)
            try insert.bind(3, name)
            try insert.run()
            nextID += 1
            if type != .country, !(sawCyrillic && sawHan) { noteScripts(of: name) }
            ids[key] = id
            return id
        }
    }

    static func apply(_ file: PreparedFile, _ db: Database, _ counts: inout Counts, _ refs: inout EntityRefs) throws {
        var clock = StageClock()
        try apply(file, db, &counts, &refs, &clock)
    }

    /// The statements `apply` runs for every file, looked up once per batch
    /// (`Statements(db)` in the batch's transaction): GRDB's `cachedStatement`
    /// hashes the whole SQL text at each call, five calls per file.
    struct Statements {
        let insertFile: RawStatement
        let insertArticle: RawStatement
        let insertBody: RawStatement
        let insertText: RawStatement
        let insertAlias: RawStatement

        // Cached statements: at 100,000 files, preparing each statement anew costs seconds.
        init(_ db: Database) throws {
            insertFile = RawStatement(try db.cachedStatement(sql: """
                INSERT INTO files(path, size, mtime, hash, warnings) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO NOTHING
                """), db)
            insertArticle = RawStatement(try db.cachedStatement(sql: """
                INSERT INTO articles(file_id, article_id, file, segment, title, date, language, source, url,
                                     countries, entity_names, entity_refs, display_id, dateline_date)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?2, ?13)
                """), db)
            insertBody = RawStatement(try db.cachedStatement(sql: "INSERT INTO article_text(rowid, body, entities) VALUES (?, ?, ?)"), db)
            insertText = RawStatement(try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, body, names) VALUES (?, ?, ?, ?)"), db)
            insertAlias = RawStatement(try db.cachedStatement(sql: "INSERT INTO entity_alias_new(folded, name) VALUES (?, ?)"), db)
        }
    }

    static func apply(_ file: PreparedFile, _ db: Database, _ counts: inout Counts, _ refs: inout EntityRefs,
                      _ clock: inout StageClock) throws {
        try apply(file, db, &counts, &refs, &clock, statements: Statements(db))
    }

    /// `apply` with the batch's `statements` (of `db`).
    static func apply(_ file: PreparedFile, _ db: Database, _ counts: inout Counts, _ refs: inout EntityRefs,
                      _ clock: inout StageClock, statements: Statements) throws {
        clock.startUnit()
        let warnings = WarningCoding.encode(file.warnings)
        var newID: Int64?
        if case .replace = file.kind, !file.wasKnown {
            // New at the scan (every file of a first indexing): one insert, no
            // look-up first. Another process may have added it since: then
            // the insert does nothing and the file is replaced as below.
            let insertFile = statements.insertFile
            try insertFile.bind(1, file.path)
            insertFile.bind(2, file.fingerprint.size)
            insertFile.bind(3, file.fingerprint.mtime)
            try insertFile.bind(4, file.hash)
            try insertFile.bind(5, warnings)
            try insertFile.run()
            if insertFile.changes > 0 {
                newID = insertFile.lastInsertedRowID
                counts.added += 1
            }
        }
        let fileID: Int64
        if let newID {
            fileID = newID
        } else {
            let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM files WHERE path = ?"), arguments: [file.path])
            switch file.kind {
            case .touch:
                try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [file.fingerprint.size, file.fingerprint.mtime, file.path])
                counts.touched += 1
                return
            case .replace:
                break
            }
            if let existing {
                try deleteArticles(fileID: existing, db)
                try db.execute(sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, warnings = ? WHERE id = ?",
                               arguments: [file.fingerprint.size, file.fingerprint.mtime, file.hash, warnings, existing])
                fileID = existing
                counts.changed += 1
            } else {
                try db.cachedStatement(sql: "INSERT INTO files(path, size, mtime, hash, warnings) VALUES (?, ?, ?, ?, ?)")
                    .execute(arguments: [file.path, file.fingerprint.size, file.fingerprint.mtime, file.hash, warnings])
                fileID = db.lastInsertedRowID
                counts.added += 1
            }
        }
        clock.mark("writer: files")
        let insertArticle = statements.insertArticle
        let insertBody = statements.insertBody
        let insertText = statements.insertText
        let insertAlias = statements.insertAlias
        // The `entity_refs` text, written digit by digit into one buffer for every article (a
        // `String` made of each id and appended cost about 500 instructions an entity).
        var refIDs: [UInt8] = []
        for p in file.articles {
            let a = p.article
            refs.use(store: p.nameStore)
            refIDs.removeAll(keepingCapacity: true)
            for k in a.entities.indices {
                if k > 0 { refIDs.append(0x20) }
                let id = try refs.id(type: a.entities[k].type, name: a.entities[k].name, formID: p.nameForms[k], db)
                EntityCoding.appendDecimal(Int(id), to: &refIDs)
            }
            clock.mark("writer: entity refs")
            insertArticle.bind(1, fileID)
            try insertArticle.bind(2, a.id)
            try insertArticle.bind(3, a.file)
            insertArticle.bind(4, Int64(a.segment))
            try insertArticle.bind(5, a.title)
            try insertArticle.bind(6, a.date)
            try insertArticle.bind(7, a.language)
            try insertArticle.bind(8, a.source)
            try insertArticle.bind(9, a.url)
            try insertArticle.bind(10, p.countries)
            try insertArticle.bind(11, p.entityNames)
            try insertArticle.bind(13, a.datelineDate)
            try refIDs.withUnsafeBufferPointer { refIDs in
                defer { insertArticle.clearBindings() }
                try insertArticle.bind(12, borrowed: refIDs)
                try insertArticle.run()
            }
            let rowid = insertArticle.lastInsertedRowID
            clock.mark("writer: articles")
            // The long texts borrowed, not copied, while their statement runs.
            var body = a.body
            try body.withUTF8 { body in
                try p.entities.withUnsafeBufferPointer { entities in
                    defer { insertBody.clearBindings() }
                    insertBody.bind(1, rowid)
                    try insertBody.bind(2, borrowed: body)
                    try insertBody.bind(3, borrowed: entities)
                    try insertBody.run()
                }
            }
            clock.mark("writer: article_text")
            try p.foldedTitle.withUnsafeBufferPointer { title in
                try p.foldedBody.withUnsafeBufferPointer { body in
                    try p.foldedNames.withCString { names in
                        defer { insertText.clearBindings() }
                        insertText.bind(1, rowid)
                        try insertText.bind(2, cString: title)
                        try insertText.bind(3, cString: body)
                        try insertText.bind(4, cString: UnsafeBufferPointer(
                            start: UnsafeRawPointer(names).assumingMemoryBound(to: UInt8.self), count: p.foldedNames.utf8.count + 1))
                        try insertText.run()
                    }
                }
            }
            clock.mark("writer: fts")
            for (alias, pairID) in zip(p.aliases, p.aliasIDs) where refs.isNewAlias(alias, pairID) {
                try insertAlias.bind(1, alias.folded)
                try insertAlias.bind(2, alias.name)
                try insertAlias.run()
            }
            clock.mark("writer: entity_alias")
        }
    }

    /// Deletes a file's articles and their full-text entries. The full-text
    /// table is contentless, so its delete command needs the very tokens that
    /// were inserted: they are folded again from the stored fields (the
    /// folding is versioned, see `SearchFolding.version`).
    static func deleteArticles(fileID: Int64, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.rowid, a.title, t.body, a.entity_names
            FROM articles a JOIN article_text t ON t.rowid = a.rowid WHERE a.file_id = ?
            """, arguments: [fileID])
        let deleteText = try db.cachedStatement(sql: """
            INSERT INTO article_fts(article_fts, rowid, title, body, names) VALUES ('delete', ?, ?, ?, ?)
            """)
        for row in rows {
            let rowid: Int64 = row[0]
            let title: String = row[1]
            let body: String = row[2]
            let names: String = row[3]
            try deleteText.execute(arguments: [rowid, SearchFolding.fold(title), SearchFolding.fold(body),
                                               PreparedArticle.foldNames(names)])
        }
        try db.execute(sql: "DELETE FROM article_text WHERE rowid IN (SELECT rowid FROM articles WHERE file_id = ?)",
                       arguments: [fileID])
        try db.execute(sql: "DELETE FROM articles WHERE file_id = ?", arguments: [fileID])
    }

    // MARK: Merging what an update staged

    /// Moves the names and alias pairs the batches staged (`entity_ref_new`, `entity_alias_new`)
    /// into `entity_ref` and `entity_alias`, in each table's order, so that each of their pages
    /// is written about once, and empties the staging tables. Run after the files are written,
    /// with the writer's large page cache (`CorpusIndex.update`), and again at the finish, for
    /// what an interrupted update left (then usually nothing: one look-up).
    ///
    /// A staged name already stored under another id (two processes updating one index, which
    /// `EntityRefs.beginBatch` should prevent) keeps the stored row, and the articles that
    /// name it by the staged id are given the stored one.
    static func mergeStaged(_ db: Database) throws {
        let stagedRefs = try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_ref_new") ?? 0
        if stagedRefs > 0 {
            try db.execute(sql: "INSERT OR IGNORE INTO entity_ref(id, type, name) SELECT id, type, name FROM entity_ref_new ORDER BY id")
            if db.changesCount < stagedRefs {
                var remap: [Int64: Int64] = [:]
                try forEachRow(db, sql: """
                    SELECT n.id, r.id FROM entity_ref_new n JOIN entity_ref r ON r.type = n.type AND r.name = n.name WHERE r.id != n.id
                    """) { s in
                    remap[sqlite3_column_int64(s, 0)] = sqlite3_column_int64(s, 1)
                }
                if !remap.isEmpty { try renumberRefs(remap, db) }
            }
            try db.execute(sql: "DELETE FROM entity_ref_new")
        }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM entity_alias_new)") == true {
            try db.execute(sql: "INSERT OR IGNORE INTO entity_alias(folded, name) SELECT folded, name FROM entity_alias_new ORDER BY folded, name")
            try db.execute(sql: "DELETE FROM entity_alias_new")
        }
    }

    /// Rewrites the `entity_refs` of the articles that name an id of `remap` with its new id.
    static func renumberRefs(_ remap: [Int64: Int64], _ db: Database) throws {
        var changed: [(rowid: Int64, refs: String)] = []
        try forEachRow(db, sql: "SELECT rowid, entity_refs FROM articles") { s in
            let refs = columnText(s, 1) ?? ""
            var ids: [Int64] = []
            var renamed = false
            forEachRefID(refs) { id in
                if let new = remap[id] { ids.append(new); renamed = true } else { ids.append(id) }
            }
            if renamed { changed.append((sqlite3_column_int64(s, 0), ids.map(String.init).joined(separator: " "))) }
        }
        let update = try db.cachedStatement(sql: "UPDATE articles SET entity_refs = ? WHERE rowid = ?")
        for row in changed { try update.execute(arguments: [row.refs, row.rowid]) }
    }

    // MARK: Finishing an update

    /// The `meta` key of the roots the stored display IDs were computed for.
    static func rootsKey(_ roots: [String]) -> String { roots.joined(separator: "\u{1F}") }

    /// What depends on the whole corpus rather than on one file, recomputed
    /// once after an update that changed anything (and stored, so a warm
    /// start reads it): the display IDs (`ArticleIDs`, same-named files in
    /// different folders), the ID warnings, and the cross-article entity
    /// links (`EntityLinker`). About 0.2 s at 100,000 articles.
    static func finish(roots: [String], _ db: Database) throws {
        var clock = StageClock()
        try finish(roots: roots, db, &clock)
    }

    static func finish(roots: [String], _ db: Database, _ clock: inout StageClock) throws {
        try mergeStaged(db)
        struct Row_ { var rowid: Int64; var file: String; var segment: Int; var displayID: String?; var refs: String }
        var rows: [Row_] = []
        // Through the C API: this scan of every article runs on one thread
        // after all files are written, and GRDB's `Row` decoding was most of it.
        try forEachRow(db, sql: "SELECT rowid, file, segment, display_id, entity_refs FROM articles ORDER BY file, segment") { s in
            rows.append(Row_(rowid: sqlite3_column_int64(s, 0), file: columnText(s, 1) ?? "",
                             segment: Int(sqlite3_column_int64(s, 2)), displayID: columnText(s, 3),
                             refs: columnText(s, 4) ?? ""))
        }
        clock.mark("writer: finish: scan")

        // Display IDs for these roots.
        let ids = ArticleIDs.uniqueIDs(rows.map { ($0.file, $0.segment) }, roots: roots)
        let setID = try db.cachedStatement(sql: "UPDATE articles SET display_id = ? WHERE rowid = ?")
        for (row, id) in zip(rows, ids) where row.displayID != id {
            try setID.execute(arguments: [id, row.rowid])
        }
        let idWarnings = ArticleIDs.duplicateWarnings(ids: zip(ids, rows).map { ($0, $1.file) })
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('roots', ?), ('id_warnings', ?)",
                       arguments: [rootsKey(roots), encodeWarnings(idWarnings)])
        clock.mark("writer: finish: display IDs")

        // Entity links (`canonical`, set for every name of a cluster the linker
        // joined): the linker over each distinct (type, name) in order of
        // first mention, once per mention (its choice of canonical name counts
        // mentions), gives exactly what linking every article would.
        var order: [Int64] = []
        var mentions: [Int64: Int] = [:]
        for row in rows where !row.refs.isEmpty {
            forEachRefID(row.refs) { id in
                // One hash of the id, not a look-up and then a store; a new id is one the count grew by.
                let known = mentions.count
                mentions[id, default: 0] += 1
                if mentions.count > known { order.append(id) }
            }
        }
        var refs: [Int64: (type: EntityType, name: String, canonical: String?)] = [:]
        refs.reserveCapacity(order.count)
        try forEachRow(db, sql: "SELECT id, type, name, canonical FROM entity_ref") { s in
            guard let type = columnText(s, 1).flatMap(EntityType.init(rawValue:)) else { return }
            refs[sqlite3_column_int64(s, 0)] = (type, columnText(s, 2) ?? "", columnText(s, 3))
        }
        clock.mark("writer: finish: mentions, names")
        // Each name once, weighted by its mentions (one synthetic entity per
        // mention was a million entities at 100,000 realistic articles).
        let present = order.filter { refs[$0] != nil }
        let items = present.map { id in
            EntityLinker.Item(name: refs[id]!.name, type: refs[id]!.type, weight: mentions[id] ?? 1)
        }
        var canonical: [Int64: String] = [:]
        for (id, renamed) in zip(present, EntityLinker.cluster(items)) {
            // Every member of a cluster of several names gets the canonical
            // one: stored even when the name stays the same.
            if let renamed { canonical[id] = renamed.name }
        }
        clock.mark("writer: finish: link")
        // In id order (the table's order: each page once), through the C API (75,000 rows at
        // a first indexing of 100,000 articles).
        let setCanonical = RawStatement(try db.cachedStatement(sql: "UPDATE entity_ref SET canonical = ? WHERE id = ?"), db)
        for (id, ref) in refs.sorted(by: { $0.key < $1.key }) where ref.canonical != canonical[id] {
            try setCanonical.bind(1, canonical[id])
            setCanonical.bind(2, id)
            try setCanonical.run()
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('finished', '1')")
        clock.mark("writer: finish: store links")
    }

    /// Calls `body` with each id of an `entity_refs` text (ids between spaces), as
    /// `refs.split(separator: " ").compactMap { Int64($0) }` gives them: over the bytes for a
    /// part of digits only (every part the writer writes), else through `Int64(_:)`. Splitting
    /// by `Character` cost about 1,000 instructions an id, at the finish of every update.
    static func forEachRefID(_ refs: String, _ body: (Int64) -> Void) {
        // (Not ASCII: never written so, split by `Character` as before.)
        guard refs.utf8.allSatisfy({ $0 < 0x80 }) else {
            for part in refs.split(separator: " ") { if let id = Int64(part) { body(id) } }
            return
        }
        var refs = refs
        refs.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                while i < n, bytes[i] == 0x20 { i += 1 }
                let start = i
                var value: Int64 = 0
                var digits = true
                while i < n, bytes[i] != 0x20 {
                    let d = bytes[i] &- 0x30
                    // Up to 18 digits cannot overflow; a longer part goes the slow way.
                    if d < 10, i - start < 18 { value = value &* 10 &+ Int64(d) } else { digits = false }
                    i += 1
                }
                guard i > start else { continue }
                if digits {
                    body(value)
                } else if let id = Int64(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) {
                    body(id)
                }
            }
        }
    }

    /// Runs `sql` (no parameters) and calls `body` with the statement at each row.
    static func forEachRow(_ db: Database, sql: String, _ body: (OpaquePointer) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body(s)
        }
    }

    /// A text column of the current row; nil for NULL.
    static func columnText(_ s: OpaquePointer, _ column: Int32) -> String? {
        guard let text = sqlite3_column_text(s, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
    }

    static func encodeWarnings(_ warnings: [LoadWarning]) -> String {
        warnings.map { EntityCoding.clean($0.file) + "\t" + $0.message.replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\n")
    }

    static func decodeWarnings(_ text: String) -> [LoadWarning] {
        text.split(separator: "\n").compactMap { line -> LoadWarning? in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return LoadWarning(file: String(parts[0]), message: String(parts[1]))
        }
    }
}
