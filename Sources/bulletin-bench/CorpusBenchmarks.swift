import BulletinKit
import Foundation

/// Corpus loading throughput: decode + parse + language detection, per core.
///
/// `bulletin-bench corpus [FOLDER]`: with no folder, writes a synthetic corpus
/// (3,000 files, about 2.5 KB each, in six languages, a tenth of them
/// decomposed or with CRLF line ends) to a temporary folder first.
/// Reports CPU time of the calling thread, so a busy machine skews it less than wall time.
enum CorpusBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "corpus", summary: "corpus loading: MB/s per core for read+decode+parse+language, and parallel load") { args in
            let folder: String
            var cleanup: String?
            if let given = args.first {
                folder = given
            } else {
                folder = NSTemporaryDirectory() + "bulletin-bench-corpus-\(getpid())"
                try writeSyntheticCorpus(to: folder, files: 3000)
                cleanup = folder
            }
            defer { if let cleanup { try? FileManager.default.removeItem(atPath: cleanup) } }
            let (files, _) = CorpusLoader.enumerateFiles(paths: [folder])
            let contents = files.map { (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data() }
            let bytes = contents.reduce(0) { $0 + $1.count }
            let mb = Double(bytes) / 1e6
            print(String(format: "files %d, %.1f MB", files.count, mb))

            // Decode + parse + detect, from memory (no I/O), one thread.
            var articles = 0
            let parseCPU = threadCPUSeconds {
                for (file, data) in zip(files, contents) {
                    if let text = ArticleText.decode(data, file: file).text {
                        articles += ArticleParser.parse(text: text, file: file).count
                    }
                }
            }
            print(String(format: "decode+parse+language (memory, 1 thread): %.3f s CPU, %.1f MB/s per core, %d articles",
                          parseCPU, mb / parseCPU, articles))

            // The index's path: loadFile per file (read from disk too), one thread.
            let loadCPU = threadCPUSeconds { for file in files { _ = CorpusLoader.loadFile(path: file) } }
            print(String(format: "loadFile (read+decode+parse, 1 thread): %.3f s CPU, %.1f MB/s per core", loadCPU, mb / loadCPU))

            // The CLI's path: load() on all cores.
            let wall = Measure.seconds { _ = CorpusLoader().load(paths: [folder]) }
            print(String(format: "load() on %d cores: %.3f s wall, %.1f MB/s",
                          ProcessInfo.processInfo.activeProcessorCount, wall, mb / wall))
        },
    ]

    /// CPU seconds the current thread spends in `body`.
    static func threadCPUSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    static let paragraphs: [String] = [
        "The President of Belarus met the Vietnamese delegation in Minsk on Tuesday. The two sides discussed trade, education and science, and agreed to expand cooperation between the regions of both countries over the coming years.",
        "Le président biélorusse a reçu la délégation vietnamienne à Minsk. Les deux parties ont convenu de renforcer la coopération dans les domaines de l'économie, de l'éducation et de la culture.",
        "استقبل الرئيس البيلاروسي الوفد الفيتنامي في مينسك يوم الثلاثاء. واتفق الجانبان على تعزيز التعاون في مجالات التجارة والتعليم والعلوم بين البلدين.",
        "Tổng Bí thư Tô Lâm đã hội kiến Tổng thống Belarus tại Minsk. Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, giáo dục và khoa học trong thời gian tới.",
        "Президент Беларуси провёл переговоры с вьетнамской делегацией в Минске. Стороны договорились развивать сотрудничество в области торговли, образования и науки.",
        "白俄罗斯总统在明斯克会见了越南代表团。双方同意在贸易、教育和科学领域加强合作，推动两国关系不断发展。",
    ]

    static func writeSyntheticCorpus(to folder: String, files: Int) throws {
        let fm = FileManager.default
        for i in 0..<files {
            let lang = i % paragraphs.count
            var paragraphsOut: [String] = []
            var size = 0
            var k = 0
            while size < 2500 {
                let p = paragraphs[(lang + (k % 7 == 6 ? 1 : 0)) % paragraphs.count]
                paragraphsOut.append(p)
                size += p.utf8.count
                k += 1
            }
            var text = "Headline number \(i) about cooperation\n\n" + paragraphsOut.joined(separator: "\n\n") + "\n\nVNA\n"
            if i % 10 == 3 { text = text.decomposedStringWithCanonicalMapping }
            if i % 10 == 7 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let dir = folder + "/" + String(format: "%02d", i % 30)
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + String(format: "/%05d.txt", i)))
        }
    }
}
