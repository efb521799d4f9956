import BulletinKit
import Foundation

/// Release-build benchmarks. `bulletin-bench NAME [ARGS...]`; scripts/bench runs them all.
/// Each benchmark lives in its own file as a `Benchmark` value registered here.
struct Benchmark: Sendable {
    var name: String
    var summary: String
    var run: @Sendable ([String]) throws -> Void
}

let benchmarks: [Benchmark] = CorpusBenchmarks.all + TextBenchmarks.all + EntityBenchmarks.all + EntityMultiBenchmarks.all + EntityDump.all + FoldTablesCommand.all + IndexBenchmarks.all + TUIBenchmarks.all

let args = Array(CommandLine.arguments.dropFirst())
if args.isEmpty || args[0] == "--help" {
    print("usage: bulletin-bench NAME [ARGS...]\n")
    for b in benchmarks { print("  \(b.name)\t\(b.summary)") }
    exit(0)
}
guard let bench = benchmarks.first(where: { $0.name == args[0] }) else {
    FileHandle.standardError.write(Data("bulletin-bench: unknown benchmark \(args[0])\n".utf8))
    exit(64)
}
do {
    try bench.run(Array(args.dropFirst()))
} catch {
    // One line, not a crash report: a usage mistake or a failed phase.
    FileHandle.standardError.write(Data("bulletin-bench \(bench.name): \(error)\n".utf8))
    exit(1)
}
