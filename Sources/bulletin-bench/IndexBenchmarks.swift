import BulletinKit
import BulletinTUI
import Foundation

/// Index, search and filter benchmarks on generated corpora
/// (`scripts/gen-corpus`, seed 1), one size after another.
///
/// Sizes come from `BULLETIN_BENCH_SIZES` (default `10000,100000`). Cold and
/// warm phases run in child processes so each reports its own peak RSS
/// (`getrusage`), and the warm phase starts with a cold process like a real
/// second start (the OS file cache is warm, as it would be).
///
/// `BULLETIN_BENCH_REUSE=1`: keep an index left by an earlier run (skip the
/// cold phase when it exists) to iterate on warm start and search.
/// `BULLETIN_BENCH_NO_EXTRACT=1`: the cold phase runs a no-op entity
/// extractor, to measure what indexing costs apart from extraction.
/// `BULLETIN_BENCH_BATCH=N`: files per indexing transaction in the cold phase (default `CorpusIndex.defaultBatchSize`).
/// A phase runs alone too: `index --phase cold|warm|stages CORPUS DB SIZE`.
enum IndexBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "index", summary: "cold index, warm start, filter and search latency, peak RSS (BULLETIN_BENCH_SIZES)") { args in
            if args.first == "--phase" {
                try runPhase(Array(args.dropFirst()))
            } else {
                try runAll()
            }
        },
        Benchmark(name: "state-writer", summary: "helper of scripts/checks/index-crash.sh: DB PREFIX N marks N articles read, one commit each, printing each number once committed") { args in
            guard args.count == 3, let n = Int(args[2]) else { throw BenchError("usage: state-writer DB PREFIX N") }
            let store = try ReadingStateStore(path: args[0])
            for i in 0..<n {
                try store.update(id: "\(args[1])-\(i)") { $0.read = true; $0.position = i }
                say(String(i))  // only after the commit: whatever is printed must survive a kill -9
            }
        },
    ]

    /// The fixed query set: every script, words, phrases, prefixes, exclusions, cross-script entities.
    static let queries = [
        "Lukashenko", "Tô Lâm", "to lam", "bielorussie", "\"state visit\"", "cooperation", "لوكاشينكو", "الصين",
        "Việt Nam", "Китай", "Лукашенко", "中国", "习近平", "agriculture", "Astana", "Kazakhstan trade",
        "Minsk -Beijing", "coop*", "énergie", "التعاون",
    ]

    /// Both phases use the same stamp, so the warm phase never re-extracts
    /// (the real stamp names the executable, and each phase is a process of it).
    static let stamp = "bulletin-bench"

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func runAll() throws {
        let sizes = (ProcessInfo.processInfo.environment["BULLETIN_BENCH_SIZES"] ?? "10000,100000")
            .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let work = packageRoot.appendingPathComponent(".build/bench-index")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(machineModel()); allocator: \(MemoryTrim.usesJemalloc ? "jemalloc" : "the system malloc")")
        for size in sizes {
            let corpus = try generate(size: size, under: work)
            let environment = ProcessInfo.processInfo.environment
            let stub = environment["BULLETIN_BENCH_NO_EXTRACT"] == "1"
            let db = work.appendingPathComponent("index-\(size)\(stub ? "-noextract" : "").sqlite").path
            if environment["BULLETIN_BENCH_REUSE"] == "1", FileManager.default.fileExists(atPath: db) {
                say("index \(size): reusing \(db) (BULLETIN_BENCH_REUSE=1)")
            } else {
                for suffix in ["", "-wal", "-shm"] { unlink(db + suffix) }
                try runChild(["--phase", "cold", corpus, db, String(size)])
            }
            try runChild(["--phase", "warm", corpus, db, String(size)])
        }
    }

    /// Generates (once) the corpus of `size` articles.
    static func generate(size: Int, under work: URL) throws -> String {
        let dir = work.appendingPathComponent("corpus-\(size)")
        let done = dir.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: done.path) { return dir.path }
        try? FileManager.default.removeItem(at: dir)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", packageRoot.appendingPathComponent("scripts/gen-corpus").path,
                       "--articles", String(size), "--seed", "1", "--out", dir.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("gen-corpus failed for \(size) articles") }
        _ = FileManager.default.createFile(atPath: done.path, contents: Data())
        return dir.path
    }

    static func runChild(_ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        p.arguments = ["index"] + args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("phase \(args[1]) failed") }
    }

    static func runPhase(_ args: [String]) throws {
        guard args.count == 4 else { throw BenchError("usage: index --phase cold|warm CORPUS DB SIZE") }
        let (phase, corpus, db, size) = (args[0], args[1], args[2], args[3])
        switch phase {
        case "cold": try cold(corpus: corpus, db: db, size: size)
        case "warm": try warm(corpus: corpus, db: db, size: size)
        case "stages": try stages(corpus: corpus, db: db, size: size)
        case "search":
            // Each query's thread CPU, per mode (median and max over the rounds), to find where the p99 comes from;
            // also usable under a profiler (SIZE is the number of rounds).
            // `BULLETIN_BENCH_QUERIES="a|b"`: only these queries (e.g. one, under a profiler).
            let store = try CorpusIndex.open(path: db).makeStore()
            let rounds = max(1, Int(size) ?? 5)
            let queries = selectedQueries()
            for q in queries { _ = store.search(q, limit: 50) }  // warm-up, as the warm phase does
            let modes: [(String, (String) -> Void)] = [
                ("plan only", { _ = store.matchExpression(for: $0) }),
                ("IDs 50", { _ = store.search($0, limit: 50, snippets: false) }),
                ("IDs 50 first time", { q in
                    // As the first search of a session (or of a new index) for these words: nothing counted yet.
                    store.resetSearchCaches()
                    _ = store.search(q, limit: 50, snippets: false)
                }),
                ("IDs 1000 (TUI)", { _ = store.search($0, limit: 1000, snippets: false) }),
                ("IDs+20 snippets", { q in
                    let hits = store.search(q, limit: 50, snippets: false)
                    _ = store.snippets(ids: hits.prefix(20).map(\.id), query: q)
                }),
                ("TUI 1000+20 snip", { q in
                    let hits = store.search(q, limit: 1000, snippets: false)
                    _ = store.snippets(ids: hits.prefix(20).map(\.id), query: q)
                }),
                ("50 with snippets", { _ = store.search($0, limit: 50) }),
            ]
            if ProcessInfo.processInfo.environment["BULLETIN_BENCH_EXPLAIN"] == "1" {
                for q in queries { say(q + "\t" + (store.matchExpression(for: q) ?? "-")) }
            }
            say("query".padding(toLength: 20, withPad: " ", startingAt: 0)
                + modes.map { $0.0.padding(toLength: 20, withPad: " ", startingAt: 0) }.joined() + "  (thread CPU ms, median/max of \(rounds))")
            if ProcessInfo.processInfo.environment["BULLETIN_BENCH_PROFILE"] == "1" {
                // One mode in a loop (`BULLETIN_BENCH_MODE`, a column name above), for a profiler.
                let name = ProcessInfo.processInfo.environment["BULLETIN_BENCH_MODE"] ?? "50 with snippets"
                guard let run = modes.first(where: { $0.0 == name })?.1 else { throw BenchError("no mode \(name)") }
                let cpu = CPUTime.seconds { for _ in 0..<rounds { for q in queries { run(q) } } }
                say(String(format: "%@: %.3f ms per query", name, cpu * 1000 / Double(rounds * queries.count)))
                return
            }
            for q in queries {
                var line = q.padding(toLength: 20, withPad: " ", startingAt: 0)
                for (_, run) in modes {
                    var cpu: [Double] = []
                    for _ in 0..<rounds { cpu.append(CPUTime.seconds { run(q) }) }
                    let p = Measure.percentiles(cpu)
                    line += String(format: "%6.2f / %6.2f       ", p.median * 1000, (cpu.max() ?? 0) * 1000)
                }
                say(line)
            }
        case "snippets":
            // Where a hit's snippet time goes: the store's whole path (read the body, build) against
            // `SnippetBuilder` alone on bodies already read, for the 50 best hits of each query.
            let store = try CorpusIndex.open(path: db).makeStore()
            let rounds = max(1, Int(size) ?? 5)
            let queries = selectedQueries()
            for q in queries { _ = store.search(q, limit: 50) }
            say("query                store 50 snippets   builder only (50 bodies)  (thread CPU ms, median of \(rounds))")
            for q in queries {
                let ids = store.search(q, limit: 50, snippets: false).map(\.id)
                let bodies = ids.compactMap { store.article(id: $0)?.body }
                let needles = SnippetBuilder.Needles(query: SearchQuery.parse(q))
                var whole: [Double] = [], builder: [Double] = []
                for _ in 0..<rounds {
                    whole.append(CPUTime.seconds { _ = store.snippets(ids: ids, query: q) })
                    builder.append(CPUTime.seconds { for b in bodies { _ = SnippetBuilder.snippet(body: b, needles: needles) } })
                }
                say(q.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: " %8.2f            %8.2f", Measure.percentiles(whole).median * 1000, Measure.percentiles(builder).median * 1000))
            }
        case "start":
            // Only the warm start to the first frame, repeated (for a profiler).
            for _ in 0..<(Int(size) ?? 5) {
                let t = Measure.seconds {
                    guard let c = Corpus.openStored(paths: [corpus], options: OpenOptions(indexPath: db, useIndex: true)) else { return }
                    _ = Program(state: AppState(store: c.store, corpusName: "bench", size: Size(width: 160, height: 48))).frame
                }
                say(String(format: "start %.3f s", t))
            }
        case "filters":
            // Every toggle's CPU time and page faults, to find the slow ones (the index must exist).
            guard let c = Corpus.openStored(paths: [corpus], options: OpenOptions(indexPath: db, useIndex: true)) else {
                throw BenchError("no finished index at \(db) for \(corpus)")
            }
            let summaries = c.store.summaries
            let codes = Array(Set(summaries.prefix(2000).flatMap(\.countries))).sorted()
            var program = Program(state: AppState(store: c.store, corpusName: "bench", size: Size(width: 160, height: 48)))
            func faults() -> Int {
                var usage = rusage()
                getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
                return usage.ru_minflt + usage.ru_majflt
            }
            var n = 0
            for round in 0..<3 {
                for (k, code) in codes.enumerated() {
                    for path in ["naive", "tui"] {
                        let f0 = faults()
                        let cpu = CPUTime.seconds {
                            if path == "naive" {
                                n = summaries.indices.filter { summaries[$0].countries.contains(code) }.count
                            } else {
                                program.send(.char("]"))
                                _ = program.frame
                            }
                        }
                        if cpu > 0.004 { say(String(format: "round %d toggle %d (%@) %@: %.2f ms CPU, %d page faults", round, k, code, path, cpu * 1000, faults() - f0)) }
                    }
                }
            }
            say("done (\(n))")
        case "pickers":
            // Opening a picker, key to frame, against a filter toggle: the picker counts
            // each value within the other filters once when it opens (`PickerData`).
            guard let c = Corpus.openStored(paths: [corpus], options: OpenOptions(indexPath: db, useIndex: true)) else {
                throw BenchError("no finished index at \(db) for \(corpus)")
            }
            var program = Program(state: AppState(store: c.store, corpusName: "bench", size: Size(width: 160, height: 48)))
            program.state.catalog.warmUp()
            var open: [Double] = [], toggle: [Double] = [], move: [Double] = []
            for _ in 0..<20 {
                for step in 0..<4 {
                    toggle.append(CPUTime.seconds { program.send(.char(step == 0 ? "}" : "]")); _ = program.frame })
                    open.append(CPUTime.seconds { program.send(.char("c")); _ = program.frame })
                    move.append(CPUTime.seconds { program.send(.char("j")); _ = program.frame })
                    program.send(.esc)
                }
                program.send(.char("C"))
            }
            for (name, samples) in [("filter toggle ] }", toggle), ("country picker open (c)", open), ("picker j", move)] {
                let p = Measure.percentiles(samples)
                say(String(format: "%@: CPU median %.2f ms, p99 %.2f ms (%d)", name, p.median * 1000, p.p99 * 1000, samples.count))
            }
        case "limits":
            let store = try CorpusIndex.open(path: db).makeStore()
            for limit in [1, 10, 50] {
                var cpu: [Double] = []
                for _ in 0..<3 { for q in queries { cpu.append(CPUTime.seconds { _ = store.search(q, limit: limit) }) } }
                let p = Measure.percentiles(cpu)
                say(String(format: "limit %d: CPU median %.2f ms p99 %.2f ms", limit, p.median * 1000, p.p99 * 1000))
            }
        default: throw BenchError("unknown phase \(phase)")
        }
    }

    /// `queries`, or those of `BULLETIN_BENCH_QUERIES` ("|" between them).
    static func selectedQueries() -> [String] {
        guard let list = ProcessInfo.processInfo.environment["BULLETIN_BENCH_QUERIES"], !list.isEmpty else { return queries }
        return list.split(separator: "|").map(String.init)
    }

    static func cold(corpus: String, db: String, size: String) throws {
        var report = IndexUpdateReport()
        let stub = ProcessInfo.processInfo.environment["BULLETIN_BENCH_NO_EXTRACT"] == "1"
        if stub { say("index \(size): no-op extractor (BULLETIN_BENCH_NO_EXTRACT=1): read, parse, fold, write only") }
        let noExtraction: CorpusIndex.Extract = { _, _, _, _ in Extraction() }
        let elapsed = try Measure.seconds {
            let index = try CorpusIndex.open(path: db)
            let batch = ProcessInfo.processInfo.environment["BULLETIN_BENCH_BATCH"].flatMap { Int($0) } ?? CorpusIndex.defaultBatchSize
            report = try index.update(paths: [corpus], threads: 2, batchSize: batch, extract: stub ? noExtraction : nil,
                                      extractionStamp: stamp)
        }
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        say(String(format: "index %@: cold index process CPU %.1f s (user + system, all threads; allocator: %@)", size, cpu,
                   MemoryTrim.usesJemalloc ? "jemalloc" : "the system malloc"))
        let stages = report.stageSeconds.sorted { $0.key < $1.key }
        let writer = stages.filter { $0.key.hasPrefix("writer") }.reduce(0) { $0 + $1.value }
        let workers = stages.filter { $0.key.hasPrefix("worker") }.reduce(0) { $0 + $1.value }
        say(String(format: "index %@: thread CPU by stage: writer %.2f s (", size, writer)
            + stages.filter { $0.key.hasPrefix("writer") }.map { String(format: "%@ %.2f", String($0.key.dropFirst(8)), $0.value) }.joined(separator: ", ")
            + String(format: "); workers %.2f s (", workers)
            + stages.filter { $0.key.hasPrefix("worker") }.map { String(format: "%@ %.2f", String($0.key.dropFirst(8)), $0.value) }.joined(separator: ", ")
            + ")")
        // Where the pipeline waits (wall seconds): a writer waiting for files is
        // expected (extraction is the bulk of the work); workers waiting for the
        // writer, or long single-threaded phases, lose the second core.
        say(String(format: "index %@: wall by phase: ", size)
            + stages.filter { $0.key.hasPrefix("wall") }.map { String(format: "%@ %.2f", String($0.key.dropFirst(6)), $0.value) }.joined(separator: ", "))
        let fileSize = ["", "-wal"].reduce(Int64(0)) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: db + suffix)[.size] as? NSNumber)?.int64Value ?? 0)
        }
        say(String(format: "index %@: index file %.1f MB", size, Double(fileSize) / 1_048_576))
        let mb = Double(report.bytesRead) / 1_048_576
        say(String(format: "index %@: cold index %d files, %.1f MB in %.2f s (%.1f MB/s, 2 threads), peak RSS %.0f MB",
                     size, report.added, mb, elapsed, mb / elapsed, peakRSSMegabytes()))
    }

    static func warm(corpus: String, db: String, size: String) throws {
        // What `bulletin` does on a warm start, to its first frame (headless):
        // the stored index opened without listing any file, the TUI state
        // built over it, and the first frame rendered. The rescan that finds
        // changed files runs after, on a background thread (`IndexingTask`).
        let options = OpenOptions(indexPath: db, useIndex: true)
        var opened: Corpus?
        var firstFrameCPU = 0.0
        var cells = 0
        let processCPU0 = processCPUSeconds()
        let firstFrame = Measure.seconds {
            firstFrameCPU = CPUTime.seconds {
                opened = Corpus.openStored(paths: [corpus], options: options)
                guard let store = opened?.store else { return }
                let state = AppState(store: store, corpusName: "bench", size: Size(width: 160, height: 48))
                cells = Program(state: state).frame.height
            }
        }
        guard let corpusStore = opened?.index else {
            throw BenchError("no finished index at \(db) for \(corpus): run the cold phase first")
        }
        let firstFrameProcessCPU = processCPUSeconds() - processCPU0
        var rss = [String(format: "first frame %.0f MB", currentRSSMegabytes())]
        say(String(format: "index %@: warm start to first frame (open stored index + %d summaries, TUI state, render %d rows) %.3f s (thread CPU %.3f s, process CPU %.3f s)",
                     size, corpusStore.summaries.count, cells, firstFrame, firstFrameCPU, firstFrameProcessCPU))
        var parts: [String] = []
        var storeOnly: IndexedStore?
        parts.append(String(format: "open stored %.3f s", Measure.seconds { storeOnly = CorpusIndex.storedStore(paths: [corpus], indexPath: db) }))
        if let storeOnly {
            var state: AppState?
            parts.append(String(format: "TUI state %.3f s", Measure.seconds {
                state = AppState(store: storeOnly, corpusName: "bench", size: Size(width: 160, height: 48))
            }))
            if let state { parts.append(String(format: "first render %.3f s", Measure.seconds { _ = Program(state: state).frame })) }
        }
        say("index \(size): warm start parts: " + parts.joined(separator: ", "))
        storeOnly = nil
        // The rescan as `Corpus.open` runs it (same extraction stamp as the cold phase, so nothing is re-extracted).
        var report = IndexUpdateReport()
        let rescan = try Measure.seconds {
            let index = try CorpusIndex.open(path: db)
            report = try index.update(paths: [corpus], threads: 2, extractionStamp: stamp)
            _ = try index.makeStore(roots: [corpus])
        }
        say(String(format: "index %@: background rescan (list and stat %d unchanged files, reopen the store) %.3f s",
                     size, report.unchanged, rescan))
        rss.append(String(format: "after the rescan %.0f MB (peak so far %.0f MB)", currentRSSMegabytes(), peakRSSMegabytes()))
        let store = corpusStore

        // Filter toggles: the list re-filtered by a country, then by an entity, as the TUI does.
        var codes = Array(Set(store.summaries.prefix(2000).flatMap(\.countries))).sorted()
        if codes.isEmpty { codes = ["BY", "VN", "CN", "KZ"] }
        let names = Array(Set(store.summaries.prefix(2000).flatMap(\.entityNames))).sorted().prefix(4)
        let summaries = store.summaries
        var filterSamples: [Double] = []
        var filterCPU: [Double] = []
        var kept = 0
        for round in 0..<10 {
            for code in codes {
                filterSamples.append(Measure.seconds {
                    filterCPU.append(CPUTime.seconds {
                        kept = summaries.indices.filter { summaries[$0].countries.contains(code) }.count
                    })
                })
            }
            for name in names where round < 5 {
                filterSamples.append(Measure.seconds {
                    filterCPU.append(CPUTime.seconds {
                        kept = summaries.indices.filter { summaries[$0].entityNames.contains(name) }.count
                    })
                })
            }
        }
        let f = Measure.percentiles(filterSamples)
        let fc = Measure.percentiles(filterCPU)
        say(String(format: "index %@: filter toggle (a plain scan of the summaries with String ==, not the TUI's path) median %.2f ms, p99 %.2f ms; thread CPU median %.2f ms, p99 %.2f ms (%d toggles; last kept %d; slowest: toggle %d)",
                     size, f.median * 1000, f.p99 * 1000, fc.median * 1000, fc.p99 * 1000, filterSamples.count, kept,
                     filterSamples.indices.max { filterSamples[$0] < filterSamples[$1] } ?? 0))

        // The same toggles as the TUI makes them, key to frame: `]` and `}` step
        // the country and language filters (`Catalog.apply`, the status line,
        // the list's first screen rendered), and an entity filter as Enter in
        // the sidebar sets it.
        var program = Program(state: AppState(store: store, corpusName: "bench", size: Size(width: 160, height: 48)))
        // As `TerminalApp` does on another thread once the first frame is painted.
        let warmUp = Measure.seconds { program.state.catalog.warmUp() }
        say(String(format: "index %@: catalog warm-up after the first frame (entity postings, off the key loop) %.3f s", size, warmUp))
        rss.append(String(format: "after the catalog warm-up %.0f MB", currentRSSMegabytes()))
        var tuiWall: [Double] = [], tuiCPU: [Double] = []
        var tuiUsage: [ThreadUsage] = []
        var tuiLabels: [String] = []
        func toggle(_ label: String = "", _ body: () -> Void) {
            tuiLabels.append(label)
            let u0 = ThreadUsage.now()
            tuiWall.append(Measure.seconds { tuiCPU.append(CPUTime.seconds(body)) })
            tuiUsage.append(ThreadUsage.now() - u0)
        }
        for round in 0..<10 {
            for _ in codes { toggle("country ]") { program.send(.char("]")); _ = program.frame } }
            for _ in 0..<3 { toggle("language }") { program.send(.char("}")); _ = program.frame } }
            for name in names where round < 5 {
                toggle("entity " + name) { kept = program.state.catalog.apply(Filters(entity: name)).count }
            }
            program.send(.char("C"))
        }
        let t = Measure.percentiles(tuiWall), tc = Measure.percentiles(tuiCPU)
        let slowest = tuiCPU.indices.max { tuiCPU[$0] < tuiCPU[$1] } ?? 0
        say(String(format: "index %@: TUI filter toggle (key to frame) median %.2f ms, p99 %.2f ms, max %.2f ms; thread CPU median %.2f ms, p99 %.2f ms (%d toggles; most CPU: toggle %d, %@)",
                     size, t.median * 1000, t.p99 * 1000, (tuiWall.max() ?? 0) * 1000, tc.median * 1000, tc.p99 * 1000, tuiWall.count,
                     slowest, tuiUsage.isEmpty ? "" : tuiUsage[slowest].description))
        for i in tuiCPU.indices.sorted(by: { tuiCPU[$0] > tuiCPU[$1] }).prefix(3) {
            say(String(format: "index %@:   toggle %d (%@): %@", size, i, tuiLabels[i], tuiUsage[i].description))
        }

        for query in queries { _ = store.search(query, limit: 50) } // warm the page cache once
        // What the TUI's result list needs (IDs and scores), the 20 snippets
        // of a visible page, and the CLI's 50 hits with snippets.
        let modes: [(String, (String) -> Int)] = [
            ("IDs only (limit 50)", { store.search($0, limit: 50, snippets: false).count }),
            ("IDs + 20 visible snippets", { q in
                let hits = store.search(q, limit: 50, snippets: false)
                return store.snippets(ids: hits.prefix(20).map(\.id), query: q).count
            }),
            ("with snippets (limit 50)", { store.search($0, limit: 50).count }),
            // What the TUI runs: 1,000 IDs in the background, then the visible page's snippets.
            ("TUI: 1000 IDs + 20 snippets", { q in
                let hits = store.search(q, limit: 1000, snippets: false)
                return store.snippets(ids: hits.prefix(20).map(\.id), query: q).count
            }),
            // A query's first search in a session (the CLI's every search): no document frequency known yet.
            ("IDs only, first time (limit 50)", { q in
                store.resetSearchCaches()
                return store.search(q, limit: 50, snippets: false).count
            }),
        ]
        var hitCounts: [String] = []
        for (name, run) in modes {
            var wall: [Double] = []
            var cpu: [Double] = []
            for round in 0..<5 {
                for query in queries {
                    var n = 0
                    wall.append(Measure.seconds { cpu.append(CPUTime.seconds { n = run(query) }) })
                    if round == 0, hitCounts.count < queries.count { hitCounts.append("\(query)=\(n)") }
                }
            }
            let s = Measure.percentiles(wall)
            let c = Measure.percentiles(cpu)
            say(String(format: "index %@: search %@: median %.2f ms, p99 %.2f ms, max %.2f ms; thread CPU median %.2f ms, p99 %.2f ms (%d queries x 5)",
                         size, name, s.median * 1000, s.p99 * 1000, (wall.max() ?? 0) * 1000, c.median * 1000, c.p99 * 1000, queries.count))
        }
        say("index \(size): hits \(hitCounts.joined(separator: ", "))")
        rss.append(String(format: "after the searches %.0f MB", currentRSSMegabytes()))
        say(String(format: "index %@: warm process peak RSS %.0f MB; RSS ", size, peakRSSMegabytes()) + rss.joined(separator: ", "))
    }

    /// Where cold indexing spends its time, stage by stage, on one thread.
    static func stages(corpus: String, db: String, size: String) throws {
        let files = Array(CorpusLoader.enumerateFiles(paths: [corpus]).files.prefix(Int(size) ?? 2000))
        var texts: [Article] = []
        let load = Measure.seconds { for f in files { texts += CorpusLoader.loadFile(path: f).articles } }
        var hashes = 0
        let hash = Measure.seconds {
            for f in files { if let d = FileManager.default.contents(atPath: f) { hashes &+= ContentHashProbe.hash(d) } }
        }
        let extractor = EntityExtractor()
        let extract = Measure.seconds {
            for a in texts { _ = extractor.extract(title: a.title, body: a.body, language: a.language) }
        }
        var folded = 0
        let fold = Measure.seconds { for a in texts { folded += SearchFolding.fold(a.body).utf8.count } }
        say(String(format: "stages %d files: load %.2f s, read+hash %.2f s, extract %.2f s, fold %.2f s", files.count, load, hash, extract, fold))
    }

    /// User + system CPU of every thread of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Resident set size now (VmRSS), in MB.
    static func currentRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kb / 1024
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func machineModel() -> String {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// FNV-1a like the index's content hash (internal there), to time reading + hashing.
enum ContentHashProbe {
    static func hash(_ data: Data) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { for b in $0 { h ^= UInt64(b); h &*= 0x0000_0100_0000_01B3 } }
        return Int(truncatingIfNeeded: h)
    }
}

/// The calling thread's user and system time and page faults (`RUSAGE_THREAD`):
/// tells a slow step that computes from one the kernel slows (faults, reclaim).
struct ThreadUsage: CustomStringConvertible {
    var user = 0.0, system = 0.0, minorFaults = 0, majorFaults = 0

    static func now() -> ThreadUsage {
        var u = rusage()
        getrusage(1 /* RUSAGE_THREAD */, &u)
        return ThreadUsage(user: Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6,
                           system: Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6,
                           minorFaults: u.ru_minflt, majorFaults: u.ru_majflt)
    }

    static func - (a: ThreadUsage, b: ThreadUsage) -> ThreadUsage {
        ThreadUsage(user: a.user - b.user, system: a.system - b.system,
                    minorFaults: a.minorFaults - b.minorFaults, majorFaults: a.majorFaults - b.majorFaults)
    }

    var description: String {
        String(format: "user %.1f ms, system %.1f ms, %d+%d page faults", user * 1000, system * 1000, minorFaults, majorFaults)
    }
}

/// CPU time of the calling thread: unlike wall time, it does not grow when
/// other processes compete for the cores.
enum CPUTime {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }
}

/// `print`, flushed at once: a phase's lines show as they come even into a file.
func say(_ line: String) {
    print(line)
    fflush(nil)
}
