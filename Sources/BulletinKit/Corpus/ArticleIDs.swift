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
/// relative path under two roots) the extension is kept, then the full path is
/// used. IDs depend only on the set of files and roots, not on reading order:
/// the CLI, the TUI, the index and reading state all agree on them.
public enum ArticleIDs {
    /// Rewrites the IDs of `articles` so that no two files share one.
    /// `roots` are the paths the corpus was opened with (files or folders).
    public static func disambiguate(_ articles: inout [Article], roots: [String]) {
        rewrite(&articles, id: \.id, file: \.file, roots: roots)
    }

    /// The same for the list summaries (the index keeps summaries, not articles).
    public static func disambiguate(_ summaries: inout [ArticleSummary], roots: [String]) {
        rewrite(&summaries, id: \.id, file: \.file, roots: roots)
    }

    /// The ID base (the part before any `#n`) for each of `files`: its stem
    /// when unique, else its root-relative path (see the type's doc).
    public static func bases(files: [String], roots: [String]) -> [String: String] {
        var unique: [String] = []
        var seen = Set<String>()
        for f in files where seen.insert(f).inserted { unique.append(f) }

        var result: [String: String] = [:]
        result.reserveCapacity(unique.count)
        var byStem: [String: [String]] = [:]
        for f in unique { byStem[ArticleParser.fileStem(f), default: []].append(f) }
        var colliding: [String] = []
        for (stem, group) in byStem {
            if group.count == 1 { result[group[0]] = stem } else { colliding += group }
        }
        guard !colliding.isEmpty else { return result }

        let rootForms = normalizedRoots(roots)
        // Each level is tried for the files the previous one left colliding.
        let levels: [(String) -> String] = [
            { dropExtension(relativePath($0, roots: rootForms)) },
            { relativePath($0, roots: rootForms) },
            { $0 },
        ]
        var pending = colliding.sorted()
        for (level, name) in levels.enumerated() {
            var groups: [String: [String]] = [:]
            for f in pending { groups[name(f), default: []].append(f) }
            var next: [String] = []
            for (candidate, group) in groups {
                // A candidate equal to some unique stem would collide with it too.
                if group.count == 1 && (level == levels.count - 1 || byStem[candidate] == nil) {
                    result[group[0]] = candidate
                } else if level == levels.count - 1 {
                    for f in group { result[f] = candidate }  // same path twice: nothing tells them apart
                } else {
                    next += group
                }
            }
            pending = next.sorted()
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

    static func rewrite<T>(_ items: inout [T], id: WritableKeyPath<T, String>, file: KeyPath<T, String>, roots: [String]) {
        let bases = bases(files: items.map { $0[keyPath: file] }, roots: roots)
        for i in items.indices {
            let path = items[i][keyPath: file]
            let stem = ArticleParser.fileStem(path)
            guard let base = bases[path], base != stem else { continue }
            let old = items[i][keyPath: id]
            // The parser's ID is the stem plus an optional `#n`: keep the suffix.
            let suffix = old.hasPrefix(stem) ? String(old.dropFirst(stem.count)) : ""
            items[i][keyPath: id] = base + suffix
        }
    }

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
