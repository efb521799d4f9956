import BulletinKit
import Foundation

/// An article laid out for a reader pane of a given width: header lines
/// (title, details, a rule) then the body, every line in visual order.
///
/// Built by the text layer (`TextLayout.layout`), so widths, wrapping, bidi
/// and shaping are the text layer's; each cell keeps the UTF-16 range of the
/// text it shows, which is how entity mentions and search matches are found
/// on screen whatever the reordering did.
public struct ReaderDocument: Sendable {
    /// What a line of the document is.
    public enum Role: Sendable, Hashable { case title, meta, rule, body }

    public struct Line: Sendable {
        public var cells: [DisplayCell]
        public var isRTL: Bool
        public var role: Role
        public var width: Int { cells.reduce(0) { $0 + $1.width } }
    }

    public let articleID: String
    public let lines: [Line]
    /// For each line, the body text (UTF-16 range) its cells show; nil for header
    /// and empty lines. A wrapped line is one contiguous slice of the body
    /// whatever the bidi reordering did, so this is all a search needs to know
    /// which lines show a match (a 2 MB article has ~30,000 lines of cells).
    let bodySpans: [Range<Int>?]

    public init(article: Article, width: Int, bidi: Bool, shaping: Bool, countryName: (String) -> String) {
        let w = max(1, width)
        let opts = LayoutOptions(width: w, bidi: bidi, shaping: shaping)
        var lines: [Line] = []
        for l in TextLayout.layout(TerminalSafe.sanitize(article.title), options: opts) where !l.cells.isEmpty {
            lines.append(Line(cells: l.cells, isRTL: l.isRTL, role: .title))
        }
        var details: [String] = []
        if let d = article.date { details.append(d) }
        // "und" (undetermined) is the code, not something to show a reader.
        details.append(article.language == "und" ? "language unknown" : article.language)
        if let s = article.source { details.append(TerminalSafe.sanitize(s)) }
        if !article.countries.isEmpty {
            details.append(article.countries.map { "\(countryName($0)) (\($0))" }.joined(separator: ", "))
        }
        let metaOpts = LayoutOptions(width: w, bidi: bidi, shaping: shaping, direction: .ltr)
        for l in TextLayout.layout(details.joined(separator: " · "), options: metaOpts) {
            lines.append(Line(cells: l.cells.map { DisplayCell(text: $0.text, width: $0.width, source: nil) },
                              isRTL: false, role: .meta))
        }
        // The address the article came from, under the details (as `bulletin show` prints it):
        // a translator checking the original needs it. Long URLs hard-wrap.
        if let url = article.url, !url.isEmpty {
            for l in TextLayout.layout(TerminalSafe.sanitize(url), options: metaOpts) {
                lines.append(Line(cells: l.cells.map { DisplayCell(text: $0.text, width: $0.width, source: nil) },
                                  isRTL: false, role: .meta))
            }
        }
        lines.append(Line(cells: [], isRTL: false, role: .rule))
        for l in TextLayout.layout(article.body, options: opts) {
            lines.append(Line(cells: l.cells, isRTL: l.isRTL, role: .body))
        }
        self.articleID = article.id
        self.lines = lines
        self.bodySpans = lines.map { line in
            guard line.role == .body else { return nil }
            var lo = Int.max, hi = Int.min
            for cell in line.cells {
                guard let src = cell.source else { continue }
                lo = min(lo, src.lowerBound)
                hi = max(hi, src.upperBound)
            }
            return lo < hi ? lo..<hi : nil
        }
    }

    /// Indices of the lines that show part of any of `ranges` (body offsets, sorted by start).
    public func lines(showing ranges: [Range<Int>]) -> [Int] {
        guard !ranges.isEmpty else { return [] }
        var result: [Int] = []
        for (i, span) in bodySpans.enumerated() {
            if let span, SpanLookup.firstIndex(in: ranges, overlapping: span) != nil { result.append(i) }
        }
        return result
    }
}

/// Binary search over sorted, non-overlapping ranges.
enum SpanLookup {
    /// Index of a range in `ranges` (sorted by lower bound) that overlaps `r`, if any.
    static func firstIndex(in ranges: [Range<Int>], overlapping r: Range<Int>) -> Int? {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        // Ranges may nest (entity spans); look a few further for an overlap.
        var i = lo
        while i < ranges.count, ranges[i].lowerBound < r.upperBound {
            if ranges[i].overlaps(r) || (r.isEmpty && ranges[i].contains(r.lowerBound)) { return i }
            i += 1
        }
        return nil
    }
}

/// Memoizes the expensive, deterministic parts of drawing (article fetches,
/// layouts, search matches, folded titles), so scrolling or moving through
/// the list does not redo them. Results never depend on what is cached.
public final class RenderCache: @unchecked Sendable {
    // Safe: every access to the dictionaries below goes through `lock`.
    private let lock = NSLock()
    private var articles: [String: Article] = [:]
    private var documents: [DocumentKey: ReaderDocument] = [:]
    private var bodyMatches: [MatchKey: [Range<Int>]] = [:]
    private var foldedBodies: [String: MatchFinder.FoldedText] = [:]
    private let limit = 24

    struct DocumentKey: Hashable { var id: String; var width: Int; var bidi: Bool; var shaping: Bool }
    struct MatchKey: Hashable { var id: String; var query: String }

    public init() {}

    func article(_ id: String, store: any ArticleStore) -> Article? {
        lock.lock(); defer { lock.unlock() }
        if let a = articles[id] { return a }
        guard let a = store.article(id: id) else { return nil }
        if articles.count >= limit { articles.removeAll(keepingCapacity: true) }
        articles[id] = a
        return a
    }

    func document(for article: Article, width: Int, bidi: Bool, shaping: Bool) -> ReaderDocument {
        let key = DocumentKey(id: article.id, width: width, bidi: bidi, shaping: shaping)
        lock.lock()
        if let d = documents[key] { lock.unlock(); return d }
        lock.unlock()
        let d = ReaderDocument(article: article, width: width, bidi: bidi, shaping: shaping,
                               countryName: CountryNames.name)
        lock.lock(); defer { lock.unlock() }
        if documents.count >= limit { documents.removeAll(keepingCapacity: true) }
        documents[key] = d
        return d
    }

    /// Search matches in the article's body (UTF-16 ranges, sorted).
    func matches(of query: String, in article: Article) -> [Range<Int>] {
        let key = MatchKey(id: article.id, query: query)
        lock.lock()
        if let m = bodyMatches[key] { lock.unlock(); return m }
        lock.unlock()
        lock.lock()
        let cached = foldedBodies[article.id]
        lock.unlock()
        let folded = cached ?? MatchFinder.FoldedText(article.body)
        let m = query.isEmpty ? [] : folded.matches(of: query)
        lock.lock(); defer { lock.unlock() }
        if cached == nil {
            if foldedBodies.count >= 4 { foldedBodies.removeAll(keepingCapacity: true) }
            foldedBodies[article.id] = folded
        }
        if bodyMatches.count >= limit { bodyMatches.removeAll(keepingCapacity: true) }
        bodyMatches[key] = m
        return m
    }

    /// Which summaries' titles contain `query` (folded), by summary index.
    /// The folded titles are built on first use; the answer for the last query is kept.
    func titleMatches(_ query: String, in summaries: [ArticleSummary]) -> [Bool] {
        lock.lock()
        if let last = lastTitleQuery, last.query == query, last.matches.count == summaries.count {
            lock.unlock()
            return last.matches
        }
        let existing = titles
        lock.unlock()
        let t = (existing?.count == summaries.count ? existing : nil) ?? FoldedTitles(summaries)
        let m = t.matches(MatchFinder.fold(query))
        lock.lock(); defer { lock.unlock() }
        titles = t
        lastTitleQuery = (query, m)
        return m
    }

    private var titles: FoldedTitles?

    /// Folds every title ahead of the first `/` keystroke (from a background thread).
    func prepareTitleSearch(_ summaries: [ArticleSummary]) {
        lock.lock()
        let ready = titles?.count == summaries.count
        lock.unlock()
        guard !ready else { return }
        let t = FoldedTitles(summaries)
        lock.lock(); defer { lock.unlock() }
        if titles?.count != summaries.count { titles = t }
    }

    struct TitleKey: Hashable { var title: String; var room: Int; var bidi: Bool; var shaping: Bool }
    private var titleLines: [TitleKey: TitleLine] = [:]

    /// A list title laid out for a column `room` cells wide (kept for the rows on screen and around).
    func titleLine(_ title: String, room: Int, bidi: Bool, shaping: Bool) -> TitleLine {
        let key = TitleKey(title: title, room: room, bidi: bidi, shaping: shaping)
        lock.lock()
        if let t = titleLines[key] { lock.unlock(); return t }
        lock.unlock()
        let t = TitleLine(title, room: room, bidi: bidi, shaping: shaping)
        lock.lock(); defer { lock.unlock() }
        if titleLines.count >= 2048 { titleLines.removeAll(keepingCapacity: true) }
        titleLines[key] = t
        return t
    }
    private var lastTitleQuery: (query: String, matches: [Bool])?
}

/// Every title folded and joined into one byte buffer, so a query is one
/// sweep over the corpus instead of one string search per title.
struct FoldedTitles: Sendable {
    private var bytes: [UInt8] = []
    /// Offset of each title in `bytes`, plus the end.
    private var starts: [Int] = []
    var count: Int { starts.count - 1 }

    init(_ summaries: [ArticleSummary]) {
        starts.reserveCapacity(summaries.count + 1)
        // Folding cluster by cluster with a memo is several times faster than one
        // Foundation call per title: titles share few distinct non-ASCII clusters.
        var memo: [Character: [UInt8]] = [:]
        for s in summaries {
            starts.append(bytes.count)
            for c in s.title.replacingNewlines() {
                if let a = c.asciiValue {
                    bytes.append((a >= 65 && a <= 90) ? a + 32 : a)
                } else if let m = memo[c] {
                    bytes += m
                } else {
                    let f = Array(MatchFinder.fold(c).utf8)
                    memo[c] = f
                    bytes += f
                }
            }
            bytes.append(0x0A)
        }
        starts.append(bytes.count)
    }

    /// For each title, whether it contains `folded` (already folded).
    func matches(_ folded: String) -> [Bool] {
        var result = [Bool](repeating: false, count: count)
        let needle = Array(folded.utf8)
        guard !needle.isEmpty, !bytes.isEmpty else { return result }
        bytes.withUnsafeBufferPointer { hay in
            let n = needle.count, first = needle[0]
            var i = 0
            while i + n <= hay.count {
                if hay[i] != first { i += 1; continue }
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j < n { i += 1; continue }
                // The title holding offset i: the last start at or before it.
                var lo = 0, hi = count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
                }
                result[lo] = true
                i = starts[lo + 1]
            }
        }
        return result
    }
}

extension String {
    /// The string with line breaks turned into spaces (titles are drawn on one line).
    func replacingNewlines() -> String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }
}

/// English names of ISO 3166 country codes, for the reader header and picker.
public enum CountryNames {
    static let locale = Locale(identifier: "en")
    /// Short forms where the locale data gives a long official one.
    private static let overrides: [String: String] = [
        "CN": "China", "HK": "Hong Kong", "MO": "Macao", "PS": "Palestine", "KP": "North Korea", "KR": "South Korea",
    ]
    public static func name(_ code: String) -> String {
        overrides[code] ?? locale.localizedString(forRegionCode: code) ?? code
    }
}
