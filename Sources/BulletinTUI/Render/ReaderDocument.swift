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
    /// The same for the title lines (UTF-16 ranges of the sanitized title,
    /// `RenderCache.headingMatches`): `/` in a reader finds the title too.
    let titleSpans: [Range<Int>?]

    /// `shortHeader`: the details on one line with the countries as codes (`2025-09-07 · en · BY, VN, EG…`)
    /// and the address on one line cut with "…" (`O` opens it whole, `|` and `bulletin show` give it whole);
    /// the title stays whole. `RenderCache` asks for it when the whole header would take more than half of
    /// the reader's rows (`wantsShortHeader`): at 40x12 the header of an Arabic report filled the whole
    /// first screen, which looked like an empty article.
    public init(article: Article, width: Int, bidi: Bool, shaping: Bool, shortHeader: Bool = false,
                countryName: (String) -> String) {
        let w = max(1, width)
        let opts = LayoutOptions(width: w, bidi: bidi, shaping: shaping)
        var lines = Self.header(article: article, width: w, bidi: bidi, shaping: shaping, short: shortHeader,
                                countryName: countryName)
        lines.append(Line(cells: [], isRTL: false, role: .rule))
        // The headline said again after the dateline is shown once, as the title;
        // the cells keep the offsets of the body as written (search, entities).
        let echo = HeadlineEcho.find(body: article.body, title: article.title)
        for l in TextLayout.layout(echo?.shown(in: article.body) ?? article.body, options: opts) {
            var cells = l.cells
            if let echo {
                for k in cells.indices {
                    if let src = cells[k].source { cells[k].source = echo.bodyRange(src) }
                }
            }
            lines.append(Line(cells: cells, isRTL: l.isRTL, role: .body))
        }
        self.articleID = article.id
        self.lines = lines
        func spans(_ role: Role) -> [Range<Int>?] {
            lines.map { line in
                guard line.role == role else { return nil }
                var lo = Int.max, hi = Int.min
                for cell in line.cells {
                    guard let src = cell.source else { continue }
                    lo = min(lo, src.lowerBound)
                    hi = max(hi, src.upperBound)
                }
                return lo < hi ? lo..<hi : nil
            }
        }
        self.bodySpans = spans(.body)
        self.titleSpans = spans(.title)
        var bodyLines: [Int] = [], lo: [Int] = [], hi: [Int] = []
        for (i, span) in bodySpans.enumerated() {
            guard let span else { continue }
            // Wrapped lines follow the text (each is one slice of it, whatever the
            // reordering inside it): a line starting before the previous one ended
            // would break the binary searches, so it is folded into the previous.
            if let last = hi.last, span.lowerBound < last {
                hi[hi.count - 1] = max(last, span.upperBound)
                continue
            }
            bodyLines.append(i)
            lo.append(span.lowerBound)
            hi.append(span.upperBound)
        }
        self.bodyLines = bodyLines
        self.bodyLo = lo
        self.bodyHi = hi
        self.firstBodyLine = lines.firstIndex { $0.role == .body } ?? lines.count
    }

    /// The title and detail lines of the header (the rule under them is not one of them).
    static func header(article: Article, width w: Int, bidi: Bool, shaping: Bool, short: Bool,
                       countryName: (String) -> String) -> [Line] {
        let opts = LayoutOptions(width: w, bidi: bidi, shaping: shaping)
        var lines: [Line] = []
        for l in TextLayout.layout(TerminalSafe.sanitize(article.title), options: opts) where !l.cells.isEmpty {
            lines.append(Line(cells: l.cells, isRTL: l.isRTL, role: .title))
        }
        var details: [String] = []
        if let d = article.shownDate { details.append(d) }
        // "und" (undetermined) is the code, not something to show a reader.
        details.append(article.language == "und" ? "language unknown" : article.language)
        if let s = article.source { details.append(TerminalSafe.sanitize(s)) }
        if !article.countries.isEmpty {
            details.append(short ? article.countries.joined(separator: ", ")
                                 : CountryNames.list(article.countries, name: countryName))
        }
        // The countries of the places it names, which the country filter takes too: why the article is listed.
        let byPlace = article.placeCountries
        if !byPlace.isEmpty {
            details.append("by place: " + (short ? byPlace.joined(separator: ", ") : CountryNames.list(byPlace, name: countryName)))
        }
        lines += metaLines(details.joined(separator: " · "), width: w, bidi: bidi, shaping: shaping, short: short)
        // The address the article came from, under the details (as `bulletin show` prints it):
        // a translator checking the original needs it. Long URLs hard-wrap (a short header cuts them).
        if let url = article.url, !url.isEmpty {
            lines += metaLines(TerminalSafe.sanitize(url), width: w, bidi: bidi, shaping: shaping, short: short)
        }
        return lines
    }

    /// A details line of the header (the details, the URL): laid out left to right whatever its script, since it
    /// mixes a date, codes and names; cut with "…" to one line in a short header, else wrapped. Its cells point
    /// into no text (a search or a mention never lands on them).
    private static func metaLines(_ text: String, width w: Int, bidi: Bool, shaping: Bool, short: Bool) -> [Line] {
        let opts = LayoutOptions(width: w, bidi: bidi, shaping: shaping, direction: .ltr)
        return TextLayout.layout(short ? TextLayout.truncate(text, to: w) : text, options: opts).map { l in
            Line(cells: l.cells.map { DisplayCell(text: $0.text, width: $0.width, source: nil) }, isRTL: false, role: .meta)
        }
    }

    /// Whether a header of `headerLines` lines (title, details and the rule) takes more than half of a reader
    /// `rows` lines high, and is then made short.
    static func wantsShortHeader(headerLines: Int, rows: Int) -> Bool { headerLines * 2 > rows }

    /// The body lines that show text (indices in `lines`), and the UTF-16
    /// range each shows, as sorted arrays for `firstLine` and `lastLine`.
    let bodyLines: [Int]
    let bodyLo: [Int]
    let bodyHi: [Int]
    /// Title and header lines come first: the title lines are all before this index.
    let firstBodyLine: Int

    /// Indices of the lines that show part of any of `ranges` (body offsets,
    /// sorted by start) or of `title` (title offsets, sorted), in document order.
    public func lines(showing ranges: [Range<Int>], title: [Range<Int>] = []) -> [Int] {
        var result: [Int] = []
        if !title.isEmpty {
            for i in 0..<firstBodyLine {
                if let span = titleSpans[i], SpanLookup.firstIndex(in: title, overlapping: span) != nil { result.append(i) }
            }
        }
        // One walk over the lines and the matches together (both sorted).
        var m = 0
        for k in bodyLines.indices where m < ranges.count {
            while m < ranges.count, ranges[m].upperBound <= bodyLo[k] { m += 1 }
            if m < ranges.count, ranges[m].lowerBound < bodyHi[k] { result.append(bodyLines[k]) }
        }
        return result
    }

    /// The first line at or after `start` that shows part of `ranges` (body
    /// offsets, sorted and disjoint: search matches) or of `title`.
    ///
    /// Binary searches in the matches and the lines, so `n` and each key of
    /// an incremental search cost a few steps however long the article: a
    /// 7 MB article has ~100,000 lines, and a first letter matches everywhere.
    public func firstLine(showing ranges: [Range<Int>], title: [Range<Int>] = [], from start: Int) -> Int? {
        if !title.isEmpty, start < firstBodyLine {
            for i in max(0, start)..<firstBodyLine {
                if let span = titleSpans[i], SpanLookup.firstIndex(in: title, overlapping: span) != nil { return i }
            }
        }
        guard !ranges.isEmpty else { return nil }
        let count = bodyLines.count
        var k = Self.partition(0, count) { bodyLines[$0] >= start }
        guard k < count else { return nil }
        var m = Self.partition(0, ranges.count) { ranges[$0].upperBound > bodyLo[k] }
        while m < ranges.count {
            // The first line from k that ends after the match starts: it shows the match if it starts before it ends.
            let r = ranges[m]
            k = Self.partition(k, count) { bodyHi[$0] > r.lowerBound }
            guard k < count else { return nil }
            if bodyLo[k] < r.upperBound { return bodyLines[k] }
            m = Self.partition(m + 1, ranges.count) { ranges[$0].upperBound > bodyLo[k] }
        }
        return nil
    }

    /// The last line before `end` that shows part of `ranges` or of `title` (as `firstLine`).
    public func lastLine(showing ranges: [Range<Int>], title: [Range<Int>] = [], before end: Int) -> Int? {
        if !ranges.isEmpty {
            // k: the number of candidate lines; m: the number of candidate matches.
            var k = Self.partition(0, bodyLines.count) { bodyLines[$0] >= end }
            if k > 0 {
                var m = Self.partition(0, ranges.count) { ranges[$0].lowerBound >= bodyHi[k - 1] }
                while m > 0 {
                    let r = ranges[m - 1]
                    // The last line (before k) that starts before the match ends.
                    k = Self.partition(0, k) { bodyLo[$0] >= r.upperBound }
                    guard k > 0 else { break }
                    if bodyHi[k - 1] > r.lowerBound { return bodyLines[k - 1] }
                    m = Self.partition(0, m - 1) { ranges[$0].lowerBound >= bodyHi[k - 1] }
                }
            }
        }
        if !title.isEmpty {
            for i in stride(from: min(end, firstBodyLine) - 1, through: 0, by: -1) {
                if let span = titleSpans[i], SpanLookup.firstIndex(in: title, overlapping: span) != nil { return i }
            }
        }
        return nil
    }

    /// Where line `top` stands in the text, to find it again once the article
    /// is laid out anew (another width): the body offset (UTF-16) where the
    /// last text line at or above it starts, and how many lines below that
    /// line it is (a blank line between paragraphs: 1). Above the body (the
    /// title and details) there is no offset: the line's index is kept.
    /// `line(at:)` gives the same line back at the same width.
    public func place(ofLine top: Int) -> ReaderPlace {
        let k = Self.partition(0, bodyLines.count) { bodyLines[$0] > top } - 1
        guard k >= 0 else { return ReaderPlace(offset: nil, extra: max(0, top)) }
        return ReaderPlace(offset: bodyLo[k], extra: top - bodyLines[k])
    }

    /// The line `place` (from `place(ofLine:)`, at any width) stands on in this layout:
    /// the line showing its offset, and as many lines below it as there were.
    public func line(at place: ReaderPlace) -> Int {
        guard let offset = place.offset else { return place.extra }
        let k = Self.partition(0, bodyLo.count) { bodyLo[$0] > offset } - 1
        guard k >= 0 else { return firstBodyLine + place.extra }
        return bodyLines[k] + place.extra
    }

    /// The first index in `lo..<hi` where `isAfter` holds (it holds for every index after it), or `hi`.
    static func partition(_ lo: Int, _ hi: Int, _ isAfter: (Int) -> Bool) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

/// A reader's top line as a place in the article's text, which a new width
/// re-wraps (`ReaderDocument.place(ofLine:)`, `line(at:)`).
public struct ReaderPlace: Sendable, Hashable {
    /// UTF-16 offset in the body where the last text line at or above the top line starts; nil above the body.
    public var offset: Int?
    /// Lines from that line (or, without an offset, from the document's first line) to the top line.
    public var extra: Int
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

    struct DocumentKey: Hashable { var id: String; var width: Int; var bidi: Bool; var shaping: Bool; var short = false }
    /// The number of lines of each article's whole header (with its rule), by width: a resize that only
    /// changes the height decides the short header from it, and keeps the laid-out article.
    private var headerHeights: [DocumentKey: Int] = [:]
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

    /// `rows`: the reader's height, which decides whether the header is made short (`ReaderDocument.init`).
    func document(for article: Article, width: Int, bidi: Bool, shaping: Bool, rows: Int = .max) -> ReaderDocument {
        let key = documentKey(for: article, width: width, bidi: bidi, shaping: shaping, rows: rows)
        lock.lock()
        if let d = documents[key] { lock.unlock(); return d }
        lock.unlock()
        let d = ReaderDocument(article: article, width: width, bidi: bidi, shaping: shaping, shortHeader: key.short,
                               countryName: CountryNames.name)
        lock.lock(); defer { lock.unlock() }
        if documents.count >= limit { documents.removeAll(keepingCapacity: true) }
        documents[key] = d
        return d
    }

    /// Whether `document(for:…)` has that layout already (a resize that needs a new one of a long article says so).
    func hasDocument(for article: Article, width: Int, bidi: Bool, shaping: Bool, rows: Int = .max) -> Bool {
        let key = documentKey(for: article, width: width, bidi: bidi, shaping: shaping, rows: rows)
        lock.lock(); defer { lock.unlock() }
        return documents[key] != nil
    }

    private func documentKey(for article: Article, width: Int, bidi: Bool, shaping: Bool, rows: Int) -> DocumentKey {
        var key = DocumentKey(id: article.id, width: width, bidi: bidi, shaping: shaping)
        guard rows != .max else { return key }
        lock.lock()
        let known = headerHeights[key]
        lock.unlock()
        let lines = known ?? ReaderDocument.header(article: article, width: max(1, width), bidi: bidi, shaping: shaping,
                                                   short: false, countryName: CountryNames.name).count + 1
        if known == nil {
            lock.lock()
            if headerHeights.count >= 1_000 { headerHeights.removeAll(keepingCapacity: true) }
            headerHeights[key] = lines
            lock.unlock()
        }
        key.short = ReaderDocument.wantsShortHeader(headerLines: lines, rows: rows)
        return key
    }

    /// Search matches in the article's body (UTF-16 ranges, sorted).
    ///
    /// Typing a search asks again at every key with a query one letter longer
    /// (or shorter): the folded body's starts of each query typed so far are
    /// kept (`trails`), so a longer query checks only where the shorter one
    /// matched, and Backspace finds its answer kept. Only the first letter
    /// reads the whole text; in a 7 MB article that was every key.
    func matches(of typed: String, in article: Article) -> [Range<Int>] {
        let query = MatchFinder.phrase(typed)
        // `Minsk OR Hanoi`, `Minsk -tourism`: each word looked for, as the text search reads the query.
        if let words = MatchFinder.alternatives(query) {
            return MatchFinder.merged(words.map { matches(of: $0, in: article) })
        }
        let key = MatchKey(id: article.id, query: query)
        lock.lock()
        if let m = bodyMatches[key] { lock.unlock(); return m }
        let cached = foldedBodies[article.id]
        var trail = trails[article.id] ?? []
        lock.unlock()
        let folded = cached ?? MatchFinder.FoldedText(article.body)
        let needle = query.isEmpty ? [] : MatchFinder.foldedNeedle(query)
        // The longest query kept whose folded form `needle` extends.
        while let last = trail.last, !needle.starts(with: last.needle) { trail.removeLast() }
        var work = 0
        let starts: [Int32]
        if needle.isEmpty {
            starts = []
        } else if let last = trail.last {
            starts = folded.starts(of: needle, among: last.starts, extending: last.needle.count)
            work = last.starts.count
        } else {
            starts = folded.starts(of: needle)
            work = folded.count
        }
        if !needle.isEmpty, trail.last?.needle != needle {
            if trail.count >= 64 { trail.removeFirst() }
            trail.append((needle, starts))
        }
        let literal = MatchFinder.spelledAsTyped(folded.ranges(starts: starts, length: needle.count), in: article.body, query: query)
        let named = namedMentions(query, in: article).body
        let m = named.isEmpty ? literal : MatchFinder.merged([literal, named])
        lock.lock(); defer { lock.unlock() }
        lastSearchWork = work
        if cached == nil {
            if foldedBodies.count >= 4 { foldedBodies.removeAll(keepingCapacity: true) }
            foldedBodies[article.id] = folded
        }
        if trails[article.id] == nil, trails.count >= 4 { trails.removeAll(keepingCapacity: true) }
        trails[article.id] = trail
        if bodyMatches.count >= limit { bodyMatches.removeAll(keepingCapacity: true) }
        bodyMatches[key] = m
        return m
    }

    /// Per article, the folded queries typed in a row, each extending the one
    /// before, with every start of each in the folded body.
    private var trails: [String: [(needle: [UInt16], starts: [Int32])]] = [:]
    /// Folded positions the last `matches(of:in:)` that was not cached compared
    /// (the whole body, or the starts of the query it extends): for tests.
    private(set) var lastSearchWork = 0

    private var entitySpanCache: [String: (spans: [Range<Int>], types: [EntityType])] = [:]
    private var mentionCache: [String: [String: EntityMentions]] = [:]

    /// Where the article names each of its entities, by name (`EntityMentions.all`), kept for the articles
    /// on screen: the sidebar asks at every frame, and finding a headline's echo searches the body.
    func entityMentions(of article: Article) -> [String: EntityMentions] {
        lock.lock()
        if let m = mentionCache[article.id] { lock.unlock(); return m }
        lock.unlock()
        let m = EntityMentions.all(in: article)
        lock.lock(); defer { lock.unlock() }
        if mentionCache.count >= 4 { mentionCache.removeAll(keepingCapacity: true) }
        mentionCache[article.id] = m
        return m
    }

    /// The article's entity mentions (UTF-16 ranges) sorted by start, with each one's type.
    func entitySpans(of article: Article) -> ([Range<Int>], [EntityType]) {
        lock.lock()
        if let c = entitySpanCache[article.id] { lock.unlock(); return (c.spans, c.types) }
        lock.unlock()
        let sorted = article.entities.flatMap { e in e.ranges.map { ($0.start..<$0.end, e.type) } }
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        let spans = sorted.map(\.0), types = sorted.map(\.1)
        lock.lock(); defer { lock.unlock() }
        // Side by side draws two articles a frame: keep a few.
        if entitySpanCache.count >= 4 { entitySpanCache.removeAll(keepingCapacity: true) }
        entitySpanCache[article.id] = (spans, types)
        return (spans, types)
    }

    /// Search matches in the article's title as the reader draws it (UTF-16
    /// ranges of the sanitized title, which its title cells point into).
    func headingMatches(of query: String, in article: Article) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        let literal = MatchFinder.matches(of: query, in: TerminalSafe.sanitize(article.title))
        let named = namedMentions(MatchFinder.phrase(query), in: article).title
        return named.isEmpty ? literal : MatchFinder.merged([literal, named])
    }

    /// The mentions of the article's entities that `query` names: whole words of the entity's canonical name or of a
    /// form the article writes, folded as the extractor folds names. The list's search finds the Arabic report of
    /// "to lam" through the index's entity names; in the reader the same query then goes to تو لام, and "lukashenko"
    /// to Loukachenko in the French one. A query of one word needs three letters (or two Han characters), so that
    /// "to" alone stays a plain search.
    func namedMentions(_ query: String, in article: Article) -> EntityMentions {
        let words = Self.nameWords(query)
        guard let first = words.first, words.count > 1 || first.count >= 3
                || first.count >= 2 && first.unicodeScalars.allSatisfy({ SearchFolding.isCJK($0) }) else { return EntityMentions() }
        var result = EntityMentions()
        var all: [String: EntityMentions]?
        for e in article.entities where ([e.name] + e.aliases).contains(where: { Self.containsWords(Self.nameWords($0), words) }) {
            if all == nil { all = entityMentions(of: article) }
            guard let m = all?[e.name] else { continue }
            result.title += m.title
            result.body += m.body
        }
        return result
    }

    /// A name's or a query's words, each folded to its matching key (case, diacritics, Arabic letter forms).
    static func nameWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }) })
            .map { TextFolding.key($0) }
    }

    /// Whether `words` run, in order and side by side, inside `name`.
    static func containsWords(_ name: [String], _ words: [String]) -> Bool {
        guard !words.isEmpty, name.count >= words.count else { return false }
        for i in 0...(name.count - words.count) where name[i] == words[0] {
            if (1..<words.count).allSatisfy({ name[i + $0] == words[$0] }) { return true }
        }
        return false
    }

    /// Which summaries' titles contain `query` (folded), by summary index.
    /// The folded titles are built on first use; the answer for the last query is kept.
    func titleMatches(_ typed: String, in summaries: [ArticleSummary]) -> [Bool] {
        let query = MatchFinder.phrase(typed)
        lock.lock()
        if let last = lastTitleQuery, last.query == query, last.matches.count == summaries.count {
            lock.unlock()
            return last.matches
        }
        let existing = titles
        lock.unlock()
        let t = (existing?.count == summaries.count ? existing : nil) ?? FoldedTitles(summaries)
        // Diacritic-smart: a word typed with diacritics is found only written so.
        func holding(_ text: String, wholeWords: Bool = false) -> [Bool] {
            var m = t.matches(MatchFinder.fold(text), wholeWords: wholeWords)
            let marked = DiacriticFilter.markedWords(in: text)
            if !marked.isEmpty {
                for i in m.indices where m[i] && !MatchFinder.writes(summaries[i].title, marked) { m[i] = false }
            }
            return m
        }
        var m: [Bool]
        let parsed = MatchFinder.alternatives(query) == nil ? nil : SearchQuery.parse(query)
        if let parsed {
            // With `OR` or `-words`, as the text search reads them: each group of alternatives somewhere in
            // the title, no word left out in it (as a whole word, as the index matches it: `-tour` does not
            // leave out "Tourism week" while it is typed). Only left-out words: no title, as the search refuses them.
            m = [Bool](repeating: !parsed.isEmpty, count: summaries.count)
            for clause in parsed.clauses {
                var any = [Bool](repeating: false, count: summaries.count)
                for k in clause {
                    let hit = holding(parsed.terms[k].text)
                    for i in any.indices where hit[i] { any[i] = true }
                }
                for i in m.indices where m[i] && !any[i] { m[i] = false }
            }
            for term in parsed.excludedTerms where m.contains(true) {
                let cjk = term.text.unicodeScalars.contains(where: SearchFolding.isUnspaced)
                let hit = holding(term.text, wholeWords: !cjk)
                for i in m.indices where hit[i] { m[i] = false }
            }
        } else {
            m = holding(query)
        }
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
        // The same without spaces, each byte marked where a word starts or ends.
        joined.reserveCapacity(bytes.count)
        edges.reserveCapacity(bytes.count)
        joinedStarts.reserveCapacity(starts.count)
        var t = 0
        let separates = Self.separates
        for (i, b) in bytes.enumerated() {
            while t < starts.count, starts[t] == i {
                joinedStarts.append(joined.count)
                t += 1
            }
            guard b != 0x20 else { continue }
            var edge: UInt8 = 0
            if i == 0 || separates(bytes[i - 1]) { edge |= 1 }
            if i + 1 == bytes.count || separates(bytes[i + 1]) { edge |= 2 }
            joined.append(b)
            edges.append(edge)
        }
        while t < starts.count {
            joinedStarts.append(joined.count)
            t += 1
        }
    }

    /// An ASCII byte other than a letter or a digit (a space, a mark, the newline between titles).
    @inline(__always) static func separates(_ b: UInt8) -> Bool {
        b < 0x80 && !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A))
    }

    /// `bytes` without spaces, for a query written without the spaces a
    /// title has (`hanoi` for `Hà Nội`, `vietnam` for `Việt Nam`).
    private var joined: [UInt8] = []
    /// Per byte of `joined`: 1 when a word starts there, 2 when one ends there.
    private var edges: [UInt8] = []
    private var joinedStarts: [Int] = []

    /// For each title, whether it contains `folded` (already folded), or
    /// whole words that are `folded` with its spaces left out or put in
    /// (`hanoi` finds "Hà Nội", `ha noi` finds "Hanoi": four letters or more).
    /// `wholeWords`: only where `folded` stands as whole words (nothing but a space, a
    /// punctuation mark or the title's edge on either side), and not without its spaces.
    func matches(_ folded: String, wholeWords: Bool = false) -> [Bool] {
        var result = [Bool](repeating: false, count: count)
        let needle = Array(folded.utf8)
        guard !needle.isEmpty, !bytes.isEmpty else { return result }
        if wholeWords {
            let bytes = self.bytes
            FoldedTitles.sweep(bytes, needle, starts, &result) { i, n in
                (i == 0 || Self.separates(bytes[i - 1])) && (i + n == bytes.count || Self.separates(bytes[i + n]))
            }
            return result
        }
        let bytes = self.bytes
        bytes.withUnsafeBufferPointer { b in
            // Never inside a Thai, Lao, Khmer or Burmese cluster, as the full-text search matches.
            FoldedTitles.sweep(bytes, needle, starts, &result) { i, n in
                !MatchFinder.splitsCluster(utf8: b, at: i) && !MatchFinder.splitsCluster(utf8: b, at: i + n)
            }
        }
        let squeezed = needle.filter { $0 != 0x20 }
        if squeezed.count >= 4 {
            let edges = self.edges
            FoldedTitles.sweep(joined, squeezed, joinedStarts, &result) { i, n in
                edges[i] & 1 != 0 && edges[i + n - 1] & 2 != 0
            }
        }
        return result
    }

    /// Marks in `result` each title (offsets `starts` into `hay`) holding
    /// `needle` at an offset `accept`s (offset, needle length).
    private static func sweep(_ hay: [UInt8], _ needle: [UInt8], _ starts: [Int], _ result: inout [Bool],
                              accept: (Int, Int) -> Bool) {
        let count = starts.count - 1
        hay.withUnsafeBufferPointer { hay in
            let n = needle.count, first = needle[0]
            var i = 0
            while i + n <= hay.count {
                if hay[i] != first { i += 1; continue }
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j < n { i += 1; continue }
                if !accept(i, n) { i += 1; continue }
                // The title holding offset i: the last start at or before it.
                var lo = 0, hi = count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
                }
                result[lo] = true
                i = max(i + 1, starts[lo + 1])
            }
        }
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

    /// "Belarus (BY), China (CN)": countries as the reader header and `|` name them, each by `name`.
    static func list(_ codes: [String], name: (String) -> String) -> String {
        codes.map { "\(name($0)) (\($0))" }.joined(separator: ", ")
    }
}
