import BulletinKit

/// Where an article names an entity, as the reader shows the article: in its title (UTF-16 offsets of
/// the sanitized title, which the reader's title cells point into) and in its body (the entity's ranges,
/// less those inside a headline said again after the dateline, which the reader shows once, as the
/// title). The sidebar's `here` counts these and `n` `N` go through these, so the two agree: the count
/// took in a headline mention (`mentions`) that `n` never reached ("here 3", then "mention 1 of 2").
struct EntityMentions: Sendable, Hashable {
    var title: [Range<Int>] = []
    var body: [Range<Int>] = []
    var count: Int { title.count + body.count }

    /// Every entity of `article` by name (kept per article on screen by `RenderCache.entityMentions`).
    static func all(in article: Article) -> [String: EntityMentions] {
        let echo = HeadlineEcho.find(body: article.body, title: article.title)
        let title = TerminalSafe.sanitize(article.title)
        let folded = MatchFinder.FoldedText(title)
        var result: [String: EntityMentions] = [:]
        for e in article.entities {
            let m = EntityMentions(e, title: title, folded: folded, echo: echo)
            result[e.name, default: EntityMentions()].merge(m)
        }
        return result
    }

    /// The mentions of `name` in `article` (an entity found twice, with two types, counts both).
    static func of(_ name: String, in article: Article) -> EntityMentions {
        all(in: article)[name] ?? EntityMentions()
    }

    init() {}

    init(_ entity: ArticleEntity, title: String, folded: MatchFinder.FoldedText, echo: HeadlineEcho?) {
        body = Array(Set(entity.ranges.map { $0.start..<$0.end }.filter { r in
            !r.isEmpty && !(echo?.hidden.contains(r.lowerBound) ?? false)
        })).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        // The forms the article writes (the title's among them), each where it stands as whole words.
        let units = Array(title.utf16)
        func edge(_ i: Int) -> Bool {
            guard i >= 0, i < units.count, let s = Unicode.Scalar(units[i]) else { return true }
            if SearchFolding.isCJK(s) { return true }
            return !(s.properties.isAlphabetic || s.properties.numericType != nil)
        }
        let found = Set(entity.aliases + [entity.name]).compactMap { alias -> [Range<Int>]? in
            guard !alias.isEmpty, !alias.contains(where: \.isNewline) else { return nil }
            let cjk = alias.unicodeScalars.contains(where: SearchFolding.isCJK)
            return folded.matches(of: alias).filter { r in cjk || (edge(r.lowerBound - 1) && edge(r.upperBound)) }
        }
        self.title = MatchFinder.merged(found)
    }

    mutating func merge(_ other: EntityMentions) {
        title = MatchFinder.merged([title, other.title])
        body = Array(Set(body + other.body)).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
