import Foundation

/// Gives one entity one canonical name across the articles of a corpus.
///
/// Within an article, short forms are already grouped. Across articles, two
/// entities of the same type are the same when their names reduce to the same
/// Latin skeleton word by word (case, diacritics, Cyrillic and Han transliterated,
/// common transliteration variants such as ey/e, ks/x, ou/u joined) or differ by
/// a small edit distance in each word. Every word must match its counterpart, so
/// two people who share one word ("Xi Jinping", "Xie Xiaoyong") stay apart.
public enum EntityLinker {
    /// Rewrites `name` of every non-country entity to its cluster's canonical name.
    public static func link(_ articles: inout [Article]) {
        struct Ref { var article: Int; var entity: Int }
        struct Cluster {
            var type: EntityType; var words: [String]; var refs: [Ref]; var names: [String: Int]
            /// Names of the full form this cluster was joined to (a surname-only cluster takes its canonical name from them).
            var fullNames: [String: Int]? = nil
            var absorbed = false
        }
        var clusters: [Cluster] = []
        var byExact: [String: Int] = [:]
        var skeletonCache: [String: [String]] = [:]

        func skeleton(_ s: String) -> [String] {
            if let c = skeletonCache[s] { return c }
            let w = TextFolding.latinSkeleton(s).split(whereSeparator: { !$0.isLetter }).map { normalizeVariant(String($0)) }
            skeletonCache[s] = w
            return w
        }

        for (ai, article) in articles.enumerated() {
            for (ei, e) in article.entities.enumerated() where e.type != .country {
                let words = skeleton(e.name)
                guard !words.isEmpty else { continue }
                let exact = e.type.rawValue + "|" + words.joined(separator: " ")
                var found = byExact[exact]
                if found == nil {
                    found = clusters.firstIndex { c in c.type == e.type && sameName(c.words, words) }
                }
                if let f = found {
                    clusters[f].refs.append(Ref(article: ai, entity: ei))
                    clusters[f].names[e.name, default: 0] += 1
                    if words.count > clusters[f].words.count { clusters[f].words = words }
                    byExact[exact] = f
                } else {
                    clusters.append(Cluster(type: e.type, words: words, refs: [Ref(article: ai, entity: ei)], names: [e.name: 1]))
                    byExact[exact] = clusters.count - 1
                }
            }
        }
        // A person known by one word in some articles ("Ruto") and by a full name in others
        // ("William Ruto") is one entity when exactly one full name in the corpus ends with that
        // word; two full names that share it ("Ayman Safadi", "Ahmed Safadi") leave it alone, and
        // two full names are never joined by a shared word (only one-word clusters move).
        var byLast: [String: [Int]] = [:]
        for (i, c) in clusters.enumerated() where c.type == .person && c.words.count >= 2 {
            if let last = c.words.last { byLast[last, default: []].append(i) }
        }
        // A lone capitalized word without a cue is typed organization by default; one that is
        // exactly one person's surname elsewhere is that person (not an acronym: "IGAD" stays).
        func mayBeSurname(_ c: Cluster) -> Bool {
            c.type == .person || c.type == .organization && c.names.keys.allSatisfy { n in n.contains { $0.isLowercase } && !n.contains(" ") }
        }
        for i in clusters.indices where clusters[i].words.count == 1 && mayBeSurname(clusters[i]) {
            guard let word = clusters[i].words.first, word.count >= 3, let targets = byLast[word], targets.count == 1 else { continue }
            let t = targets[0]
            if clusters[t].fullNames == nil { clusters[t].fullNames = clusters[t].names }
            clusters[t].refs += clusters[i].refs
            for (n, c) in clusters[i].names { clusters[t].names[n, default: 0] += c }
            clusters[i].absorbed = true
        }
        for c in clusters where !c.absorbed && (c.names.count > 1 || c.fullNames != nil) {
            let canonical = preferredName(c.fullNames ?? c.names)
            for r in c.refs {
                var e = articles[r.article].entities[r.entity]
                e.type = c.type
                if !e.aliases.contains(e.name) { e.aliases.insert(e.name, at: 0) }
                e.name = canonical
                articles[r.article].entities[r.entity] = e
            }
        }
    }

    /// The most frequent name; ties go to a Latin-script name, then to the longer (diacritics kept).
    static func preferredName(_ names: [String: Int]) -> String {
        names.max { a, b in
            let la = a.key.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic }
            let lb = b.key.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic }
            return (la ? 1 : 0, a.value, a.key.count, a.key) < (lb ? 1 : 0, b.value, b.key.count, b.key)
        }!.key
    }

    /// Word-by-word comparison with an edit-distance budget proportional to word length.
    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if x == y { continue }
            let budget = min(x.count, y.count) >= 7 ? 2 : min(x.count, y.count) >= 4 ? 1 : 0
            if budget == 0 || editDistance(x, y, limit: budget) > budget { return false }
        }
        return true
    }

    /// Joins common transliteration variants: Sergeyenko/Sergeenko/Sergueienko, Aleksandr/Alexander.
    static func normalizeVariant(_ w: String) -> String {
        var s = w.lowercased()
        for (from, to) in [("x", "ks"), ("gue", "ge"), ("gui", "gi"), ("ou", "u"), ("tch", "ch"), ("sch", "sh"), ("kh", "h"),
                           ("ye", "e"), ("yo", "e"), ("ie", "e"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("j", "zh"), ("w", "v"), ("ph", "f")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        if s.hasSuffix("re"), s.count > 6 { s.removeLast(2); s += "r" }     // Alexandre → Aleksandr
        if s.hasSuffix("er"), s.count > 7 { s.removeLast(2); s += "r" }     // Aleksander → Aleksandr
        if s.hasSuffix("e"), s.count > 6 { s.removeLast() }                 // Tourtchine → Turchin
        return s
    }

    /// Levenshtein distance, stopping early once `limit` is exceeded.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
