import Foundation

/// Groups one article's mentions into entities: known names by their knowledge-base
/// entry, short forms with the long form they abbreviate (a surname with the full
/// name, "NA" with "National Assembly", "Senate" with "Senate of Kazakhstan").
struct MentionGrouper {
    let lex: EntityLexicon

    /// Mentions of one entity. The derived properties are cached (groups are compared
    /// pairwise while linking; recomputing them over thousands of mentions was the hot spot
    /// on large files) and reset whenever mentions change.
    ///
    /// The mentions are the article's, read in place through their indices (see `Members`): a
    /// group held copies of them, in an array of its own, and building and freeing those (a
    /// buffer, and a retain and a release of each mention's box) was a tenth of the grouping.
    final class Group {
        // (No dynamic exclusivity checks: a group is read and written by the one grouping that
        // made it, never through overlapping accesses.)
        /// The article's mentions (shared with the grouping, never changed).
        let all: [Mention]
        /// Indices into `all`, in order of start: the first, then the others (most groups have
        /// one mention: no array is allocated for them).
        @exclusivity(unchecked) private var head: Int32
        @exclusivity(unchecked) private var tail: [Int32] = []
        var known: Int?
        /// Grouped by `known` (else by `key`, its `groupKey`): what `group` looks groups up by.
        var keyedByKnown = false
        /// Merged into another group by `linkShortForms` (no longer among its live groups).
        var absorbed = false
        /// The name's original spelling in Latin letters, given in parentheses after a name in another script
        /// ("卡洛斯·门多萨（Carlos Mendoza）"): the entity's name (the one other articles and languages write), while
        /// its words stay the first spelling's, which the article's later short forms ("门多萨") are linked by.
        var latinOriginal: String?
        var key = ""
        // Cached separately: reading `type` or `isSingleWord` must not copy the longest mention.
        @exclusivity(unchecked) private var valid = false
        // The longest mention's surface and words (not the mention: reading a field of a cached
        // optional mention copied all of it at every pairwise test).
        @exclusivity(unchecked) private var cachedSurface = ""
        @exclusivity(unchecked) private var cachedWords: [String] = []
        @exclusivity(unchecked) private var cachedType: EntityType?
        @exclusivity(unchecked) private var cachedSingle = false
        @exclusivity(unchecked) private var cachedInitials: String?
        /// A group of the one mention `all[index]`.
        init(_ all: [Mention], _ index: Int) {
            self.all = all
            head = Int32(index)
            known = all[index].known
        }
        /// The group's mentions, in order (read in place, as an array's elements are).
        var mentions: Members { Members(all: all, head: head, tail: tail) }
        /// The first mention (read in place: no `Members` view, which retains the mentions and the indices).
        var first: Mention {
            @inline(__always) _read { yield all[Int(head)] }
        }
        /// Whether a mention of the group passes `test` (read in place, as `first`).
        @inline(__always) func containsMention(where test: (Mention) -> Bool) -> Bool {
            if test(all[Int(head)]) { return true }
            for i in tail where test(all[Int(i)]) { return true }
            return false
        }
        /// Every mention was typed by guess.
        var allGuessed: Bool { !containsMention { $0.evidence != .guess } }
        /// Adds the mention `all[index]` (after the others: `group` adds them in order of start).
        func append(_ index: Int) {
            tail.append(Int32(index))
            valid = false
        }
        /// Takes `small`'s mentions (of the same article) and orders all of them by start, as sorting
        /// the appended mentions did: the same stable sort over the same keys.
        func take(_ small: Group) {
            var ids: [Int32] = []
            ids.reserveCapacity(1 + tail.count + 1 + small.tail.count)
            ids.append(head)
            ids.append(contentsOf: tail)
            ids.append(small.head)
            ids.append(contentsOf: small.tail)
            ids.sort { all[Int($0)].start < all[Int($1)].start }
            head = ids[0]
            tail = Array(ids.dropFirst())
            valid = false
        }
        /// (The validity test inlined at every property read: linking reads them pairwise, and the call
        /// to the whole derivation was most of a read.)
        @inline(__always) private func derive() {
            if !valid { deriveAll() }
        }
        private func deriveAll() {
            // One pass each, reading mentions in place (no filtered copies). Ties keep the first,
            // as `max(by:)` does.
            if tail.isEmpty {
                // One mention (most groups): it is the longest and the typed one; the loops below pick it.
                // (Read in place, without the view below.)
                cachedSurface = first.surface
                cachedWords = first.words
                cachedInitials = nil
                cachedType = first.type
                let n = cachedWords.count
                cachedSingle = n == 1 || (n == 2 && Group.isOneCharacter(cachedWords[0]))
                valid = true
                return
            }
            let mentions = self.mentions   // (one view, not one per read)
            let anyMain = mentions.contains { !$0.parenthesized }
            // A surface's length (in characters: grapheme breaking) is counted only on a tie of word counts.
            var best = -1, bestWords = 0, bestLength = -1
            for k in mentions.indices where !anyMain || !mentions[k].parenthesized {
                let w = mentions[k].words.count
                if best >= 0, w < bestWords { continue }
                if best < 0 || w > bestWords { best = k; bestWords = w; bestLength = -1; continue }
                if bestLength < 0 { bestLength = PlainText.count(mentions[best].surface) }
                let length = PlainText.count(mentions[k].surface)
                if length > bestLength { best = k; bestLength = length }
            }
            cachedSurface = mentions[best].surface
            cachedWords = mentions[best].words
            cachedInitials = nil
            var typed = -1
            for k in mentions.indices where mentions[k].type != nil {
                if typed < 0 || mentions[typed].evidence < mentions[k].evidence { typed = k }
            }
            cachedType = typed >= 0 ? mentions[typed].type : nil
            cachedSingle = mentions.allSatisfy { $0.words.count == 1 || ($0.words.count == 2 && Group.isOneCharacter($0.words[0])) }
            valid = true
        }
        /// `s.count == 1`, without counting past the first character.
        /// A plain string (see `PlainText`: its characters are its scalars) is answered by its bytes;
        /// grapheme breaking was most of the derivation of a one-mention group.
        static func isOneCharacter(_ s: String) -> Bool {
            // (spd32: a plain first scalar with a plain one after it (`PlainText.plainHead`) is a character with a boundary
            // after it: two characters at least, told without counting the whole string.)
            if let b = s.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
                guard b.count > 1 else { return b.count == 1 }
                let c = b[0], m = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                if m < b.count, PlainText.plainHead(b, m) { return false }
                return nil
            }), let b { return b }
            if let n = s.utf8.withContiguousStorageIfAvailable({ $0.count == 1 ? 1 : PlainText.plainCount($0) }), let n { return n == 1 }
            return !s.isEmpty && s.index(after: s.startIndex) == s.endIndex
        }
        /// The surface of the fullest form, preferring one not written in parentheses (an acronym or gloss).
        var longestSurface: String { derive(); return cachedSurface }
        var type: EntityType? { derive(); return cachedType }
        var isSingleWord: Bool { derive(); return cachedSingle }
        var lastWord: String { derive(); return cachedWords.last ?? "" }
        /// The words of the longest mention, without copying the mention.
        var longestWords: [String] { derive(); return cachedWords }
        /// `longestWords.count`, without retaining the words (asked first of every pair linking compares).
        var longestWordCount: Int { derive(); return cachedWords.count }
        /// `MentionGrouper.initials` of the longest mention's surface (asked once per acronym of the article).
        var initials: String {
            derive()
            if let i = cachedInitials { return i }
            let i = MentionGrouper.initials(cachedSurface)
            cachedInitials = i
            return i
        }
    }

    /// A group's mentions: `all[head]`, then `all[tail[k]]` (see `Group`).
    struct Members: RandomAccessCollection {
        let all: [Mention]
        let head: Int32
        let tail: [Int32]
        var startIndex: Int { 0 }
        var endIndex: Int { tail.count + 1 }
        typealias Indices = Range<Int>
        subscript(k: Int) -> Mention {
            @inline(__always) _read { yield all[Int(k == 0 ? head : tail[k - 1])] }
        }
    }

    func group(_ all: [Mention]) -> Extraction {
        // Sorted by index (the same stable sort over the same keys): sorting the mentions
        // themselves copied each one, and every loop below that read a mention copied it again.
        // (Each mention's key read once, with its index as the last key: the stable sort's order of ties, and no
        // mention read again at every comparison.)
        let keyed = Self.byStart(all)
        // Countries: their mentions in lists beside `codes` (an article names a few countries: a
        // scan of `codes` finds one, where a `[String: [Mention]]` hashed each code with SipHash).
        // (Their indices into `all`, read in place: copies of the mentions retained and released each one's box.)
        var codes: [String] = []
        var countryMentions: [[Int]] = []
        for i in keyed where all[i].type == .country {
            guard let code = all[i].code else { continue }
            if let c = codes.firstIndex(of: code) { countryMentions[c].append(i) } else { codes.append(code); countryMentions.append([i]) }
        }
        // "la république du Congo … troisième ville congolaise": the adjective shared by both Congos
        // (read as the larger one's) goes to the one the article names.
        if let cdIndex = codes.firstIndex(of: "CD"), let cgIndex = codes.firstIndex(of: "CG"),
           countryMentions[cdIndex].allSatisfy({ Self.sharedCongoAdjective(all[$0].surface) }),
           !countryMentions[cgIndex].allSatisfy({ Self.sharedCongoAdjective(all[$0].surface) }) {
            // (The same stable sort over the same keys, of indices instead of mentions.)
            countryMentions[cgIndex] = (countryMentions[cgIndex] + countryMentions[cdIndex]).sorted { all[$0].start < all[$1].start }
            codes.remove(at: cdIndex)
            countryMentions.remove(at: cdIndex)
        }
        // Other mentions: drop discovered ones that overlap a known one.
        // (Indices into `all`, read in place: lists of the mentions themselves copied each one twice.)
        var known: [Int] = []
        known.reserveCapacity(all.count)
        for i in keyed where all[i].type != .country && all[i].known != nil { known.append(i) }
        var others = known
        others.reserveCapacity(all.count)   // (one buffer: appended to below, it was regrown)
        // Both overlap checks are sweeps over start-sorted mentions (linear; a scan of every
        // earlier mention per mention was quadratic on large files).
        var knownMaxEnd: [Int] = []
        knownMaxEnd.reserveCapacity(known.count)
        for k in known { knownMaxEnd.append(max(knownMaxEnd.last ?? Int.min, all[k].end)) }
        var acceptedEnd = Int.min   // furthest end of the discovered mentions kept so far
        var lastOrganization: (start: Int, end: Int)?
        var lastRoute: (start: Int, end: Int)?
        for i in keyed where all[i].type != .country && all[i].known == nil {
            let mStart = all[i].start, mEnd = all[i].end, mType = all[i].type, mWords = all[i].words.count
            // A discovered name that overlaps a known one loses, unless it strictly contains it
            // ("usine de tracteurs de Minsk" holds "Minsk").
            var lo = 0, hi = known.count
            while lo < hi { let mid = (lo + hi) / 2; if all[known[mid]].start < mEnd { lo = mid + 1 } else { hi = mid } }
            var j = lo - 1, overlapsKnown = false
            while j >= 0, knownMaxEnd[j] > mStart {
                let kStart = all[known[j]].start, kEnd = all[known[j]].end
                // (Han names are one "word": "北京大学" holds "北京" by length.)
                // (A route named by its ends, "трасса Пермь - Березники", holds its known towns: NameFinder+S48c.swift.)
                if kEnd > mStart, !(kStart >= mStart && kEnd <= mEnd
                                    && (mType == .organization || mType == .place && (kStart > mStart || kEnd < mEnd) && (all[i].route || NameFinder.s48cIsRoute(all[i].surface)))
                                    && (mWords > all[known[j]].words.count || mWords == 1 && mEnd - mStart > kEnd - kStart)) {
                    overlapsKnown = true
                    break
                }
                j -= 1
            }
            if overlapsKnown { continue }
            if acceptedEnd > mStart {
                // A place named inside an organization's name ("Ủy ban Nhân dân tỉnh Bắc Ninh" holds
                // "Bắc Ninh") is an entity of its own.
                if mType == .place, let o = lastOrganization, mStart > o.start, mEnd <= o.end { others.append(i) }
                // The towns of a road section ("дорога Моршанск – Глазово"), and a university that closes an institute's
                // name ("Institut für … der Universität Bern"), are entities of their own (NameFinder+Left16.swift).
                else if mType == .place, let r = lastRoute, mStart >= r.start, mEnd <= r.end { others.append(i) }
                else if mType == .organization, let o = lastOrganization, mStart > o.start, mEnd == o.end,
                        let w = all[i].words.first, NameFinder.l16UniversityHeads.contains(w) { others.append(i) }
                continue
            }
            acceptedEnd = max(acceptedEnd, mEnd)
            if mType == .organization { lastOrganization = (mStart, mEnd) }
            if mType == .place, all[i].route || mWords >= 2 && NameFinder.s48cIsRoute(all[i].surface) { lastRoute = (mStart, mEnd) }   // (" - " too: S48c; a flagged route: S50c)
            others.append(i)
        }
        others = Self.mergedByStart(others, knownCount: known.count, all)

        var groups: [Group] = []
        groups.reserveCapacity(others.count)
        // Groups by knowledge-base entry, or by `groupKey` compared byte-wise (see `FoldedKey`):
        // one open-addressing table probed by `Token.hash` of the key (a known entry by its index),
        // built per article (two dictionaries hashed every key with SipHash, and reserving them
        // was a share of their own). Only looked up, never iterated: the order of `groups` is the mentions'.
        var table = GroupTable(count: others.count)
        for i in others {
            if let k = all[i].known {
                let slot = table.find(GroupTable.knownHash(k)) { groups[Int($0)].known == k && groups[Int($0)].keyedByKnown }
                if slot.group >= 0 { groups[Int(slot.group)].append(i) } else {
                    let g = Group(all, i)
                    g.keyedByKnown = true
                    table.insert(Int32(groups.count), at: slot.index, hash: GroupTable.knownHash(k))
                    groups.append(g)
                }
                continue
            }
            let key = Self.groupKey(all[i].words).string
            let h = Token.hash(key)
            let slot = table.find(h) { !groups[Int($0)].keyedByKnown && PhraseMatcher.same(groups[Int($0)].key, key) }
            if slot.group >= 0 { groups[Int(slot.group)].append(i) } else {
                let g = Group(all, i)
                g.key = key
                table.insert(Int32(groups.count), at: slot.index, hash: h)
                groups.append(g)
            }
        }
        groups = linkShortForms(groups)

        var entities: [ArticleEntity] = []
        entities.reserveCapacity(groups.count + codes.count)
        for g in groups {
            let type: EntityType
            let ms = g.mentions
            if let t = g.type { type = t } else { type = ms.contains { $0.placeContext } ? .place : .organization }
            let name: String
            if let k = g.known { name = lex.knowledge.entities[k].name } else { name = g.latinOriginal ?? Self.uninflectedName(g) }
            // One mention without variants (most entities): one alias and one range, each array made at
            // its size (growing an empty array by its first append took the general growth path).
            if ms.count == 1, ms[0].variants.isEmpty {
                entities.append(ArticleEntity(name: name, type: type, aliases: [ms[0].surface], mentions: 1,
                                              ranges: [TextSpan(start: ms[0].start, end: ms[0].end)]))
                continue
            }
            var aliases: [String] = []
            aliases.reserveCapacity(ms.count)   // (one buffer: the first appends regrew it)
            for k in ms.indices {
                // (No `[surface] + variants` array per mention: most have no variant.)
                // (`PlainText.equal`: `==`, without its normalizing path for plain text.)
                if !aliases.contains(where: { PlainText.equal($0, ms[k].surface) }) { aliases.append(ms[k].surface) }
                for s in ms[k].variants where !aliases.contains(where: { PlainText.equal($0, s) }) { aliases.append(s) }
            }
            if type == .person, aliases.count > 1 { dropGivenNameAliases(&aliases) }
            // The spans in order of start (mentions are nearly always so already: sorted only when not).
            var ranges: [TextSpan] = []
            ranges.reserveCapacity(ms.count)
            var inOrder = true
            for k in ms.indices {
                let span = TextSpan(start: ms[k].start, end: ms[k].end)
                if inOrder, let last = ranges.last, span < last { inOrder = false }
                ranges.append(span)
            }
            if !inOrder { ranges.sort() }
            entities.append(ArticleEntity(name: name, type: type, aliases: aliases, mentions: ms.count, ranges: ranges))
        }
        for (c, code) in codes.enumerated() {
            let ms = countryMentions[c]
            if ms.count == 1 {   // (as above)
                entities.append(ArticleEntity(name: lex.countryNames[code] ?? code, type: .country, aliases: [all[ms[0]].surface],
                                              mentions: 1, ranges: [all[ms[0]].span], code: code))
                continue
            }
            var aliases: [String] = []
            aliases.reserveCapacity(ms.count)
            for i in ms where !aliases.contains(where: { PlainText.equal($0, all[i].surface) }) { aliases.append(all[i].surface) }
            entities.append(ArticleEntity(name: lex.countryNames[code] ?? code, type: .country, aliases: aliases,
                                          mentions: ms.count, ranges: ms.map { all[$0].span }.sorted(), code: code))
        }
        entities.sort { ($0.ranges.first?.start ?? 0) < ($1.ranges.first?.start ?? 0) }
        return Extraction(countries: codes, entities: entities)
    }

    /// The indices of `all` in order of (start, -end, index): the order a stable sort by start and longest first gives.
    /// Each is sorted as one integer, the three packed into it (21 bits each) when the offsets fit, as a part of a body
    /// always does (`ArticleParts.limit`); tuples compared by a closure were a share of grouping.
    static func byStart(_ all: [Mention]) -> [Int] {
        let bits = 21, limit = 1 << bits
        var maxEnd = 0, fits = all.count < limit
        for i in all.indices where fits {
            let start = all[i].start, end = all[i].end   // (read in place: a copy of the mention retains its box)
            if start < 0 || end < 0 || start >= limit || end >= limit { fits = false }
            maxEnd = max(maxEnd, end)
        }
        guard fits else {
            var keyed: [(Int, Int, Int)] = []
            keyed.reserveCapacity(all.count)
            for i in all.indices { keyed.append((all[i].start, -all[i].end, i)) }
            keyed.sort { $0 < $1 }
            return keyed.map { $0.2 }
        }
        // (The end as `maxEnd - end`: a longer mention of the same start first.)
        var keys: [Int] = []
        keys.reserveCapacity(all.count)
        for i in all.indices { keys.append(all[i].start << (2 * bits) | (maxEnd - all[i].end) << bits | i) }
        keys.sort()
        for k in keys.indices { keys[k] &= limit - 1 }
        return keys
    }

    /// `ids.sorted { all[$0].start < all[$1].start }` (a stable sort) for `ids` made of two runs already in
    /// order of start, the first `knownCount` and the rest: their merge, ties taken from the first run (where
    /// the stable sort keeps them), in one pass instead of a sort.
    /// The name an unknown entity is shown by: its longest surface, or a form of it whose every word
    /// is the same word without a case ending of one to three letters ("Szalontai Géza" for
    /// "Szalontai Gézát", "Grzegorz Wilczkowski" for "Grzegorzem Wilczkowskim"), when the article
    /// writes that form too.
    /// Inflecting languages put the longest form in an oblique case as often as not, and the sidebar
    /// and `bulletin entities` should show the form a reader would look up. Only the shown name
    /// changes: aliases, ranges and linking read the mentions as before.
    static func uninflectedName(_ g: Group) -> String {
        let longest = g.longestSurface
        let ms = g.mentions
        guard ms.count > 1 || !ms[0].variants.isEmpty else { return longest }
        // (Both split only for a form of as many words: most forms have another number.)
        let longestWordCount = wordCount(longest)
        var longestWords: [Substring]?
        var best: String?, bestLength = Int.max
        func consider(_ form: String) {
            guard !PlainText.equal(form, longest), let first = form.unicodeScalars.first, first.properties.isUppercase else { return }
            guard wordCount(form) == longestWordCount else { return }
            let words = longestWords ?? wordsBetweenSpaces(longest)
            longestWords = words
            let formWords = wordsBetweenSpaces(form)
            var shorter = false
            for (w, full) in zip(formWords, words) {
                guard full.hasPrefix(w) else { return }
                let rest = full.unicodeScalars.count - w.unicodeScalars.count
                guard rest <= 3, full.unicodeScalars.suffix(rest).allSatisfy({ $0.properties.isLowercase }) else { return }
                if rest > 0 { shorter = true }
            }
            guard shorter else { return }
            let length = form.unicodeScalars.count
            if length < bestLength { best = form; bestLength = length }
        }
        // Variants count in Latin script only: the Russian lemmatizers' variants are stems ("Шавоов" of
        // "в Шавоове", whose town is Шавоово), not words the article writes.
        let latin = (longest.unicodeScalars.first?.value ?? 0) < 0x250
        // (By index: `for m in ms` copied each mention, retaining and releasing its strings.)
        for i in ms.indices {
            consider(ms[i].surface)
            if latin { for v in ms[i].variants { consider(v) } }
        }
        return writtenForm(of: best ?? longest, in: ms)
    }

    /// `name`, or the same name as the text writes it when `name` is in capitals only and another
    /// mention spells it so: a dateline's "LOURDES" or "НОВОСИБИРСК" gives way to "Lourdes" in the
    /// story (the corpus-wide linker does so between articles, `EntityLinker.preferredName`).
    static func writtenForm(of name: String, in ms: Members) -> String {
        guard ms.count > 1, isShouted(name) else { return name }
        let lower = name.lowercased()
        for k in ms.indices where !PlainText.equal(ms[k].surface, name) && !isShouted(ms[k].surface) {
            if ms[k].surface.lowercased() == lower { return ms[k].surface }
        }
        return name
    }

    /// Every cased letter of `s` is uppercase, and it has two letters at least ("LOURDES", "НОВОСИБИРСК";
    /// not "Lourdes", "A", nor a name in a script without case).
    static func isShouted(_ s: String) -> Bool {
        var upper = 0
        for b in s.utf8 where b < 0x80 {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { upper += 1 }
        }
        if s.utf8.contains(where: { $0 >= 0x80 }) {
            for u in s.unicodeScalars where u.value >= 0x80 {
                let v = u.value
                // Basic Cyrillic by range; scripts without case (Hebrew, Arabic, Indic, Thai, Han, Hangul…) skipped
                // without a property look-up (most non-Latin names are Arabic or Han).
                if v >= 0x430 && v <= 0x45F { return false }
                if v >= 0x410 && v <= 0x42F { upper += 1; continue }
                if (v >= 0x590 && v < 0x10A0) || (v >= 0x1100 && v < 0x1D00) || v >= 0x2E80 { continue }
                if u.properties.isLowercase { return false }
                if u.properties.isUppercase { upper += 1 }
            }
        }
        return upper >= 2
    }

    /// The words of `s` between runs of spaces, as `split(separator: " ")` gives them for a name
    /// (where no space starts a cluster), found on the bytes: the generic split walks Characters
    /// and cost about 13,000 instructions a name, most of `uninflectedName`.
    static func wordsBetweenSpaces(_ s: String) -> [Substring] {
        let u = s.utf8
        var out: [Substring] = []
        out.reserveCapacity(wordCount(s))   // (one buffer of their number: appending regrew it)
        var start: String.Index?
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == 0x20 {
                if let st = start { out.append(s[st..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            i = u.index(after: i)
        }
        if let st = start { out.append(s[st..<u.endIndex]) }
        return out
    }

    /// `wordsBetweenSpaces(s).count`, counted on the bytes.
    static func wordCount(_ s: String) -> Int {
        @inline(__always) func count<S: Sequence>(_ bytes: S) -> Int where S.Element == UInt8 {
            var n = 0, inWord = false
            for b in bytes {
                if b == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
            }
            return n
        }
        return s.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(s.utf8)
    }

    static func mergedByStart(_ ids: [Int], knownCount: Int, _ all: [Mention]) -> [Int] {
        guard knownCount > 0, knownCount < ids.count else { return ids }
        var out: [Int] = []
        out.reserveCapacity(ids.count)
        var a = 0, b = knownCount
        while a < knownCount, b < ids.count {
            if all[ids[b]].start < all[ids[a]].start { out.append(ids[b]); b += 1 } else { out.append(ids[a]); a += 1 }
        }
        while a < knownCount { out.append(ids[a]); a += 1 }
        while b < ids.count { out.append(ids[b]); b += 1 }
        return out
    }

    /// The groups of one article by their key's hash, by open addressing (see `group`): a slot
    /// holds a group's index and its key's hash; keys that share a hash are told apart by `find`'s test.
    struct GroupTable {
        /// A slot: a group's key hash and its index (-1: empty), in one array (one allocation per article).
        private struct Slot {
            var hash: UInt64 = 0
            var group: Int32 = -1
        }
        private var slots: [Slot]
        private let mask: Int
        init(count: Int) {
            var capacity = 8
            while capacity < count * 2 { capacity *= 2 }
            slots = Array(repeatElement(Slot(), count: capacity))   // (see `NameFinder.WordFlagCache.init`)
            mask = capacity - 1
        }
        @inline(__always) static func knownHash(_ k: Int) -> UInt64 { UInt64(truncatingIfNeeded: k) &* 0x9E37_79B9_7F4A_7C15 ^ 0x5555 }
        /// The group whose key hashes to `h` and passes `same`, or the empty slot where it goes (group -1).
        @inline(__always) func find(_ h: UInt64, _ same: (Int32) -> Bool) -> (index: Int, group: Int32) {
            var i = Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 17) & mask
            while true {
                let g = slots[i].group
                if g < 0 { return (i, -1) }
                if slots[i].hash == h, same(g) { return (i, g) }
                i = (i + 1) & mask
            }
        }
        @inline(__always) mutating func insert(_ group: Int32, at index: Int, hash h: UInt64) {
            slots[index] = Slot(hash: h, group: group)
        }
    }

    /// A Spanish surname in Cyrillic ("рамирес", "гомес", "пинеда", "ортис"): "-ес", "-ис", "-ас", "-ос", "-эс", "-ада", "-еда".
    static func spanishLooking(_ word: String) -> Bool {
        ["ес", "ис", "ас", "ос", "эс", "уз", "ада", "еда", "ера", "ога"].contains { word.hasSuffix($0) }
    }

    /// "congolais", "congolaise", "Congolese", "конголезский": adjectives that fit either Congo.
    static func sharedCongoAdjective(_ surface: String) -> Bool {
        let f = surface.lowercased()
        return f.hasPrefix("congolai") || f.hasPrefix("congoles") || f.hasPrefix("congoleñ") || f.hasPrefix("конголезск") || f.hasPrefix("kongolesisch")
    }

    /// `key(words)` hashed and compared as `String` keys are (canonical equivalence), but
    /// byte-wise: the key in NFC (nearly always already so, checked without Foundation).
    static func groupKey(_ words: [String]) -> FoldedKey {
        let k = key(words)
        // A plain key (see `PlainText`: nearly every one) is in NFC, answered by a cheaper byte scan
        // than the table look-up of each scalar (a test checks every plain scalar against `isNFC`).
        let plain = k.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        return FoldedKey(plain || FoldTable.shared.isNFC(k.unicodeScalars, orHan: true) ? k : k.precomposedStringWithCanonicalMapping)
    }

    static func key(_ words: [String]) -> String {
        // One word (every Han and Arabic name, most lone names): the word itself, not a joined copy.
        if words.count == 1 { return words[0] }
        // (Byte comparisons: no other spelling is canonically equivalent to these ASCII words.)
        // (Every article is three bytes or fewer: longer first words are not compared with them.)
        if words.count > 1, words[0].utf8.count <= 3, leadingArticles.contains(where: { PhraseMatcher.same($0, words[0]) }) {
            return joinWords(words.dropFirst())
        }
        return joinWords(words)
    }

    /// `words.joined(separator: " ")`, copied into one buffer of the exact size (the generic
    /// `joined` was a measurable share of grouping); joining never changes the bytes. (Appending
    /// the words to a reserved string instead cost twice as much.)
    static func joinWords<C: Collection>(_ words: C) -> String where C.Element == String {
        var total = max(0, words.count - 1)
        for w in words { total += w.utf8.count }
        return String(unsafeUninitializedCapacity: total) { out in
            var p = 0, first = true
            for w in words {
                if !first { out[p] = 0x20; p += 1 }   // a separator before every word but the first (empty ones too)
                first = false
                // (Contiguous words copied by memory, not byte by byte through the UTF-8 view.)
                if let n = w.utf8.withContiguousStorageIfAvailable({ src -> Int in
                    if src.count > 0 { (out.baseAddress.unsafelyUnwrapped + p).update(from: src.baseAddress.unsafelyUnwrapped, count: src.count) }
                    return src.count
                }) {
                    p += n
                } else {
                    for b in w.utf8 { out[p] = b; p += 1 }
                }
            }
            return p
        }
    }
    static let leadingArticles = ["the", "le", "la", "les", "l'"]

    /// Merges short forms into the long form they abbreviate, within one article.
    ///
    /// The groups stay in `groups`, in order, a merged one marked (see `ShortFormLinks`): the live
    /// groups are the unmarked ones, in the order of the shrinking list of live groups this kept. The
    /// facts every pairwise test asks first (type, known, one word, word count) are read from a plain
    /// array, so that most pairs are rejected without reading a group (which retained and released the
    /// group, and its mentions and words, at every pair).
    func linkShortForms(_ groups: [Group]) -> [Group] {
        var links = ShortFormLinks(groups)
        let n = groups.count
        // A person found by discovery under the very name of a knowledge-base person of the article is that person:
        // "Nikolai Sonin" matched from the user's entities file, and "Sonin" read as "Nikolai Sonin" by its cue, were
        // two people of one name, and the lone "Sonin"s, fitting both, joined neither.
        // (The knowledge-base people listed first: most articles have none or one.)
        var knownPeople: [Int] = []
        for hi in 0..<n where links.facts[hi].known && links.facts[hi].type == .person && links.facts[hi].wordCount >= 2 { knownPeople.append(hi) }
        if !knownPeople.isEmpty {
            for gi in 0..<n where !links.facts[gi].known && links.facts[gi].wordCount >= 2
                && (links.facts[gi].type == .person || links.facts[gi].type == nil) {
                let w = groups[gi].longestWords
                for hi in knownPeople where links.facts[hi].wordCount == w.count {
                    let l = groups[hi].longestWords
                    guard zip(w, l).allSatisfy({ PlainText.equal($0, $1) }) else { continue }
                    links.absorb(gi, into: hi)
                    break
                }
            }
        }
        // A name in parentheses right after an organization is another name of it: "(MTZ)", "(المجلس الأدنى)".
        // (No test that the group is still live: a group merged in this loop is still visited, as before.)
        links.loop = 1
        // (And an acronym in capitals read as a place right after a place of two words or more is its other name: "l'aéroport
        // international Blaise-Diagne (AIBD)"; S53b.)
        for gi in 0..<n where links.visits(gi) && (links.facts[gi].type == .organization || links.facts[gi].type == nil || links.facts[gi].type == .place) {
            let g = groups[gi]
            guard g.first.parenthesized else { continue }
            let mStart = g.first.start
            guard mStart > 0 else { continue }
            let place = links.facts[gi].type == .place
            if place, g.first.surface.unicodeScalars.count < 3 || !g.first.surface.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { continue }
            var previous = -1
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == (place ? .place : .organization)
                && groups[hi].containsMention(where: { p in p.end <= mStart && mStart - p.end <= 2 && p.words.count > 1
                    && (!place || p.surface.contains(" ") && p.surface.unicodeScalars.first.map { String($0).lowercased() } == g.first.surface.unicodeScalars.first.map { String($0).lowercased() }) }) {
                previous = hi
                break
            }
            guard previous >= 0 else { continue }
            if links.facts[gi].known, !links.facts[previous].known { links.absorb(previous, into: gi) }
            else if !links.facts[gi].known { links.absorb(gi, into: previous) }
        }
        // A name in Latin letters in parentheses right after a name in another script is that name's other spelling:
        // "朱丽叶·比诺什（Juliette Binoche）", "Элина Озолиня (Elīna Ozoliņa)", "安第斯能源公司（Andes Energía S.A.C.）". The press
        // gives a foreign name's original form this way; read alone, it was a second entity (a person, a company) beside the
        // first. (Any type: the finder may have typed either form by a guess. A known entity keeps its canonical name.)
        for gi in 0..<n where links.isLive(gi) {
            let g = groups[gi]
            guard g.first.parenthesized, Self.scriptOfLetters(g.first.surface) == .latin else { continue }
            let mStart = g.first.start
            guard mStart > 0 else { continue }
            var previous = -1
            for hi in 0..<n where links.isLive(hi) && hi != gi
                && groups[hi].containsMention(where: { p in
                    // Right before the parenthesis, or a space before it (Cyrillic or Arabic text: Han text writes none, and a
                    // gap of two there is a full stop or a comma: "阿斯塔纳。（…）" is no second name of the city).
                    p.end <= mStart && (mStart - p.end == 1 || mStart - p.end == 2 && !p.surface.unicodeScalars.contains(where: TextFolding.isHan))
                        && Self.scriptOfLetters(p.surface) == .other }) {
                previous = hi
                break
            }
            guard previous >= 0 else { continue }
            // (An acronym in capitals after a place is a body's, no spelling of the place: "мониторинга вулканов Камчатки
            // (KVERT)"; S53b.)
            if links.facts[previous].type == .place, !links.facts[gi].known, g.first.surface.unicodeScalars.count >= 3,
               g.first.surface.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { continue }
            if links.facts[gi].known, !links.facts[previous].known { links.absorb(previous, into: gi) }
            else {
                if groups[previous].latinOriginal == nil { groups[previous].latinOriginal = g.first.surface }
                links.absorb(gi, into: previous)
            }
        }
        // "у Габрова" read with no cue, after "из Габрова" read as a place: a one-word name with no type,
        // spelled as a form of a place of the article, is that place.
        links.loop = 2
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known && links.facts[gi].type == nil && links.facts[gi].single {
            guard links.isLive(gi) else { continue }
            let s = groups[gi].first.surface
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .place
                && groups[hi].containsMention(where: { PlainText.equal($0.surface, s) || $0.variants.contains { PlainText.equal($0, s) } }) {
                links.absorb(gi, into: hi)
                break
            }
        }
        // Acronyms: the initials of a name in the article ("NA" for "National Assembly").
        links.loop = 3
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known && links.facts[gi].single {
            guard links.isLive(gi) else { continue }
            let surface = groups[gi].first.surface
            guard Self.isAcronym(surface) else { continue }
            let mStart = groups[gi].first.start
            for hi in 0..<n where links.isLive(hi) && hi != gi {
                let type = links.facts[hi].type
                guard type == .organization || type == nil else { continue }
                let h = groups[hi]
                if PlainText.equal(h.initials, surface)
                    || type == .organization && h.containsMention(where: { prev in prev.end <= mStart && mStart - prev.end <= 3 && prev.words.count > 1 }) {
                    links.absorb(gi, into: hi)
                    break
                }
            }
        }
        // Surnames and given-name references: "Lukashenko" after "Aleksandr Lukashenko", "Man" after "Tran Thanh Man".
        links.loop = 4
        let knownLastWords = lex.knownLastWords
        for gi in 0..<n where links.visits(gi) && links.facts[gi].single && (links.facts[gi].type == .person || links.facts[gi].type == nil) {
            guard links.isLive(gi) else { continue }
            let g = groups[gi]
            let word = g.lastWord
            // (Hashed once for every person's knowledge-base last words, not once per pair; each
            // group's words read once per pair, not copied at every test.)
            let wordHash = Token.hash(word)
            let gWords = g.longestWords
            let initial = gWords.count == 2 ? gWords[0] : nil
            // The one person whose full name ends with the word, or whose knowledge-base entry does:
            // counted in one pass (a group fitting both ways counts once), no lists built.
            var fit = -1, fits = 0
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .person {
                if Self.surnameFits(groups[hi], single: links.facts[hi].single, word, wordHash, initial, knownLastWords) {
                    fits += 1
                    fit = hi
                    if fits > 1 { break }
                }
            }
            if fits == 1 { links.absorb(gi, into: fit) }
            else if fits > 1 {
                // "Nadia Safadi won … Safadi, 27, dedicated … foreign minister Ayman Safadi": two people of one surname; a lone
                // surname is the one whose full name the article wrote last before it (every mention of it agreeing).
                var candidates: [Int] = []
                for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .person
                    && Self.surnameFits(groups[hi], single: links.facts[hi].single, word, wordHash, initial, knownLastWords) { candidates.append(hi) }
                var chosen = -1, agree = true
                for m in g.mentions {
                    var best = -1, bestStart = -1
                    for hi in candidates where groups[hi].first.start < m.start && groups[hi].first.start > bestStart {
                        best = hi
                        bestStart = groups[hi].first.start
                    }
                    if best < 0 || chosen >= 0 && best != chosen { agree = false; break }
                    chosen = best
                }
                if agree, chosen >= 0 { links.absorb(gi, into: chosen) }
            }
        }
        // Shorter forms of a person's name: "John Mahama" in "John Dramani Mahama" (the words in order,
        // same surname), or a lone "Mahama" typed by guess; only when one person fits.
        links.loop = 5
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known
            && (links.facts[gi].type == .person || links.facts[gi].type == nil || links.facts[gi].single && groups[gi].allGuessed) {
            guard links.isLive(gi) else { continue }
            let w = groups[gi].longestWords
            guard let last = w.last else { continue }
            var fit = -1, fits = 0   // only whether exactly one fits: no list built
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .person && links.facts[hi].wordCount > w.count {
                let l = groups[hi].longestWords
                guard PlainText.equal(l[l.count - 1], last), Self.isSubsequence(w, of: l) else { continue }
                fits += 1
                fit = hi
                if fits > 1 { break }
            }
            if fits == 1 { links.absorb(gi, into: fit) }
        }
        // Organizations: "Senate" into "Senate of Kazakhstan", "مجلس الامن" into "مجلس الامن البيلاروسي".
        links.loop = 6
        let orgKeywordKeys = lex.orgKeywordKeys
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known
            && (links.facts[gi].type == .organization || links.facts[gi].type == nil && links.facts[gi].single) {
            guard links.isLive(gi) else { continue }
            let w = groups[gi].longestWords
            // (An untyped word joins only a firm's name before its group's word.)
            let untyped = links.facts[gi].type == nil
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .organization && links.facts[hi].wordCount > w.count {
                let l = groups[hi].longestWords
                let fits: Bool
                if Self.startsWith(l, w) {
                    // (A firm's name before its group's word, "Ignitis" of "Ignitis Group", is that firm: session 49.)
                    let group = l.count == w.count + 1 && Self.groupSuffixes.contains(l[l.count - 1]) && !w.contains { orgKeywordKeys.contains($0) }
                    fits = group || !untyped && !l.dropFirst(w.count).contains { orgKeywordKeys.contains($0) }
                } else if untyped {
                    fits = false
                } else {
                    // Same head and same last word, the short one a subsequence: "Senate of Kazakhstan" in
                    // "Senate of the Parliament of Kazakhstan".
                    fits = w.count >= 3 && PlainText.equal(w[0], l[0]) && PlainText.equal(w[w.count - 1], l[l.count - 1]) && Self.isSubsequence(w, of: l)
                        && !Self.bothHaveOwnAcronyms(groups[gi], groups[hi])
                }
                if fits {
                    links.absorb(gi, into: hi)
                    break
                }
            }
        }
        // "اللجنة المركزية للحزب", "Central Committee of the Party": the party is the one party the article names.
        // (The parties are listed when the first group ending in a party word needs them, nearly never: every
        // word of every organization was tested. Nothing changes before then, so the list is the same.)
        links.loop = 7
        var partyList: [Int]?
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known && links.facts[gi].type == .organization {
            guard links.isLive(gi) else { continue }
            let g = groups[gi]
            guard let last = g.longestWords.last, Self.isPartyWord(last) else { continue }
            let facts = links.facts
            let parties = partyList ?? (0..<n).filter { hi in
                links.isLive(hi) && facts[hi].type == .organization && facts[hi].wordCount > 1 && groups[hi].longestWords.contains(where: Self.isPartyWord)
            }
            partyList = parties
            // A party with a name of its own ("People's Party", "Bhumjaithai Party") is not "the Party".
            if g.longestWords.count == 2, let first = g.longestWords.first, !["central", "the", "la", "le", "this"].contains(first),
               g.longestSurface.first?.isUppercase == true { continue }
            let others = parties.filter { $0 != gi && !groups[$0].longestWords.allSatisfy { g.longestWords.contains($0) } }
            if others.count == 1, g.longestWords.count <= 4 { links.absorb(gi, into: others[0]) }
        }
        // "华为技术有限公司 … 华为": a Han company's registered name (its short name, up to four characters of field, then
        // 有限公司/公司/集团) is the company the article also names by the short name alone.
        links.loop = 8
        for gi in 0..<n where links.visits(gi) && !links.facts[gi].known && links.facts[gi].type == .organization {
            guard links.isLive(gi) else { continue }
            let long = groups[gi].longestSurface
            guard let f = long.unicodeScalars.first, TextFolding.isHan(f),
                  let suffix = Self.hanCompanySuffixes.first(where: { long.utf8.reversed().starts(with: $0.utf8.reversed()) })
            else { continue }
            // Counted in scalars (Han characters are one each) and compared as bytes: no grapheme breaking.
            let longCount = long.unicodeScalars.count, suffixCount = suffix.unicodeScalars.count
            for hi in 0..<n where links.isLive(hi) && hi != gi && links.facts[hi].type == .organization {
                guard groups[hi].containsMention(where: { m in
                    let c = m.surface.unicodeScalars.count
                    return c >= 2 && c + suffixCount <= longCount && longCount - suffixCount - c <= 4 && long.utf8.starts(with: m.surface.utf8)
                }) else { continue }
                links.absorb(gi, into: hi)
                break
            }
        }
        var alive: [Group] = []
        alive.reserveCapacity(n)
        for gi in 0..<n where links.isLive(gi) { alive.append(groups[gi]) }
        return alive
    }

    /// The lone surname `word` (with its `hash`; `initial`: the initial written before it) is the last name of the person
    /// `h` (`single`: `h` has one word), or of its knowledge-base entry.
    static func surnameFits(_ h: Group, single: Bool, _ word: String, _ wordHash: UInt64, _ initial: String?, _ knownLastWords: [KeySet]) -> Bool {
        // ("Бетанкура" after "Орландо Бетанкур Рамирес": a Spanish name's first surname, in Cyrillic.)
        var byName = false
        if !single {
            let l = h.longestWords
            byName = (l.last.map { PlainText.equal($0, word) } == true
                      || l.count == 3 && PlainText.equal(l[1], word)
                      && h.longestSurface.unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } == true
                      && Self.spanishLooking(l[2]))
                && (initial == nil || l.first?.hasPrefix(initial!) == true)
        }
        return byName || h.known != nil && knownLastWords[h.known!].contains(word, hash: wordHash)
    }

    /// The state of `linkShortForms`: its groups, what its tests ask first of each, and which were merged.
    private struct ShortFormLinks {
        /// What a group's tests ask first, as its derived properties answer.
        struct Facts {
            var type: EntityType?
            var known: Bool
            var single: Bool
            var wordCount: Int
            init(_ g: Group) {
                type = g.type
                known = g.known != nil
                single = g.isSingleWord
                wordCount = g.longestWordCount
            }
        }
        let groups: [Group]
        var facts: [Facts]
        /// The loop (numbered from 1) that merged each group, `Int8.max` while it is live.
        var mergedIn: [Int8]
        /// The loop running.
        var loop: Int8 = 0

        init(_ groups: [Group]) {
            self.groups = groups
            facts = []
            facts.reserveCapacity(groups.count)
            for g in groups { facts.append(Facts(g)) }
            mergedIn = Array(repeatElement(.max, count: groups.count))   // (see `NameFinder.WordFlagCache.init`)
        }

        /// Not merged into another group.
        @inline(__always) func isLive(_ i: Int) -> Bool { mergedIn[i] == .max }
        /// Live when the running loop started: a loop visits what a loop over the list of live groups did.
        @inline(__always) func visits(_ i: Int) -> Bool { mergedIn[i] >= loop }

        /// Moves `small`'s mentions into `big` (a group merged twice gives its mentions twice, as before).
        mutating func absorb(_ small: Int, into big: Int) {
            groups[big].take(groups[small])
            if mergedIn[small] == .max { mergedIn[small] = loop }
            groups[small].absorbed = true
            facts[big] = Facts(groups[big])
        }
    }

    /// A person's alias that is a given name alone ("Nadia" of "Nadia Safadi", "尼古拉" of "尼古拉·索宁") is no name of that
    /// person (it names every Nadia): it leaves the aliases (its mentions still count). A given name is the first part of a
    /// foreign name written with a middle dot, or a first word of a longer alias that is in the given-name list.
    func dropGivenNameAliases(_ aliases: inout [String]) {
        // On bytes and scalars: `String.contains(" ")` went through Foundation's string search, and `count` and
        // `hasPrefix` through grapheme clusters (4 % of short articles' extraction as first written).
        func isDot(_ u: Unicode.Scalar) -> Bool { u == "\u{B7}" || u == "\u{30FB}" }  // · ・
        let all = aliases
        aliases.removeAll { a in
            let ab = a.utf8
            guard !ab.contains(0x20), !a.unicodeScalars.contains(where: isDot) else { return false }
            return all.contains { f in
                let fb = f.utf8
                guard fb.count > ab.count, fb.starts(with: ab) else { return false }
                // The scalar right after the prefix (a prefix of whole scalars: `a` is a string of its own).
                let next = fb.index(fb.startIndex, offsetBy: ab.count)
                guard let sep = f.unicodeScalars[next...].first else { return false }
                if isDot(sep) { return true }
                return sep == " " && lex.givenNames.contains(TextFolding.key(a))
            }
        }
    }

    /// Legal endings of a Han company's registered name, longest first.
    static let hanCompanySuffixes = ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司"]

    /// Head words of a party, folded (a static set: not rebuilt per article).
    static let partyWords: Set<String> = ["party", "parti", "حزب", "партии", "партия", "dang"]

    /// `partyWords` holds the word, or the word without its clitics and article. The stemmer
    /// strips prefixes only, so a party word ends the word: words that end in none (nearly
    /// all) are answered by their last bytes, without stemming and hashing them.
    static func isPartyWord(_ word: String) -> Bool {
        let ends = word.utf8.withContiguousStorageIfAvailable { b in
            partyWordBytes.contains { e in
                guard b.count >= e.count else { return false }
                let base = b.count - e.count
                for k in e.indices where b[base + k] != e[k] { return false }
                return true
            }
        } ?? partyWordBytes.contains(where: { word.utf8.count >= $0.count && word.utf8.suffix($0.count).elementsEqual($0) })
        guard ends else { return false }
        return partyWords.contains(ArabicStemmer.withoutArticle(word)) || partyWords.contains(word)
    }
    static let partyWordBytes: [[UInt8]] = partyWords.map { Array($0.utf8) }

    /// `s.count >= 2 && s.allSatisfy { $0.isUppercase || $0.isNumber }`: an acronym ("NA", "G20").
    /// ASCII is answered on its bytes (there only A–Z are uppercase and 0–9 numbers).
    /// The letters of a name: all Latin (`.latin`), none Latin (`.other`: Han, Cyrillic, Arabic…), or mixed or no letter (nil).
    /// On scalars, with no property look-up for the Latin ranges (ASCII, Latin-1, Latin Extended, Latin Extended Additional).
    static func scriptOfLetters(_ s: String) -> TokenScript? {
        var latin = false, other = false
        for u in s.unicodeScalars {
            let v = u.value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
                || (v >= 0x1E00 && v <= 0x1EFF) { latin = true }
            else if v >= 0x370, u.properties.isAlphabetic { other = true }
            if latin && other { return nil }
        }
        return latin ? .latin : other ? .other : nil
    }

    static func isAcronym(_ s: String) -> Bool {
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return b.count >= 2 && b.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        } ?? nil
        // (ASCII is answered by its bytes alone: the test below could only answer false where they do.)
        if let ascii { return ascii }
        // A plain string (see `PlainText`: its characters are its scalars) with a basic lowercase
        // Latin or Cyrillic letter, or an Arabic letter, has a character that is neither uppercase
        // nor a number: answered without `Character.isUppercase`, which uppercases a copy of each
        // character that is not.
        let plain = s.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        if plain, s.unicodeScalars.contains(where: { c in
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x430 && v <= 0x44F) || v == 0x451 || (v >= 0x621 && v <= 0x64A)
        }) { return false }
        // A plain string's characters are its scalars: answered per scalar from `ScalarCase`'s table.
        if plain {
            let table = ScalarCase.shared
            var n = 0
            for c in s.unicodeScalars {
                guard table.isUppercase(c) || table.isNumber(c) else { return false }
                n += 1
            }
            return n >= 2
        }
        // Any other string: a basic Latin or Cyrillic lowercase letter, an Arabic letter or a CJK ideograph
        // starts a character unless a Prepend scalar precedes it (U+0600–0605, U+06DD, U+070F,
        // U+0890–0891, U+08E2, U+0D4E, and some above U+10FFF: the only scalars that join the one after
        // them), and a character starting so is not uppercase (a Latin or Cyrillic one's uppercase differs;
        // Arabic letters and ideographs are uncased) and, but for a numeric ideograph (一, 十), not a number
        // (its first scalar has no numeric type): answered without `Character.isUppercase`, which
        // builds an uppercased copy of each character that is not ("Nguyễn" in decomposed Vietnamese,
        // Arabic names with their vowel marks, Han names with a full-width dash, Russian ones with a stress mark).
        var previous: UInt32 = 0
        for c in s.unicodeScalars {
            let v = c.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x430 && v <= 0x44F) || v == 0x451 || (v >= 0x621 && v <= 0x64A)
                || (v >= 0x4E00 && v <= 0x9FFF && c.properties.numericType == nil),
               !Self.isPrepend(previous) { return false }
            previous = v
        }
        // (The character test first: it fails on the first character of nearly every name, while
        // `count` walks the whole string.)
        return s.allSatisfy { $0.isUppercase || $0.isNumber } && s.count >= 2
    }

    /// A scalar of Grapheme_Cluster_Break=Prepend, or any above U+10FFF (where the others are): it
    /// joins the scalar after it into one character. (0: none before.)
    @inline(__always) static func isPrepend(_ v: UInt32) -> Bool {
        (v >= 0x600 && v <= 0x605) || v == 0x6DD || v == 0x70F || v == 0x890 || v == 0x891 || v == 0x8E2 || v == 0xD4E || v > 0x10FFF
    }

    /// `long.prefix(short.count).elementsEqual(short, by: PlainText.equal)` for `short.count <= long.count`, read in place.
    /// The last words of a firm's name that a short form of it leaves out ("Ignitis Group" → "Ignitis").
    static let groupSuffixes: Set<String> = ["group", "groupe", "grupo", "gruppe", "holding", "holdings"]

    static func startsWith(_ long: [String], _ short: [String]) -> Bool {
        for k in short.indices where !PlainText.equal(long[k], short[k]) { return false }
        return true
    }

    /// Each group holds an acronym in parentheses of its own, and they differ ("Tập đoàn Xây dựng Đường sắt Trung Quốc
    /// (CRCC) và Tập đoàn Đường sắt Trung Quốc (CREC)"): two bodies, the shorter name no subsequence reading of the longer
    /// (session 52).
    static func bothHaveOwnAcronyms(_ g: Group, _ h: Group) -> Bool {
        func acronym(_ x: Group) -> String? {
            var found: String?
            _ = x.containsMention(where: { m in
                guard m.parenthesized, m.words.count == 1, m.surface.unicodeScalars.count >= 2,
                      m.surface.unicodeScalars.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }) else { return false }
                found = m.surface
                return true
            })
            return found
        }
        guard let a = acronym(g), let b = acronym(h) else { return false }
        return a != b
    }

    static func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var i = 0
        for x in b where i < a.count && PlainText.equal(x, a[i]) { i += 1 }
        return i == a.count
    }

    /// "Shanghai Co-operation Organisation" → "SCO"; lowercase words (of, the, du) are skipped.
    static func initials(_ name: String) -> String {
        // Printable ASCII (most names an acronym is checked against): the uppercase first bytes of
        // the space-separated words, the same characters the general loop below appends.
        let ascii = name.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) else { return nil }
            var bytes: [UInt8] = []
            var atStart = true
            for c in b {
                if c == 0x20 { atStart = true; continue }
                if atStart, c >= 0x41 && c <= 0x5A { bytes.append(c) }
                atStart = false
            }
            return String(decoding: bytes, as: UTF8.self)
        } ?? nil
        if let ascii { return ascii }
        // A plain name (see `PlainText`): its characters are its scalars, so the words' first
        // characters are the scalars after a space, tested through `ScalarCase`'s table (splitting
        // into `Substring`s and asking `Character.isUppercase` was most of a name's cost).
        if name.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) ?? false {
            let table = ScalarCase.shared
            var out = String.UnicodeScalarView()
            var cyrillic = ""   // as below: every word's letter, for Russian and Ukrainian names
            var first: Unicode.Scalar? = nil, length = 0
            func endWord() {
                if let f = first, length >= 3, (0x0400...0x04FF).contains(f.value) { cyrillic += String(f).uppercased() }
                first = nil; length = 0
            }
            for c in name.unicodeScalars {
                if c == " " { endWord(); continue }
                if first == nil {
                    first = c
                    if table.isUppercase(c) { out.append(c) }
                }
                length += 1
            }
            endWord()
            if out.count == 1, cyrillic.unicodeScalars.count >= 3 { return cyrillic }
            return String(out)
        }
        var out = ""
        var cyrillic = ""   // every word's letter but conjunctions: "Европейский банк реконструкции и развития" → ЕБРР
        for word in name.split(whereSeparator: { $0 == " " }) {
            guard let f = word.first else { continue }
            if f.isUppercase { out.append(f) }
            if word.count >= 3, let s = f.unicodeScalars.first, (0x0400...0x04FF).contains(s.value) { cyrillic += String(f).uppercased() }
        }
        // Russian and Ukrainian capitalize only a name's first word; their acronyms take every word's letter.
        if out.count == 1, cyrillic.count >= 3 { return cyrillic }
        return out
    }
}

extension EntityLexicon {
    /// Folded single-word organization keywords.
    /// (Byte-wise, as folded keys compare; see `FoldedKey`.)
    var orgKeywordKeys: KeySet { EntityLexicon.orgKeywordKeySet }
    static let orgKeywordKeySet = KeySet(EntityCues.orgKeywords.filter { !$0.contains(" ") && !$0.hasSuffix("~") }.map { TextFolding.key($0) })
}
