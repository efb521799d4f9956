enum TextBenchmarks {
    static let all: [Benchmark] = []
}
