import Foundation

/// The entity extraction (and folding, `PreparedArticle.Folded`) of one run's articles, cut
/// into chunks of consecutive articles that any worker of the update can take.
///
/// The stream hands work out by file, so a file of many articles (a JSON or JSON Lines export,
/// a large feed, a digest) was extracted by the one worker that took it while the other had
/// nothing left to take, or waited for a writer that waited for that very file. So a run with
/// at least `minimum` articles is offered to the other workers (`PreparedStream.offer`): a
/// worker with nothing else to do (the stream has no file for it, or the window is full) takes
/// the run's next chunk, as its own worker does, until none is left; the run's worker then
/// waits for the chunks still being worked on (at most one chunk's time) and completes its
/// files itself, in their order, with its own name memo (`PreparedArticle.NameCache`).
///
/// Why not `DispatchQueue.concurrentPerform` over the articles: the workers already run
/// inside one (`CorpusIndex.update`), one thread per core. A nested one either runs its
/// iterations on the calling thread while the pool's threads are busy (serialized: no gain)
/// or overcommits threads beyond the cores, and it would also keep the run's worker from
/// doing anything else. Here the threads stay the update's `threads`, each either preparing
/// its own run or helping with another's, and no worker ever waits for help: it works through
/// the chunks itself whether or not another takes some.
///
/// Results are those of one worker alone: an article's extraction depends on that article
/// alone, every article's output goes to its own slot, and the chunks follow the run's order
/// (grouped by language, see `FilePreparer.prepareRun`), so each worker still extracts long
/// stretches of one language. Cancellation is as in a run prepared alone: `isCancelled` is
/// asked before each article, and once it says yes no article is extracted but those of the
/// run's first file (always prepared); a skipped article's output is nil.
final class SharedExtraction: @unchecked Sendable {
    /// Where an article is in its run: the file's place in the run, the article's in the file.
    struct Item: Sendable {
        var file: Int
        var article: Int
    }

    /// One article's extraction and what folding it gave.
    struct Output: Sendable {
        var found: Extraction
        var folded: PreparedArticle.Folded
    }

    /// Articles per chunk: a chunk is claimed with one lock (16 articles are a few
    /// milliseconds of extraction), and the run's worker waits at most one chunk for the last.
    static let chunk = 16

    /// Articles a run needs to be offered to the other workers: an ordinary run of 128
    /// files of one or two articles each is not (the other worker has its own runs); a run
    /// holding a file of hundreds of articles is.
    static let minimum = 256

    let items: [Item]
    /// Every field below is guarded by `condition`, but `articles`, `extract` and `isCancelled`, never changed.
    private let condition = NSCondition()
    private let articles: [Article]
    private let extract: CorpusIndex.Extract
    private let isCancelled: @Sendable () -> Bool
    private var outputs: [Output?]
    /// Items claimed so far (chunks are claimed in order).
    private var claimed = 0
    /// Chunks claimed and not yet stored.
    private var working = 0
    /// Whether a cancellation was seen: no more articles but the first file's.
    private var stopped: Bool

    /// `articles[i]`: the article at `items[i]`. `stopped`: the run was cancelled while it was parsed.
    init(items: [Item], articles: [Article], extract: @escaping CorpusIndex.Extract, stopped: Bool,
         isCancelled: @escaping @Sendable () -> Bool) {
        precondition(items.count == articles.count)
        self.items = items
        self.articles = articles
        self.extract = extract
        self.isCancelled = isCancelled
        self.stopped = stopped
        outputs = Array(repeating: nil, count: items.count)
    }

    /// Whether a chunk is left to claim.
    var hasChunks: Bool {
        condition.lock()
        defer { condition.unlock() }
        return claimed < items.count
    }

    /// Extracts and folds chunks until none is left to claim (the run's worker, and any helper).
    func work(clock: inout StageClock) {
        while let (range, wasStopped) = claim() {
            var stop = wasStopped
            var found: [Extraction?] = []
            found.reserveCapacity(range.count)
            for i in range {
                if items[i].file > 0, stop || isCancelled() {
                    stop = true
                    found.append(nil)
                    continue
                }
                clock.startUnit()
                let a = articles[i]
                found.append(extract(a.title, a.body, a.language, a.source))
                clock.mark("worker: extract")
            }
            // Folded after the chunk's extractions, not between them: the extractor's code stays hot.
            var done: [Output?] = []
            done.reserveCapacity(range.count)
            for (i, f) in zip(range, found) {
                guard let f else { done.append(nil); continue }
                clock.startUnit()
                var article = articles[i]
                article.countries = f.countries
                article.entities = f.entities
                done.append(Output(found: f, folded: PreparedArticle.Folded(article)))
                clock.mark("worker: fold, encode")
            }
            store(range, done, stopped: stop)
        }
    }

    /// Every article's output, once every chunk is done (waits for those other workers still hold).
    func results() -> [Output?] {
        condition.lock()
        defer { condition.unlock() }
        while claimed < items.count || working > 0 { condition.wait() }
        return outputs
    }

    private func claim() -> (Range<Int>, Bool)? {
        condition.lock()
        defer { condition.unlock() }
        guard claimed < items.count else { return nil }
        let range = claimed..<min(items.count, claimed + SharedExtraction.chunk)
        claimed = range.upperBound
        working += 1
        return (range, stopped)
    }

    private func store(_ range: Range<Int>, _ done: [Output?], stopped stop: Bool) {
        condition.lock()
        for (i, output) in zip(range, done) { outputs[i] = output }
        if stop { stopped = true }
        working -= 1
        if working == 0, claimed >= items.count { condition.broadcast() }
        condition.unlock()
    }
}
