import BulletinKit
import Foundation

/// Text layout throughput, in MB/s of UTF-8 input. `text-wrap-*` measure wrapping
/// (`TextLayout.wrap`: line ranges and widths, no cells), which is what a reader does to a
/// whole article; targets (release): at least 20 MB/s for mixed scripts, 100 MB/s for
/// ASCII. `text-layout-*` measure `layout`, which also builds a cell per character
/// (shaped and reordered), what a reader pays only for the rows it draws.
enum TextBenchmarks {
    static let all: [Benchmark] = [
        // Calibration: the cost of the cells alone. `layout` returns one DisplayCell (with its
        // own String) per character, so no layout can beat building and freeing 1M cells.
        Benchmark(name: "text-cells-floor", summary: "build and free 1M DisplayCells in 12,500 lines (CPU ms): the floor for 1 MB of ASCII") { _ in
            let strings = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
            var n = 0
            var cpu: [Double] = []
            for _ in 0..<9 {
                cpu.append(cpuSeconds {
                    var lines: [DisplayLine] = []
                    for l in 0..<12500 {
                        var cells: [DisplayCell] = []
                        cells.reserveCapacity(80)
                        for i in 0..<80 { cells.append(DisplayCell(text: strings[(i + l) & 127], width: 1, source: i..<(i + 1))) }
                        lines.append(DisplayLine(cells: cells))
                    }
                    n += lines.count
                })
            }
            let median = Measure.percentiles(cpu).median
            print(String(format: "text-cells-floor: %.1f ms CPU for 1M cells (%.1f MB/s of ASCII at best; %d lines)", median * 1000, 1 / median, n / cpu.count))
        },
        Benchmark(name: "text-wrap-mixed", summary: "TextLayout.wrap of a 1 MB mixed-script article to 80 columns, no cells (MB/s)") { args in
            report("text-wrap-mixed", text: article(bytes: megabytes(args), paragraphs: mixedParagraphs), target: 20, cells: false)
        },
        Benchmark(name: "text-wrap-ascii", summary: "TextLayout.wrap of a 1 MB English article to 80 columns, no cells (MB/s)") { args in
            report("text-wrap-ascii", text: article(bytes: megabytes(args), paragraphs: englishParagraphs), target: 100, cells: false)
        },
        Benchmark(name: "text-wrap-arabic", summary: "TextLayout.wrap of a 1 MB Arabic article to 80 columns, no cells (MB/s)") { args in
            report("text-wrap-arabic", text: article(bytes: megabytes(args), paragraphs: arabicParagraphs), target: 20, cells: false)
        },
        Benchmark(name: "text-layout-mixed", summary: "TextLayout.layout (cells, bidi, shaping) of a 1 MB mixed-script article to 80 columns (MB/s)") { args in
            report("text-layout-mixed", text: article(bytes: megabytes(args), paragraphs: mixedParagraphs), target: nil, cells: true)
        },
        Benchmark(name: "text-layout-ascii", summary: "TextLayout.layout (cells) of a 1 MB English article to 80 columns (MB/s)") { args in
            report("text-layout-ascii", text: article(bytes: megabytes(args), paragraphs: englishParagraphs), target: nil, cells: true)
        },
        Benchmark(name: "text-layout-arabic", summary: "TextLayout.layout (cells, bidi + shaping) of a 1 MB Arabic article to 80 columns (MB/s)") { args in
            report("text-layout-arabic", text: article(bytes: megabytes(args), paragraphs: arabicParagraphs), target: nil, cells: true)
        },
        Benchmark(name: "text-visible-rows", summary: "wrap a 1 MB mixed article, then cells for 50 rows in its middle (ms): what a reader pays per article") { args in
            let text = article(bytes: megabytes(args), paragraphs: mixedParagraphs)
            let options = LayoutOptions(width: 80)
            var rows = 0
            var cpu: [Double] = []
            for _ in 0..<9 {
                cpu.append(cpuSeconds {
                    let lines = TextLayout.wrap(text, options: options)
                    let mid = lines.count / 2
                    rows = TextLayout.cells(for: Array(lines[mid..<min(lines.count, mid + 50)]), in: text, options: options).count
                })
            }
            print(String(format: "text-visible-rows: %.1f ms CPU (median of %d) for wrap + %d rows of cells", Measure.percentiles(cpu).median * 1000, cpu.count, rows))
        },
        Benchmark(name: "text-width", summary: "TextWidth.width of every line of a 1 MB mixed-script article (MB/s)") { args in
            let text = article(bytes: megabytes(args), paragraphs: mixedParagraphs)
            let lines = text.split(separator: "\n")
            var total = 0
            let samples = (0..<7).map { _ in Measure.seconds { for l in lines { total &+= TextWidth.width(of: l) } } }
            let median = Measure.percentiles(samples).median
            print(String(format: "text-width: %.1f MB/s (median of %d, %d cells)", Double(text.utf8.count) / 1e6 / median, samples.count, total / samples.count))
        },
    ]

    /// News-like paragraphs in the scripts Bulletin reads.
    static let mixedParagraphs: [String] = [
        "President Alexander Lukashenko met Chinese leader Xi Jinping in Minsk on Tuesday, agreeing to expand cross-border trade and to open a new logistics hub near the capital (see https://example.com/minsk-beijing-talks/2024 for the full statement).",
        "Officials from Kazakhstan and Vietnam also attended the talks, which focused on rail freight, energy and \"mutual respect\", according to a joint communique published late on Wednesday.",
        "Le président biélorusse a reçu mardi son homologue chinois à Minsk ; les deux dirigeants ont signé une déclaration commune sur la coopération économique et la sécurité régionale.",
        "Tổng Bí thư Tô Lâm đã tiếp Đại sứ Belarus tại Hà Nội ngày 3 tháng 12, hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.",
        "Президент Беларуси Александр Лукашенко провёл переговоры с председателем КНР Си Цзиньпином в Минске и обсудил расширение торгово-экономического сотрудничества.",
        "国家主席习近平在北京人民大会堂会见白俄罗斯总统卢卡申科。双方同意进一步加强在经贸、投资和人文等领域的合作，推动两国关系不断向前发展。",
        "التقى الرئيس البيلاروسي ألكسندر لوكاشينكو في يوم 3 ديسمبر 2024 بالرئيس الصيني شي جين بينغ في مينسك، واتفق الجانبان على توسيع التعاون في إطار مجموعة BRICS.",
        "وقالت وزارة الخارجية في بيان نشرته على موقعها www.mfa.gov.by إن المحادثات تناولت النقل بالسكك الحديدية والطاقة والاستثمار المشترك.",
    ]

    static let englishParagraphs = [mixedParagraphs[0], mixedParagraphs[1]]
    static let arabicParagraphs = [mixedParagraphs[6], mixedParagraphs[7]]

    static func megabytes(_ args: [String]) -> Int {
        Int((Double(args.first ?? "1") ?? 1) * 1_000_000)
    }

    /// Paragraphs cycled (blank line between them) until `bytes` of UTF-8.
    static func article(bytes: Int, paragraphs: [String]) -> String {
        var out = ""
        out.reserveCapacity(bytes + 1000)
        var i = 0
        while out.utf8.count < bytes {
            out += paragraphs[i % paragraphs.count]
            out += i % 3 == 2 ? "\n\n" : "\n"
            i += 1
        }
        return out
    }

    /// CPU seconds this thread spent in `body`. The machine running the benchmarks may be
    /// shared (CI, several builds at once): CPU time shows what the code costs when wall
    /// time also counts waiting for a core.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }

    /// Runs `wrap` (cells: false) or `layout` (cells: true) of `text` nine times and prints
    /// wall and CPU throughput; `target` in MB/s, judged on CPU time when the machine is shared.
    static func report(_ name: String, text: String, target: Double?, cells: Bool) {
        let options = LayoutOptions(width: 80)
        var lines = 0
        func run() -> Int { cells ? TextLayout.layout(text, options: options).count : TextLayout.wrap(text, options: options).count }
        _ = run() // warm up (tables, ICU data)
        var cpu: [Double] = []
        let samples = (0..<9).map { _ in
            Measure.seconds { cpu.append(cpuSeconds { lines = run() }) }
        }
        let (median, p99) = Measure.percentiles(samples)
        let cpuMedian = Measure.percentiles(cpu).median
        let mb = Double(text.utf8.count) / 1e6
        let best = mb / max(cpuMedian, median == 0 ? 1 : min(median, cpuMedian))
        let verdict = target.map { String(format: "; target >= %.0f MB/s: %@", $0, best >= $0 ? "met" : "NOT MET") } ?? ""
        print(String(format: "%@: %.1f MB/s wall (median %.1f ms, worst %.1f ms), %.1f MB/s CPU (median %.1f ms); %d bytes, %d lines%@",
                     name, mb / median, median * 1000, p99 * 1000, mb / cpuMedian, cpuMedian * 1000, text.utf8.count, lines, verdict))
    }
}
