import BulletinKit
import Foundation

/// `entities-dump [multi | PATH...]`: not a benchmark but its reference output — every
/// extraction of the benchmarked texts, one line each, so that a speed change can be checked
/// byte for byte against the output before it (the multilingual texts exist only in code).
enum EntityDump {
    static let all: [Benchmark] = [
        Benchmark(name: "entities-dump", summary: "(check) print the extraction of every benchmarked text: `multi`, the seeds, or PATH... [--round N]") { args in
            // `--round N`: print the Nth extraction of each text in this process (the benchmarks
            // repeat them; an extraction must not depend on the ones before it).
            var args = args, round = 1
            if let i = args.firstIndex(of: "--round"), i + 1 < args.count, let n = Int(args[i + 1]), n >= 1 {
                round = n
                args.removeSubrange(i...(i + 1))
            }
            // `--check N`: extract every text N times in this process and report each round whose
            // output differs from the first (an extraction must not depend on memory layout or timing).
            var check = 0
            if let i = args.firstIndex(of: "--check"), i + 1 < args.count, let n = Int(args[i + 1]), n >= 1 {
                check = n
                args.removeSubrange(i...(i + 1))
            }
            let texts = args == ["multi"] ? MultilingualTexts.all : EntityBenchmarks.corpusTexts(args)
            let extractor = EntityExtractor()
            if check > 0 {
                func render(_ n: Int, _ t: (body: String, language: String)) -> String {
                    let x = extractor.extract(title: "", body: t.body, language: t.language)
                    var out = "#\(n) \(t.language) countries=\(x.countries.joined(separator: ","))\n"
                    for e in x.entities {
                        let ranges = e.ranges.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
                        out += "  \(e.type) \(e.name) | \(e.aliases.joined(separator: " / ")) | \(e.mentions) | \(ranges) | \(e.code ?? "")\n"
                    }
                    return out
                }
                let first = texts.enumerated().map { render($0.offset, $0.element) }
                var differing = 0
                for r in 2...max(2, check) {
                    for (n, t) in texts.enumerated() {
                        let again = render(n, t)
                        if again != first[n] {
                            differing += 1
                            print("round \(r) text #\(n) differs:\n--- first\n\(first[n])--- round \(r)\n\(again)")
                        }
                    }
                }
                print("entities-dump --check \(check): \(differing) differing extraction(s) over \(texts.count) texts")
                return
            }
            for _ in 1..<round { for t in texts { _ = extractor.extract(title: "", body: t.body, language: t.language) } }
            for (n, t) in texts.enumerated() {
                let x = extractor.extract(title: "", body: t.body, language: t.language)
                print("#\(n) \(t.language) countries=\(x.countries.joined(separator: ","))")
                for e in x.entities {
                    let ranges = e.ranges.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
                    print("  \(e.type) \(e.name) | \(e.aliases.joined(separator: " / ")) | \(e.mentions) | \(ranges) | \(e.code ?? "")")
                }
            }
        },
    ]
}

/// `fold-tables DIR`: writes the precomputed folding tables (`PrecomputedTable`) into DIR
/// (`Sources/BulletinKit/Resources/tables` after a change to their rules).
enum FoldTablesCommand {
    static let all: [Benchmark] = [
        Benchmark(name: "fold-tables", summary: "(tool) write the precomputed folding tables into DIR (Sources/BulletinKit/Resources/tables)") { args in
            guard let dir = args.first else {
                print("usage: bulletin-bench fold-tables DIR")
                return
            }
            do {
                for path in try PrecomputedTable.writeResources(to: dir) { print(path) }
            } catch {
                print("fold-tables: \(error)")
            }
        },
    ]
}
