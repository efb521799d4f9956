enum EntityBenchmarks {
    static let all: [Benchmark] = []
}
