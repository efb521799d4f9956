import BulletinKit
import Foundation

/// `/` search. In the list it matches titles as you type (and, once confirmed,
/// bodies through the store's search); in a reader it matches the article's
/// text. `n`/`N` go to the next or previous match in the focused pane.
extension AppState {
    mutating func startSearch() {
        search = SearchState()
        search.editing = true
        search.originSelection = selection
        search.originScroll = activeReader.map { scroll(in: $0) } ?? 0
    }

    mutating func incrementalSearch() {
        search.failed = false
        guard !search.query.isEmpty else {
            select(search.originSelection)
            if let slot = activeReader { setScroll(slot, search.originScroll) }
            return
        }
        // A query that matches nothing goes back to where the search started,
        // as vim's incremental search does: the selection must not stay on
        // the article a shorter query matched, which this one does not.
        if let slot = activeReader {
            if let line = firstMatchLine(slot, from: search.originScroll) ?? firstMatchLine(slot, from: 0) {
                setScroll(slot, line - 2)
            } else {
                search.failed = true
                setScroll(slot, search.originScroll)
            }
        } else if let i = nextListMatch(from: search.originSelection, forward: true, includeStart: true) {
            select(i)
        } else {
            search.failed = true
            select(search.originSelection)
        }
    }

    /// How many body matches the list asks the store for.
    public static let bodySearchLimit = 1000

    /// The store's answer for a confirmed list search: the first `limit`
    /// articles whose text matches (`bodySearchIDs`), and whether more do
    /// (one more is asked for: the count then says "1000+", not 1000).
    public static func bodySearch(in store: any ArticleStore, query: String, limit: Int) -> (ids: [String], more: Bool) {
        let ids = bodySearchIDs(in: store, query: query, limit: limit + 1)
        return ids.count > limit ? (Array(ids.prefix(limit)), true) : (ids, false)
    }

    /// The articles whose text matches a confirmed list search (IDs, best first).
    ///
    /// The titles match what is typed anywhere in them ("lukash" is in
    /// "Lukashenko's visit"), but the index matches whole words: Enter then
    /// found 2 articles for "lukash" and 7 for "lukashenko". So the last word,
    /// when it is at least three letters and not quoted or starred already, is
    /// also asked as the start of a word (`lukash*`), after the query as typed
    /// (which alone finds an entity's mentions in other scripts).
    public static func bodySearchIDs(in store: any ArticleStore, query: String, limit: Int) -> [String] {
        var ids = store.search(query, limit: limit, snippets: false).map(\.id)  // IDs only: no body is read
        guard ids.count < limit, let prefixed = prefixQuery(query) else { return ids }
        var seen = Set(ids)
        for hit in store.search(prefixed, limit: limit, snippets: false) where seen.insert(hit.id).inserted {
            ids.append(hit.id)
            if ids.count == limit { break }
        }
        return ids
    }

    /// `query` with its last word made a prefix (`word*`), or nil when that
    /// would not widen it: a word under three letters (`a*` would list every
    /// article), a quote in the query, a `*` or `-` already, or Chinese or
    /// Japanese, Thai, Lao, Khmer or Burmese (matched inside words already).
    static func prefixQuery(_ query: String) -> String? {
        guard !query.contains(where: { "\"“”«»".contains($0) }) else { return nil }
        guard let last = query.split(whereSeparator: \.isWhitespace).last,
              !last.hasPrefix("-"), !last.hasSuffix("*"), last.count >= 3,
              last.last.map({ $0.isLetter || $0.isNumber }) == true,
              !last.unicodeScalars.contains(where: SearchFolding.isUnspaced) else { return nil }
        return query.trimmingCharacters(in: .whitespaces) + "*"
    }

    /// Enter at the prompt. In the list, titles already match; the article texts
    /// are searched through the store (FTS5 when indexed) as an effect, so a large
    /// corpus never blocks typing: the answer comes back as `.bodySearchResults`.
    mutating func confirmSearch() -> [Effect] {
        search.editing = false
        guard search.isActive else { return [] }
        if activeReader == nil {
            // `-tourism` alone: the store finds nothing, and "No match" read as a fact about the corpus.
            // `bulletin search` refuses it with the reason; so does the prompt's answer.
            let parsed = SearchQuery.parse(search.query)
            if parsed.isEmpty, !parsed.terms.isEmpty {
                search.confirmedInList = true
                search.bodySearched = true
                message = "“\(search.query)” only leaves words out: give a word to find as well"
                return []
            }
            let titles = titleMatchCount()
            let matching = titles == 1 ? "1 title matches" : "\(Count.grouped(titles)) titles match"
            message = "\(matching) “\(search.query)”; searching article texts…"
            search.confirmedInList = true
            return [.bodySearch(query: search.query)]
        } else if let slot = activeReader {
            let n = matchLines(slot).count
            message = n == 0 ? "No match for “\(search.query)” in this article"
                             : "Matches on \(n == 1 ? "1 line" : "\(Count.grouped(n)) lines"); n/N next/previous"
        }
        return []
    }

    /// The store's body matches for `query`; ignored when the user has moved on to another search.
    /// `more`: the store stopped at `bodySearchLimit` (more texts match): the count says "1000+".
    ///
    /// A query with a word typed with diacritics ("coopération", "Tô Lâm") is
    /// checked by the store against the best-ranked matches only, to answer at
    /// once: at 10,000 articles that found 425 of the 1,475 that write
    /// "coopération". So this first answer is shown as a floor, and every match
    /// is asked for next, in the background (`.allSearchMatches` makes the
    /// count exact).
    mutating func receiveBodyHits(query: String, ids: [String], more: Bool = false) -> [Effect] {
        guard search.query == query, !search.editing, search.isActive else { return [] }
        search.bodyHits = Set(ids)
        search.bodySearched = true
        let checksAll = !DiacriticFilter.markedWords(in: query).isEmpty
        // Incomplete either way: `A` then asks for every match itself.
        search.bodyMore = more || checksAll
        // A picker opened while the text search ran counted the title matches only (`>16` where 142 match).
        recountPicker()
        // An `A` pressed while the texts were searched: marks what was found (every match first, when this
        // answer is incomplete: `receiveAllMatches` then marks them).
        if search.markAllPending, !search.bodyMore {
            search.markAllPending = false
            return markListRead()
        }
        if search.markAllPending {
            message = "Finding every article that matches “\(search.query)” to mark it read…"
            return [.bodySearch(query: query, uncapped: true)]
        }
        guard checksAll else {
            announceMatches(more: more)
            // Cut at the limit, the `>` marks and `n` missed every match past it: under a country and a
            // language, a third of the list's (308 of 453 marked). Every match is asked for next, in the
            // background, as for a word typed with diacritics; its answer marks them all and counts them.
            return more ? [.bodySearch(query: query, uncapped: true)] : []
        }
        let n = listMatchCount()
        message = n == 0 ? "Checking every match of “\(search.query)” for its accents…"
            : "At least \(Count.grouped(n)) \(n == 1 ? "article matches" : "articles match") “\(search.query)”; "
              + "checking every match for its accents…"
        selectFirstListMatch()
        return [.bodySearch(query: query, uncapped: true)]
    }

    /// Listed articles whose title or text matches the confirmed search.
    private func listMatchCount() -> Int {
        visible.filter { titleMatches($0) || search.bodyHits.contains(catalog.summaries[$0].id) }.count
    }

    /// The count of a confirmed list search in the status line (`more`: a floor), and the
    /// cursor on a match when it is on none (in the list).
    private mutating func announceMatches(more: Bool) {
        let titles = titleMatchCount()
        let n = listMatchCount()
        if n == 0 {
            message = more ? "No match for “\(search.query)” in the first \(Count.grouped(Self.bodySearchLimit)) articles found; finding every match…"
                           : "No match for “\(search.query)”"
            return
        }
        // Cut at the limit, the count is a floor, and says so in words: "1689+" read as an exact count.
        let matches = more ? "At least \(Count.grouped(n)) articles match"
                           : n == 1 ? "1 article matches" : "\(Count.grouped(n)) articles match"
        message = "\(matches) “\(search.query)” (\(Count.grouped(titles)) in the title); "
            + (more ? "finding every match…" : "n/N next/previous")
        selectFirstListMatch()
    }

    private mutating func selectFirstListMatch() {
        if activeReader == nil, !isListMatch(selection),
           let i = nextListMatch(from: selection, forward: true, includeStart: false) {
            select(i)
        }
    }

    /// Every article whose text matches a confirmed list search, uncapped
    /// (`ArticleStore.allMatchingIDs`): the query as typed, then its last word
    /// as a prefix, as `bodySearchIDs` asks them.
    public static func allTextMatches(in store: any ArticleStore, query: String) -> [String] {
        var ids = store.allMatchingIDs(query)
        guard let prefixed = prefixQuery(query) else { return ids }
        var seen = Set(ids)
        for id in store.allMatchingIDs(prefixed) where seen.insert(id).inserted { ids.append(id) }
        return ids
    }

    /// Every article a search confirmed in the list marks (`>`), uncapped, as IDs: those whose title holds
    /// `query` (as the list matches titles while it is typed) and every text match (`allTextMatches`).
    /// What `bulletin list --search` keeps, so that the TUI's view can be exported.
    public static func listSearchMatches(in store: any ArticleStore, query: String) -> Set<String> {
        var ids = Set(allTextMatches(in: store, query: query))
        let summaries = store.summaries
        for (i, hit) in RenderCache().titleMatches(query, in: summaries).enumerated() where hit {
            ids.insert(summaries[i].id)
        }
        return ids
    }

    /// Every text match of the confirmed search (`.allSearchMatches`, the answer to an uncapped `.bodySearch`): the
    /// rows marked and the counts are exact from now on, and an `A` waiting
    /// for them marks them. Ignored when the search changed meanwhile.
    mutating func receiveAllMatches(query: String, ids: [String]) -> [Effect] {
        guard search.query == query, !search.editing, search.isActive else { return [] }
        search.bodyHits = Set(ids)
        search.bodySearched = true
        search.bodyMore = false
        recountPicker()
        // The exact count (after a first answer that was a floor), unless `A` waits to say what it marked.
        guard search.markAllPending else {
            announceMatches(more: false)
            return []
        }
        search.markAllPending = false
        return markListRead()
    }

    mutating func searchNext(forward: Bool) {
        guard search.isActive else {
            // Under an entity filter, a reader's n/N go through that entity's mentions.
            if let entity = filters.entity, let slot = activeReader {
                nextMention(of: entity, in: slot, forward: forward)
                return
            }
            // A newsboat user's `n` (next unread) lands here: say which key that is.
            message = "No search yet: press / to search (. goes to the next unread article)"
            return
        }
        if let slot = activeReader {
            let before = scroll(in: slot)
            let cur = before + 2
            let ahead = forward ? firstMatchLine(slot, from: cur + 1) : lastMatchLine(slot, before: cur)
            if let ahead {
                setScroll(slot, ahead - 2)
                // At the end of the article the scroll is clamped: the matches left
                // are already on screen, so n goes round to the first one instead.
                if scroll(in: slot) != before {
                    message = matchPosition(slot, line: ahead) + "; n/N next/previous"
                    return
                }
            }
            let first = firstMatchLine(slot, from: 0)
            guard let round = forward ? first : lastMatchLine(slot, before: Int.max) else {
                message = "No match for “\(search.query)” in this article"
                return
            }
            setScroll(slot, round - 2)
            // Say why the view did not move, or jumped back (as vim and less do).
            if scroll(in: slot) == before {
                let only = first != nil && first == lastMatchLine(slot, before: Int.max)
                message = only ? "The only match in this article" : "Every match is on this screen"
            } else {
                message = (forward ? "Search wrapped to the top" : "Search wrapped to the bottom")
                    + " (" + matchPosition(slot, line: round).lowercased() + ")"
            }
        } else if let i = nextListMatch(from: selection, forward: forward, includeStart: false) {
            if i == selection {
                message = "The only matching article"
            } else if forward ? i < selection : i > selection {
                message = forward ? "Search wrapped to the top" : "Search wrapped to the bottom"
            }
            select(i)
        } else {
            message = "No match for “\(search.query)”"
        }
    }

    /// "Matching line 2 of 5": where `n`/`N` went (`line`) among the lines of the reader showing a match,
    /// as Enter counts them ("Matches on 5 lines"). `n` moved without a word: side by side, after a search
    /// that found nothing on one side, `Tab` then `n` jumped on the other with no status at all.
    func matchPosition(_ slot: ReaderSlot, line: Int) -> String {
        let lines = matchLines(slot)
        guard let i = lines.firstIndex(of: line) else { return "Matches on \(lines.count == 1 ? "1 line" : "\(Count.grouped(lines.count)) lines")" }
        return "Matching line \(Count.grouped(i + 1)) of \(Count.grouped(lines.count))"
    }

    /// `n`/`N` in a reader under an entity filter (and no search): the next or
    /// previous mention of the entity in the article, from the ranges its
    /// entities carry (every spelling: Loukachenko, Лукашенко, لوكاشينكو),
    /// put on the third line as a search match is, with "mention 2 of 5".
    /// Mentions are counted one by one, also two on one line; from where the
    /// reader was scrolled to, the first one below its third line is next.
    mutating func nextMention(of entity: String, in slot: ReaderSlot, forward: Bool) {
        let shown = TextLayout.truncate(TerminalSafe.sanitize(entity).replacingNewlines(), to: 40)
        guard let article = article(in: slot) else { return }
        // The headline's mentions too (on the title's lines), as the sidebar's `here` counts them.
        let mentions = cache.entityMentions(of: article)[entity] ?? EntityMentions()
        let width = layout.pane(.reader(slot))?.content.width ?? size.width
        guard mentions.count > 0, let doc = document(in: slot, width: width) else {
            message = "No mention of \(shown) in this article's title or text"
            return
        }
        let lines = mentions.title.map { doc.firstLine(showing: [], title: [$0], from: 0) ?? 0 }
            + mentions.body.map { doc.firstLine(showing: [$0], from: 0) ?? 0 }
        let before = scroll(in: slot), n = lines.count
        let index: Int
        var wrapped = false
        if let c = mentionCursor, c.articleID == article.id, c.entity == entity, c.scroll == before, c.index < n {
            index = forward ? (c.index + 1) % n : (c.index + n - 1) % n
            wrapped = forward ? index < c.index : index > c.index
        } else if forward {
            let from = before == 0 ? -1 : before + 2  // at the top, the first mention is the first to go to
            if let i = lines.firstIndex(where: { $0 > from }) { index = i } else { index = 0; wrapped = true }
        } else {
            if let i = lines.lastIndex(where: { $0 < before + 2 }) { index = i } else { index = n - 1; wrapped = true }
        }
        setScroll(slot, lines[index] - 2)
        mentionCursor = MentionCursor(articleID: article.id, entity: entity, index: index, scroll: scroll(in: slot))
        message = "\(shown): mention \(Count.grouped(index + 1)) of \(Count.grouped(n))"
            + (wrapped ? (forward ? " (wrapped to the top)" : " (wrapped to the bottom)") : "; n/N next/previous")
    }

    /// Document lines of a reader slot where a match begins, in the title or the body
    /// (every one: for the count Enter reports; moving uses `firstMatchLine`).
    func matchLines(_ slot: ReaderSlot) -> [Int] {
        guard let (doc, body, title) = searchTarget(slot) else { return [] }
        return doc.lines(showing: body, title: title)
    }

    /// The first document line at or after `line` where a match begins.
    func firstMatchLine(_ slot: ReaderSlot, from line: Int) -> Int? {
        guard let (doc, body, title) = searchTarget(slot) else { return nil }
        return doc.firstLine(showing: body, title: title, from: line)
    }

    /// The last document line before `line` where a match begins.
    func lastMatchLine(_ slot: ReaderSlot, before line: Int) -> Int? {
        guard let (doc, body, title) = searchTarget(slot) else { return nil }
        return doc.lastLine(showing: body, title: title, before: line)
    }

    /// The laid-out article of a reader slot and where the query's matches begin in its body and title
    /// (each match's first unit): a match the reader wraps ("Aleksandr / Lukashenko", a person `/lukashenko`
    /// names) is on the line where it begins, so `n` goes to the next match, not to the rest of this one,
    /// and the lines counted are the matches' first lines.
    private func searchTarget(_ slot: ReaderSlot) -> (ReaderDocument, [Range<Int>], [Range<Int>])? {
        guard let article = article(in: slot) else { return nil }
        let width = layout.pane(.reader(slot))?.content.width ?? size.width
        guard let doc = document(in: slot, width: width) else { return nil }
        func starts(_ ranges: [Range<Int>]) -> [Range<Int>] {
            ranges.map { $0.isEmpty ? $0 : $0.lowerBound..<($0.lowerBound + 1) }
        }
        return (doc, starts(cache.matches(of: search.query, in: article)),
                starts(cache.headingMatches(of: search.query, in: article)))
    }

    /// Whether the title of summary `index` matches the query.
    func titleMatches(_ index: Int) -> Bool {
        cache.titleMatches(search.query, in: catalog.summaries)[index]
    }

    func titleMatchCount() -> Int {
        let m = cache.titleMatches(search.query, in: catalog.summaries)
        return visible.reduce(0) { $0 + (m[$1] ? 1 : 0) }
    }

    func isListMatch(_ row: Int) -> Bool {
        guard visible.indices.contains(row) else { return false }
        return titleMatches(visible[row]) || search.bodyHits.contains(catalog.summaries[visible[row]].id)
    }

    /// The next list row (wrapping) whose article matches the query.
    func nextListMatch(from start: Int, forward: Bool, includeStart: Bool) -> Int? {
        let n = visible.count
        guard n > 0 else { return nil }
        let titles = cache.titleMatches(search.query, in: catalog.summaries)
        for k in (includeStart ? 0 : 1)...n {
            let row = ((start + (forward ? k : -k)) % n + n) % n
            let idx = visible[row]
            if titles[idx] || (!search.bodyHits.isEmpty && search.bodyHits.contains(catalog.summaries[idx].id)) { return row }
        }
        return nil
    }
}
