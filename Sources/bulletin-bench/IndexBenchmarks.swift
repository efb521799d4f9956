enum IndexBenchmarks {
    static let all: [Benchmark] = []
}
