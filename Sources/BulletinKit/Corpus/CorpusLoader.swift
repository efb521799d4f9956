import Foundation

/// What loading a set of paths produced: the articles, in a stable order, and
/// one warning per problem file.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var warnings: [LoadWarning]
    public init(articles: [Article] = [], warnings: [LoadWarning] = []) {
        self.articles = articles
        self.warnings = warnings
    }
}

/// Reads files and folders of articles. (Stub: the foundation issue fills it in.)
public struct CorpusLoader: Sendable {
    public init() {}

    /// Loads every article under `paths` (files or folders, recursive).
    public func load(paths: [String]) -> LoadResult {
        LoadResult()
    }
}
