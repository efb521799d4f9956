import Foundation

/// Where the user stood in a corpus's article list when the reader last
/// quit: the selected article and whether it was open, kept per corpus in
/// the reading-state database (`ReadingStateStore.listPlace(root:)`), so that
/// a user who quits on article 500 of 3,000 starts there again, not on the
/// first row. The reading position inside the article is the article's own
/// mark (`ArticleState.position`).
public struct ListPlace: Sendable, Hashable {
    /// The selected article, by file and segment: an ID can change meaning
    /// when another file with the same name arrives (`ArticleKey`).
    public var article: ArticleKey
    /// The selected row in the list as shown then: where to stand when the
    /// article is gone and no article of its file is left.
    public var row: Int
    /// The article was open in the reader (one reader, not side by side): the
    /// next start shows the reader at its kept position.
    public var reading: Bool
    /// The selected article's story (`ArticleStory`), when known: a digest that
    /// gained a story above it renumbers its segment, and the place follows the
    /// story as the marks do.
    public var story: String?

    public init(article: ArticleKey, row: Int, reading: Bool = false, story: String? = nil) {
        self.article = article
        self.row = max(0, row)
        self.reading = reading
        self.story = story
    }

    /// The key a corpus's place is kept under: its paths with their links
    /// resolved (`CorpusRoot`), made absolute and standardized, sorted, one
    /// per line. `bulletin ~/news`, `bulletin ../news` from elsewhere and a
    /// link to the folder share a place; `bulletin ~/news/2026` has its own
    /// (another list, other rows).
    public static func rootKey(_ paths: [String]) -> String {
        paths.map { ArticleKey.absolutePath(CorpusRoot.resolved($0)) }.sorted().joined(separator: "\n")
    }

    /// Where the list should stand now, over `summaries` in list order:
    /// the saved article's index (with a story: the article of its file with
    /// that story, the nearest to its segment, when the segment now holds
    /// another); else, when its file still holds articles (the file was edited
    /// and lost that segment), the nearest segment of that file, the one before
    /// it when there is one; else the saved row, clamped to the list. Nil for an
    /// empty list.
    public func index(in summaries: [ArticleSummary]) -> Int? {
        guard !summaries.isEmpty else { return nil }
        // Only a path that ends with the file's name is standardized (a relative one builds a URL).
        let name = "/" + (article.file.split(separator: "/").last.map(String.init) ?? article.file)
        var nearest: (index: Int, segment: Int)?
        var atSegment: Int?
        var sameStory: (index: Int, segment: Int)?
        for (i, s) in summaries.enumerated() {
            guard s.file.hasSuffix(name) || s.file == name.dropFirst(),
                  ArticleKey.absolutePath(s.file) == article.file else { continue }
            if s.segment == article.segment {
                // (The usual case, a file that did not change: its story is the one kept, or none was.)
                guard let story, ArticleStory.of(s) != story else { return i }
                atSegment = i
            }
            if let story, ArticleStory.of(s) == story,
               sameStory.map({ Self.closer(s.segment, than: $0.segment, to: article.segment) }) ?? true {
                sameStory = (i, s.segment)
            }
            if let best = nearest, !Self.closer(s.segment, than: best.segment, to: article.segment) { continue }
            nearest = (i, s.segment)
        }
        return sameStory?.index ?? atSegment ?? nearest?.index ?? min(row, summaries.count - 1)
    }

    /// Whether segment `a` is a better stand-in for the lost segment `target`
    /// than `b`: one before it beats one after it (the user had read on from
    /// there), and the nearer the better.
    static func closer(_ a: Int, than b: Int, to target: Int) -> Bool {
        if (a < target) != (b < target) { return a < target }
        return abs(a - target) < abs(b - target)
    }
}
