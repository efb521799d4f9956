enum TUIBenchmarks {
    static let all: [Benchmark] = []
}
