import BulletinKit
import BulletinTUI
import Foundation

/// Keypress → frame at 10,000 articles: key map, update, render of every pane
/// into a fresh grid, and the diff against the previous frame (what the curses
/// painter does before its writes). Target: median under 5 ms.
enum TUIBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "tui-keypress", summary: "keypress to rendered frame at 10,000 synthetic articles (args: [COUNT] [SCENARIO])") { args in
            let count = args.first.flatMap(Int.init) ?? 10_000
            let articles = SyntheticCorpus.articles(count: count)
            let store = MemoryStore(articles: articles)
            let size = Size(width: 160, height: 48)
            let base = AppState(store: store, corpusName: "synthetic", size: size)
            print("articles: \(count), screen \(size.width)x\(size.height)")
            let scenarios: [(String, [String], String)] = [
                ("list j (reader preview follows)", [], "j"),
                ("list k", ["G"], "k"),
                ("reader scroll j", ["Enter"], "j"),
                ("reader page Space", ["Enter"], "Space"),
                ("country step ] (refilter)", [], "]"),
                ("sidebar j (mention highlight)", ["Tab", "Tab"], "j"),
                ("side by side scroll j", ["s", "Enter"], "j"),
                ("search prompt typing (titles)", ["/"], "e"),
                ("list order o (cycles the three)", [], "o"),
                ("country step ] newest first", ["o"], "]"),
                ("list j newest first", ["o"], "j"),
            ]
            let only = args.count > 1 ? args[1] : nil
            for (name, setup, keyName) in scenarios where only.map({ name.contains($0) }) ?? true {
                var program = Program(state: base)
                for k in setup { program.send(try KeyNames.parseOne(k)) }
                let key = try KeyNames.parseOne(keyName)
                var previous = program.frame
                var samples: [Double] = []
                var cpuSamples: [Double] = []
                var changed = 0
                for i in 0..<300 {
                    if i % 100 == 99, keyName == "j" || keyName == "Space" { program.send(.home) }
                    if keyName == "e", i % 4 == 3 { for _ in 0..<4 { program.send(.backspace) } }
                    let cpu0 = CPUClock.now()
                    let t = Measure.seconds {
                        program.send(key)
                        let grid = program.frame
                        changed += grid.changedCells(from: previous)
                        previous = grid
                    }
                    samples.append(t)
                    cpuSamples.append(CPUClock.now() - cpu0)
                }
                let (median, p99) = Measure.percentiles(samples)
                let cpu = Measure.percentiles(cpuSamples)
                let label = name.padding(toLength: 34, withPad: " ", startingAt: 0)
                print(label + String(format: " median %6.3f ms   p99 %6.3f ms   cpu median %6.3f ms   (%d cells changed per frame)",
                                     median * 1000, p99 * 1000, cpu.median * 1000, changed / samples.count))
            }
            if only.map({ "list order o (cycles the three)".contains($0) }) ?? true {
                // The sort `o` does once per order and catalog (later presses find it kept).
                var sorts: [Double] = []
                for _ in 0..<5 {
                    let fresh = Catalog(summaries: base.catalog.summaries)
                    sorts.append(Measure.seconds { _ = fresh.ordering(.newestFirst) })
                }
                let (median, p99) = Measure.percentiles(sorts)
                print("first sort of an order".padding(toLength: 34, withPad: " ", startingAt: 0)
                      + String(format: " median %6.3f ms   max %6.3f ms", median * 1000, p99 * 1000))
            }
        },
        Benchmark(name: "tui-swap", summary: "background loading: progress frame, and the key loop's share of swapping in 100,000 articles (args: [COUNT])") { args in
            let count = args.first.flatMap(Int.init) ?? 100_000
            let store = MemoryStore(articles: SyntheticCorpus.articles(count: count))
            let size = Size(width: 160, height: 48)
            print("articles: \(count), screen \(size.width)x\(size.height)")
            var progressFrames: [Double] = [], built: [Double] = [], swaps: [Double] = []
            for round in 0..<7 {
                var program = Program(state: .whileLoading(corpusName: "synthetic", size: size))
                // One progress report and its frame, as the loop paints it (25 times a second at most).
                progressFrames.append(Measure.seconds {
                    let done = min(round * 1000, count)
                    let p = IndexProgress.report(filesDone: done, filesTotal: count, bytesDone: Int64(done) * 2500,
                                          bytesTotal: Int64(count) * 2500)
                    program.apply(.indexProgress(p, at: Double(round)))
                    _ = program.frame
                })
                // On the loading thread: the LoadedCorpus (its Catalog) is built there.
                var loaded: LoadedCorpus?
                built.append(Measure.seconds { loaded = LoadedCorpus(store: store) })
                // On the key loop: the swap and the first frame of the list.
                swaps.append(Measure.seconds {
                    program.apply(.corpusLoaded(loaded!))
                    _ = program.frame
                })
            }
            for (name, samples) in [("progress report + frame (key loop)", progressFrames),
                                    ("LoadedCorpus + Catalog (loader thread)", built),
                                    ("swap-in + first list frame (key loop)", swaps)] {
                let (median, p99) = Measure.percentiles(samples)
                print(name.padding(toLength: 40, withPad: " ", startingAt: 0)
                      + String(format: " median %7.3f ms   max %7.3f ms", median * 1000, p99 * 1000))
            }
        },
        Benchmark(name: "tui-search", summary: "typing a / search on a real corpus, per keystroke and on Enter (args: DIR [INDEX] [QUERY...])") { args in
            guard let dir = args.first else {
                print("usage: bulletin-bench tui-search DIR [INDEX] [QUERY...]")
                return
            }
            let index = args.count > 1 ? args[1] : nil
            let queries = args.count > 2 ? Array(args.dropFirst(2)) : ["minsk", "tô lâm", "cooperation", "zzqx"]
            var corpus: Corpus?
            let open = Measure.seconds {
                corpus = Corpus.open(paths: [dir], options: OpenOptions(indexPath: index, useIndex: true))
            }
            guard let corpus else { return }
            let size = Size(width: 160, height: 48)
            let base = AppState(store: corpus.store, corpusName: "bench", size: size)
            print("articles: \(base.catalog.summaries.count) (open \(String(format: "%.2f", open)) s, index: \(corpus.index != nil)), screen \(size.width)x\(size.height)")
            for focus in ["list", "reader"] {
                var first: [Double] = [], typing: [Double] = [], confirm: [Double] = []
                for round in 0..<5 {
                    for query in queries {
                        // A fresh state per query on round 0 measures the first keystroke (titles folded once).
                        var program = Program(state: base)
                        program.searchesInline = false  // as in the terminal: the store searches in the background
                        if focus == "reader" { program.send(.enter) }
                        program.send(.char("/"))
                        var previous = program.frame
                        for (i, c) in query.enumerated() {
                            let t = Measure.seconds {
                                program.send(.char(c))
                                let grid = program.frame
                                _ = grid.changedCells(from: previous)
                                previous = grid
                            }
                            if i == 0 && round == 0 && query == queries[0] { first.append(t) } else { typing.append(t) }
                        }
                        confirm.append(Measure.seconds {
                            program.send(.enter)
                            _ = program.frame
                        })
                    }
                }
                var background: [Double] = []
                if focus == "list" {
                    // As `BackgroundSearch` runs it: IDs only (the list marks the hits; it shows no snippet),
                    // the query as typed and its last word as a prefix.
                    for _ in 0..<3 { for q in queries { background.append(Measure.seconds { _ = AppState.bodySearchIDs(in: base.store, query: q, limit: AppState.bodySearchLimit) }) } }
                }
                let k = Measure.percentiles(typing), e = Measure.percentiles(confirm), b = Measure.percentiles(background)
                print("\(focus.padding(toLength: 7, withPad: " ", startingAt: 0)) first key \(String(format: "%7.2f", (first.first ?? 0) * 1000)) ms   "
                      + "keystroke median \(String(format: "%6.2f", k.median * 1000)) ms p99 \(String(format: "%6.2f", k.p99 * 1000)) ms   "
                      + "Enter median \(String(format: "%6.2f", e.median * 1000)) ms p99 \(String(format: "%6.2f", e.p99 * 1000)) ms"
                      + (background.isEmpty ? "" : "   background body search median \(String(format: "%6.1f", b.median * 1000)) ms p99 \(String(format: "%6.1f", b.p99 * 1000)) ms"))
            }
        },
    ]
}

/// This thread's CPU time: steadier than wall time on a machine shared with other work.
enum CPUClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Deterministic synthetic articles in several scripts, with entities and mention ranges.
enum SyntheticCorpus {
    static func articles(count: Int) -> [Article] {
        var rng = SplitMix(seed: 42)
        let countries = ["VN", "BY", "CN", "KZ", "RU", "FR", "US", "DE", "JP", "IN", "BR", "EG", "SA", "AE", "TR",
                         "UA", "PL", "GB", "IT", "ES", "KR", "TH", "LA", "KH", "ID", "MY", "PH", "NG", "ZA", "MX"]
        let titles = [
            ("en", "Leaders agree to deepen cooperation in trade and education"),
            ("fr", "Les dirigeants conviennent d'approfondir la coopération économique"),
            ("ar", "الأمين العام يستقبل وفدا رفيع المستوى لتعزيز التعاون"),
            ("vi", "Tổng Bí thư tiếp Đại sứ và đề nghị tăng cường hợp tác"),
            ("zh", "两国领导人同意深化贸易和教育合作"),
            ("ru", "Лидеры договорились углублять сотрудничество в торговле"),
        ]
        let paragraph = [
            "en": "The two sides discussed trade, investment, education and tourism, and agreed to expand exchanges between ministries and provinces. ",
            "fr": "Les deux parties ont discuté du commerce, de l'investissement, de l'éducation et du tourisme. ",
            "ar": "وناقش الجانبان التجارة والاستثمار والتعليم والسياحة واتفقا على توسيع التبادل. ",
            "vi": "Hai bên đã thảo luận về thương mại, đầu tư, giáo dục và du lịch, nhất trí mở rộng trao đổi. ",
            "zh": "双方讨论了贸易、投资、教育和旅游问题，同意扩大各部委和省份之间的交流。",
            "ru": "Стороны обсудили торговлю, инвестиции, образование и туризм и договорились расширять обмены. ",
        ]
        let people = ["Alexander Lukashenko", "To Lam", "Xi Jinping", "Kassym-Jomart Tokayev", "Igor Sergeenko",
                      "Li Qiang", "Maulen Ashimbayev", "Emmanuel Macron"]
        var out: [Article] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let (lang, title) = titles[Int(rng.next() % UInt64(titles.count))]
            var body = ""
            for _ in 0..<(12 + Int(rng.next() % 20)) { body += paragraph[lang]! + paragraph[lang]! + "\n\n" }
            let utf16 = body.utf16.count
            var entities: [ArticleEntity] = []
            for k in 0..<(3 + Int(rng.next() % 5)) {
                let start = Int(rng.next() % UInt64(max(1, utf16 - 20)))
                entities.append(ArticleEntity(name: people[(i + k) % people.count], type: k % 3 == 0 ? .organization : .person,
                                              mentions: 1, ranges: [TextSpan(start: start, end: start + 8)]))
            }
            let cs = (0..<(1 + Int(rng.next() % 3))).map { _ in countries[Int(rng.next() % UInt64(countries.count))] }
            out.append(Article(id: String(format: "a%05d", i), file: "/synthetic/\(i).txt", title: "\(title) \(i)",
                               date: String(format: "2025-%02d-%02d", 1 + i % 12, 1 + i % 28), language: lang,
                               body: body, raw: body, countries: Array(Set(cs)).sorted(), entities: entities))
        }
        return out
    }
}

/// A small deterministic generator (SplitMix64), so runs are comparable.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

