import BulletinKit
import Foundation

/// What an open picker lists, worked out when it opens (and again when the
/// filters it counts within change: `C`, a reload), never per frame: each
/// value's count within the other filters, the order they give, and the rows
/// a find query (`/` in the picker) leaves.
public struct PickerData: Sendable, Hashable {
    public var facet: Facet
    /// Per value of the facet (`Catalog.values(of:)` order): the articles the
    /// list would show with that value chosen, under every other filter
    /// (the other facet, the entity, unread and flagged only).
    public var counts: [Int]
    /// Per value: how many of those a search confirmed in the list found
    /// (the rows it marks `>`); nil without such a search.
    public var matches: [Int]?
    /// Value indices, most articles first (within the other filters), ties in
    /// the catalog's order; a value with none comes last, dimmed, still choosable.
    public var order: [Int]
    /// The rows shown: `order`, narrowed by the find query when there is one.
    public var rows: [Int]
    /// The other filters the counts are within, in a few words ("language ru"); empty when none.
    public var within: String

    /// The value index shown on `row`, if there is one.
    public func value(atRow row: Int) -> Int? { rows.indices.contains(row) ? rows[row] : nil }
}

/// Type-to-find in a picker: which values a query names.
public enum PickerFind {
    /// `text` folded for matching: lower case, no accents, one kind of apostrophe.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// How well `query` (folded) names a value: 0 its code, 1 the start of its
    /// name, 2 the start of a word of it, 3 somewhere inside it; nil not at all.
    public static func rank(query: String, code: String, name: String) -> Int? {
        guard !query.isEmpty else { return 0 }
        if fold(code) == query { return 0 }
        let folded = fold(name)
        if folded.hasPrefix(query) { return 1 }
        guard let r = folded.range(of: query) else { return nil }
        let before = folded[..<r.lowerBound].last
        return before.map { !$0.isLetter && !$0.isNumber } == true ? 2 : 3
    }

    /// The languages whose names of a country or language a find also takes (CLDR's, as the entity
    /// extractor reads country names): a French translator finds Belarus with `/bielo`, a Russian
    /// with `/белар`, a Chinese reader with `/白俄`, where only the English name was matched before.
    static let otherNameLocales: [Locale] = ["fr", "es", "de", "pt", "it", "nl", "pl", "ru", "uk", "vi", "ar", "zh",
                                             "ja", "ko", "tr", "id", "kk", "fa", "el"].map { Locale(identifier: $0) }

    /// How well `query` (folded) names a value by one of its names in another language: 1 the start of
    /// the name, 2 the start of a word of it; nil otherwise (inside a word of a name in some language
    /// would find nearly anything with a few letters).
    /// One or two Latin letters are a code or the start of an English name (`/ni`: Niger, Nigeria), not the
    /// start of every name in 19 languages (Polish Niemcy); two Chinese characters are a whole name (`/越南`).
    static func otherNameRank(query: String, facet: Facet, code: String) -> Int? {
        guard query.count >= 3 || query.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        var best: Int?
        for locale in otherNameLocales {
            let name = facet == .country ? locale.localizedString(forRegionCode: code) : locale.localizedString(forLanguageCode: code)
            guard let name, let r = rank(query: query, code: "", name: name), r <= 2 else { continue }
            if r == 1 { return 1 }
            best = r
        }
        return best
    }

    /// `order` narrowed to the values `query` names, the best named first
    /// (then in `order`'s order).
    public static func narrow(_ order: [Int], query: String, facet: Facet, values: [FacetValue]) -> [Int] {
        let q = fold(query.trimmingCharacters(in: .whitespaces))
        guard !q.isEmpty else { return order }
        var ranked: [(rank: Int, at: Int, value: Int)] = []
        for (at, v) in order.enumerated() {
            let code = values[v].code
            if let r = rank(query: q, code: code, name: PickerOverlay.label(facet, code)) ?? otherNameRank(query: q, facet: facet, code: code) {
                ranked.append((r, at, v))
            }
        }
        return ranked.sorted { ($0.rank, $0.at) < ($1.rank, $1.at) }.map(\.value)
    }
}

extension AppState {
    /// Opens the picker of `facet` with its counts worked out (`PickerData`).
    mutating func openPicker(_ facet: Facet) {
        overlay = .picker(PickerState(facet: facet))
        pickerData = makePickerData(facet, find: nil)
    }

    /// The picker's counts, order and rows under the current filters and search.
    /// One filter pass without the picker's own facet (as a filter toggle
    /// costs), then a bitset intersection per value.
    func makePickerData(_ facet: Facet, find: String?) -> PickerData {
        let values = catalog.values(of: facet)
        var others = filters
        others[facet] = []
        let within = others.summary
        let counts: [Int]
        var base: RowSet?
        if others.isEmpty {
            counts = values.map(\.count)
        } else {
            var set = RowSet(count: catalog.summaries.count)
            for i in catalog.apply(others, readIDs: readIDs, flaggedIDs: flaggedIDs) { set.insert(i) }
            counts = catalog.facetCounts(facet, within: set)
            base = set
        }
        var matches: [Int]?
        if search.isActive, !search.editing, search.confirmedInList {
            let titles = cache.titleMatches(search.query, in: catalog.summaries)
            var found = RowSet(count: catalog.summaries.count)
            let hits = search.bodyHits
            catalog.summaries.withUnsafeBufferPointer { all in
                for i in all.indices where titles[i] || (!hits.isEmpty && hits.contains(all[i].id)) {
                    if base.map({ $0.contains(i) }) ?? true { found.insert(i) }
                }
            }
            matches = catalog.facetCounts(facet, within: found)
        }
        let order = values.indices.sorted { (counts[$1], $0) < (counts[$0], $1) }
        let rows = find.map { PickerFind.narrow(order, query: $0, facet: facet, values: values) } ?? order
        return PickerData(facet: facet, counts: counts, matches: matches, order: order, rows: rows, within: within)
    }

    /// The rows of the open picker (value indices, as shown).
    var pickerRows: [Int] {
        guard case .picker(let p) = overlay else { return [] }
        if let d = pickerData, d.facet == p.facet { return d.rows }
        return Array(catalog.values(of: p.facet).indices)
    }

    /// Works the open picker's counts out again (the filters it counts within
    /// changed), keeping the cursor on its value.
    mutating func recountPicker() {
        guard case .picker(var p) = overlay else { return }
        let value = pickerData?.value(atRow: p.cursor)
        let d = makePickerData(p.facet, find: p.find)
        p.cursor = value.flatMap { d.rows.firstIndex(of: $0) } ?? max(0, min(d.rows.count - 1, p.cursor))
        pickerData = d
        overlay = .picker(p)
    }

    /// `/` in a picker: what is typed next narrows it to the values it names.
    mutating func pickerFind(_ edit: (inout String) -> Void) {
        guard case .picker(var p) = overlay else { return }
        var query = p.find ?? ""
        edit(&query)
        p.find = query
        let order = pickerData?.order ?? Array(catalog.values(of: p.facet).indices)
        let rows = PickerFind.narrow(order, query: query, facet: p.facet, values: catalog.values(of: p.facet))
        pickerData?.rows = rows
        p.cursor = 0  // the best match
        overlay = .picker(p)
    }

    /// Leaves the picker's find: every value is listed again, the cursor on
    /// the value it stood on (the one found); `toggle` (Enter) toggles it first.
    mutating func endPickerFind(toggle: Bool) {
        guard case .picker(var p) = overlay, p.find != nil else { return }
        let value = pickerData?.value(atRow: p.cursor)
        if toggle, value != nil { pickerToggle(p.cursor) }
        guard case .picker(let now) = overlay else { return }
        p = now
        p.find = nil
        let order = pickerData?.order ?? []
        pickerData?.rows = order
        p.cursor = value.flatMap { order.firstIndex(of: $0) } ?? 0
        overlay = .picker(p)
    }
}
