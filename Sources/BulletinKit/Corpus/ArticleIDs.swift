import Foundation

/// Makes article IDs unique across a corpus.
///
/// The parser names an article after its file alone (`<stem>`, `<stem>#<n>`
/// in a digest), since it sees one file at a time. Archives often repeat file
/// names in dated folders (`2026-07-30/1.txt`, `2026-07-31/1.txt`), so once
/// every file is known, a stem shared by several files is replaced by the
/// file's path relative to the input path (root) that holds it, without
/// extension: `2026-07-30/1`, `2026-07-31/1#2`. A stem used by one file only
/// stays as it is, so the IDs of ordinary corpora do not change.
///
/// When the relative path still collides (`a/x.txt` and `a/x.md`; the same
/// relative path under two roots) the extension is kept, then the root's own
/// name is put before the relative path (`news/a/x`, `archive/a/x`), then the
/// full path is used. IDs depend only on the set of files and roots, not on reading order:
/// the CLI, the TUI, the index and reading state all agree on them.
public enum ArticleIDs {
    /// Rewrites the IDs of `articles` so that no two files share one.
    /// `roots` are the paths the corpus was opened with (files or folders).
    /// `articles` must hold every article of each file they come from.
    public static func disambiguate(_ articles: inout [Article], roots: [String]) {
        let ids = uniqueIDs(articles.map { ($0.file, $0.segment) }, roots: roots)
        for i in articles.indices { articles[i].id = ids[i] }
    }

    /// The same for the list summaries (the index keeps summaries, not articles).
    public static func disambiguate(_ summaries: inout [ArticleSummary], roots: [String]) {
        let ids = uniqueIDs(summaries.map { ($0.file, $0.segment) }, roots: roots)
        for i in summaries.indices { summaries[i].id = ids[i] }
    }

    /// The ID of each article, given as (file, segment), in the same order:
    /// `<base>` for a file's only article, `<base>#<segment>` in a digest, with
    /// `base` from `bases(files:roots:)`. The list must hold every article of
    /// each file (a file's article count decides the `#n`). Idempotent and
    /// independent of order, so a store (the index) can recompute its IDs
    /// from (file, segment) rows whenever files come or go.
    public static func uniqueIDs(_ articles: [(file: String, segment: Int)], roots: [String]) -> [String] {
        // The index gives its rows sorted by file: each file's articles are
        // then one run, counted without hashing every path (the finishing
        // step of a 100,000-file index runs on one thread, after everything).
        // Sorted in Swift's order means equal paths are adjacent, so the runs
        // are exactly the groups a dictionary would make.
        var sorted = true
        var k = 1
        while k < articles.count {
            if articles[k].file < articles[k - 1].file { sorted = false; break }
            k += 1
        }
        if sorted {
            var unique: [String] = []
            var runs: [Int] = []
            for a in articles {
                if let last = unique.last, last == a.file { runs[runs.count - 1] += 1 } else { unique.append(a.file); runs.append(1) }
            }
            let bases = baseList(unique: unique, roots: roots)
            var ids: [String] = []
            ids.reserveCapacity(articles.count)
            var start = 0
            for (u, run) in runs.enumerated() {
                for a in articles[start..<(start + run)] {
                    ids.append(run > 1 ? "\(bases[u])#\(a.segment)" : bases[u])
                }
                start += run
            }
            return ids
        }
        var perFile: [String: Int] = [:]
        for a in articles { perFile[a.file, default: 0] += 1 }
        let bases = bases(files: articles.map(\.file), roots: roots)
        return articles.map { a in
            let base = bases[a.file] ?? ArticleParser.fileStem(a.file)
            return perFile[a.file, default: 0] > 1 ? "\(base)#\(a.segment)" : base
        }
    }

    /// The ID base (the part before any `#n`) for each of `files`: its stem
    /// when unique, else its root-relative path (see the type's doc).
    public static func bases(files: [String], roots: [String]) -> [String: String] {
        var unique: [String] = []
        var seen = Set<String>()
        for f in files where seen.insert(f).inserted { unique.append(f) }
        let list = baseList(unique: unique, roots: roots)
        var result: [String: String] = [:]
        result.reserveCapacity(unique.count)
        for (f, base) in zip(unique, list) { result[f] = base }
        return result
    }

    /// `bases(files:roots:)` for files given once each, as a list in their order.
    static func baseList(unique: [String], roots: [String]) -> [String] {
        let stems = unique.map(ArticleParser.fileStem)
        // Stem → its first file; files whose stem another file shares collide.
        var firstWithStem: [String: Int] = [:]
        firstWithStem.reserveCapacity(unique.count)
        var collides = [Bool](repeating: false, count: unique.count)
        for (i, stem) in stems.enumerated() {
            if let j = firstWithStem[stem] {
                collides[i] = true
                collides[j] = true
            } else {
                firstWithStem[stem] = i
            }
        }
        var result = stems
        let colliding = unique.indices.filter { collides[$0] }
        guard !colliding.isEmpty else { return result }

        let rootForms = normalizedRoots(roots)
        // Each level is tried for the files the previous one left colliding.
        let levels: [(String) -> String] = [
            { dropExtension(relativePath($0, roots: rootForms)) },
            { relativePath($0, roots: rootForms) },
            { dropExtension(rootQualifiedPath($0, roots: rootForms)) },
            { rootQualifiedPath($0, roots: rootForms) },
            { $0 },
        ]
        var pending = colliding.sorted { unique[$0] < unique[$1] }
        for (level, name) in levels.enumerated() {
            var groups: [String: [Int]] = [:]
            for f in pending { groups[name(unique[f]), default: []].append(f) }
            var next: [Int] = []
            for (candidate, group) in groups {
                // A candidate equal to some unique stem would collide with it too.
                if group.count == 1 && (level == levels.count - 1 || firstWithStem[candidate] == nil) {
                    result[group[0]] = candidate
                } else if level == levels.count - 1 {
                    for f in group { result[f] = candidate }  // same path twice: nothing tells them apart
                } else {
                    next += group
                }
            }
            pending = next.sorted { unique[$0] < unique[$1] }
            if pending.isEmpty { break }
        }
        return result
    }

    /// Warnings for IDs still shared after `disambiguate` (e.g. a file named
    /// `x#2.txt` beside a digest `x.txt`): lookups by ID find the first one only.
    public static func duplicateWarnings(ids: [(id: String, file: String)]) -> [LoadWarning] {
        var firstFile: [String: String] = [:]
        var warned = Set<String>()
        var warnings: [LoadWarning] = []
        for (id, file) in ids {
            if let other = firstFile[id] {
                if other != file, warned.insert(file).inserted {
                    warnings.append(LoadWarning(file: file, message: "ID '\(id)' is also the ID of an article in \(other); lookups by ID find that one"))
                }
            } else {
                firstFile[id] = file
            }
        }
        return warnings
    }

    // MARK: - Helpers

    /// Each root as given and as an absolute standardized path (the index
    /// stores absolute paths), without trailing slashes, longest first.
    static func normalizedRoots(_ roots: [String]) -> [String] {
        var forms = Set<String>()
        for r in roots where !r.isEmpty {
            forms.insert(trimSlashes(r))
            forms.insert(trimSlashes(URL(fileURLWithPath: r).standardizedFileURL.path))
        }
        return forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// `file` relative to the longest root holding it; a root that is the
    /// file itself gives its name; no root: the path as given.
    static func relativePath(_ file: String, roots: [String]) -> String {
        for root in roots {
            if file == root { return file.split(separator: "/").last.map(String.init) ?? file }
            let prefix = root == "/" ? "/" : root + "/"
            if file.hasPrefix(prefix) {
                var rest = Substring(file.dropFirst(prefix.count))
                while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
                if !rest.isEmpty { return String(rest) }
            }
        }
        var path = Substring(file)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    /// `file` relative to the folder above the longest root holding it, so that the same
    /// relative path under two roots reads as the roots name them: `news/a/x.txt` and
    /// `archive/a/x.txt` for `/srv/news` and `/home/me/archive` (a root that is the file
    /// itself: its folder's name and its own). No root: the path as given.
    static func rootQualifiedPath(_ file: String, roots: [String]) -> String {
        func lastComponent(_ path: String) -> String? { path.split(separator: "/").last.map(String.init) }
        for root in roots {
            if file == root {
                let parts = file.split(separator: "/")
                return parts.count >= 2 ? parts.suffix(2).joined(separator: "/") : file
            }
            let prefix = root == "/" ? "/" : root + "/"
            if file.hasPrefix(prefix), let name = lastComponent(root), name != ".", name != ".." {
                let rest = relativePath(file, roots: [root])
                return name + "/" + rest
            }
        }
        return file
    }

    /// `a/b/x.txt` → `a/b/x`; a dot-file or a name without dot is kept.
    static func dropExtension(_ path: String) -> String {
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[nameStart...].lastIndex(of: "."), dot != nameStart else { return path }
        return String(path[..<dot])
    }

    static func trimSlashes(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p
    }
}
