import BulletinKit
import Foundation

/// `entities-dump [multi | PATH...]`: not a benchmark but its reference output — every
/// extraction of the benchmarked texts, one line each, so that a speed change can be checked
/// byte for byte against the output before it (the multilingual texts exist only in code).
enum EntityDump {
    static let all: [Benchmark] = [
        Benchmark(name: "entities-dump", summary: "(check) print the extraction of every benchmarked text: `multi`, the seeds, or PATH...") { args in
            let texts = args == ["multi"] ? MultilingualTexts.all : EntityBenchmarks.corpusTexts(args)
            let extractor = EntityExtractor()
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
