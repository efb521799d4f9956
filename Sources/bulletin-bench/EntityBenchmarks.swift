import BulletinKit
import Foundation

/// Entity extraction throughput, in MB of article text per second on one core.
enum EntityBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "entities", summary: "entity extraction throughput (MB/s, one core) over the seeds or the given files") { args in
            let texts = corpusTexts(args)
            let bytes = texts.reduce(0) { $0 + $1.body.utf8.count }
            guard bytes > 0 else { print("entities: no text found"); return }
            let extractor = EntityExtractor()
            _ = extractor.extract(title: "", body: texts[0].body, language: texts[0].language)  // builds the lexicon
            let lexiconSeconds = Measure.seconds { _ = EntityExtractor(knowledgeBase: KnowledgeBase(entities: [KnowledgeEntity(name: "Bench", type: .person)])) }
            // Repeat the corpus until about 20 MB have been processed.
            let rounds = max(1, 20_000_000 / bytes)
            var samples: [Double] = []
            var found = 0
            // Thread CPU time, not wall time: "per core", and unaffected by other processes on a busy machine.
            for _ in 0..<rounds {
                samples.append(cpuSeconds {
                    for t in texts { found += extractor.extract(title: "", body: t.body, language: t.language).entities.count }
                })
            }
            let total = samples.reduce(0, +)
            let mbps = Double(bytes * rounds) / 1_000_000 / total
            let (median, p99) = Measure.percentiles(samples)
            // The fastest round too: on a loaded machine (other processes sharing the cores and
            // their caches) thread CPU time still grows, and the best round is the least disturbed.
            let best = Double(bytes) / 1_000_000 / (samples.min() ?? total)
            print(String(format: "entities: %.1f MB/s per core (CPU time) (%d KB × %d rounds, %.0f ms/round median, %.0f ms p99, best round %.1f MB/s; %d entities; lexicon build %.0f ms)",
                         mbps, bytes / 1000, rounds, median * 1000, p99 * 1000, best, found / rounds, lexiconSeconds * 1000))
        },
    ]

    /// CPU time of the calling thread spent in `body`.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    /// Article bodies of `paths` (or the bundled seeds).
    static func corpusTexts(_ paths: [String]) -> [(body: String, language: String)] {
        let roots = paths.isEmpty ? [SeedsLocator.locate()].compactMap { $0 } : paths
        let loaded = CorpusLoader().load(paths: roots)
        return loaded.articles.map { ($0.body, $0.language) }
    }
}
