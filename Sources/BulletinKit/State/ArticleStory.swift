import Foundation

/// What identifies an article's own content inside its file, kept with each
/// mark beside its segment: a digest that gains a story at the top renumbers
/// every segment below it, and a mark kept by segment alone then lands on the
/// story before its own (a flag on "Egypt…" showed on "Kazakhstan…").
///
/// The hash of the article's title (whitespace folded): it is in every
/// summary, so the reader's first frame, which reads no body, can place marks
/// by it; and a fix in the body (a typo, a line added) keeps the mark. A
/// retitled article falls back to its segment (`place`).
public enum ArticleStory {
    /// The story of an article titled `title`.
    public static func of(title: String) -> String {
        ContentHash.hex(of: title.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    public static func of(_ summary: ArticleSummary) -> String { of(title: summary.title) }

    /// Which article of one file each mark of that file goes to (by index in
    /// `articles`; a mark left out goes to none). `marks` and `articles` give
    /// segments and stories (a mark written before stories were kept has none).
    ///
    /// A mark whose story is at its own segment stays there (the usual case:
    /// the file did not change). Otherwise a mark goes to an article with its
    /// story that no other mark holds, the nearest to its old segment; a mark
    /// whose story is in the file but held by others is an older copy and goes
    /// nowhere. A mark with no story, or whose story the file no longer has (a
    /// retitled article), falls back to its segment, unless another mark holds it.
    public static func place(marks: [(segment: Int, story: String?)],
                             in articles: [(segment: Int, story: String)]) -> [Int: Int] {
        // A one-article file with one mark (most files): no table to build.
        if marks.count == 1, articles.count == 1 {
            let mark = marks[0], article = articles[0]
            if mark.story == article.story { return [0: 0] }
            return mark.segment == article.segment ? [0: 0] : [:]  // retitled, or a mark of before stories
        }
        var atSegment: [Int: Int] = [:]
        for (i, a) in articles.enumerated() where atSegment[a.segment] == nil { atSegment[a.segment] = i }
        var placed: [Int: Int] = [:]
        var held = Set<Int>()
        var moving: [Int] = []
        for (m, mark) in marks.enumerated() {
            guard let story = mark.story else { continue }
            if let a = atSegment[mark.segment], articles[a].story == story, held.insert(a).inserted {
                placed[m] = a
            } else {
                moving.append(m)
            }
        }
        guard !moving.isEmpty || marks.contains(where: { $0.story == nil }) else { return placed }
        var withStory: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() { withStory[a.story, default: []].append(i) }
        var fallback: [Int] = []
        // In segment order, so the choice among look-alikes is stable.
        for m in moving.sorted(by: { marks[$0].segment < marks[$1].segment }) {
            let mark = marks[m]
            guard let same = withStory[mark.story!] else { fallback.append(m); continue }
            let free = same.filter { !held.contains($0) }
            guard let best = free.min(by: { abs(articles[$0].segment - mark.segment) < abs(articles[$1].segment - mark.segment) })
            else { continue }
            held.insert(best)
            placed[m] = best
        }
        for m in marks.indices where marks[m].story == nil { fallback.append(m) }
        for m in fallback.sorted(by: { marks[$0].segment < marks[$1].segment }) {
            if let a = atSegment[marks[m].segment], held.insert(a).inserted { placed[m] = a }
        }
        return placed
    }
}
