import Foundation

/// A developer's view of the pipeline: with `BULLETIN_TRACE_PASSES=1` a debug build prints, after each pass of
/// `EntityExtractor.extractBody`, the mentions that pass added and removed, so that a wrong reading can be traced to
/// the pass that made it without a debugger. Release builds compile `trace` to nothing.
extension NameFinder {
    #if DEBUG
    private static let tracing = ProcessInfo.processInfo.environment["BULLETIN_TRACE_PASSES"] == "1"
    nonisolated(unsafe) private static var lastTrace: [String] = []

    /// One line per mention: its type, evidence, known index and surface.
    private func traceLines() -> [String] {
        mentions.map { m in
            let t = m.type.map { "\($0)" } ?? "untyped"
            let k = m.known.map { " known=\($0)" } ?? ""
            return "\(t) [\(m.start),\(m.end)) \(m.evidence)\(k)\(m.placeContext ? " placeContext" : "") «\(m.surface)»"
        }
    }

    mutating func trace(_ pass: String) {
        guard Self.tracing else { return }
        let now = traceLines()
        if pass == "findKnown" { Self.lastTrace = [] }
        let before = Set(Self.lastTrace), after = Set(now)
        let added = now.filter { !before.contains($0) }, removed = Self.lastTrace.filter { !after.contains($0) }
        if !added.isEmpty || !removed.isEmpty {
            FileHandle.standardError.write(Data("== \(pass)\n".utf8))
            for l in removed { FileHandle.standardError.write(Data("  - \(l)\n".utf8)) }
            for l in added { FileHandle.standardError.write(Data("  + \(l)\n".utf8)) }
        }
        Self.lastTrace = now
    }
    #else
    @inline(__always) func trace(_ pass: String) {}
    #endif
}
