import Foundation

/// The reading state as loaded at start: by `ArticleKey`, plus the rows an
/// older Bulletin kept by article ID (`legacy`), which `resolve` places on
/// the articles that still have those IDs, once, for `migrations` to re-key.
/// A keyed mark whose file is gone finds its article again by file name,
/// segment and content (`fingerprints`), for `relocations` to re-key; one
/// whose file changed finds its article by story (`stories`), for `reattachments`.
public struct ReadingMarks: Sendable, Hashable {
    public var byKey: [ArticleKey: ArticleState]
    /// Rows of a state database written before marks were keyed by file: by the article ID of the time.
    public var legacy: [String: ArticleState]
    /// The file fingerprint stored with a keyed mark (rows written before version 3 have none until filled in).
    public var fingerprints: [ArticleKey: ContentFingerprint]
    /// The story (`ArticleStory`) stored with a keyed mark (rows written before version 4 have none until placed).
    public var stories: [ArticleKey: String]

    public init(byKey: [ArticleKey: ArticleState] = [:], legacy: [String: ArticleState] = [:],
                fingerprints: [ArticleKey: ContentFingerprint] = [:], stories: [ArticleKey: String] = [:]) {
        self.byKey = byKey
        self.legacy = legacy
        self.fingerprints = fingerprints
        self.stories = stories
    }

    public var isEmpty: Bool { byKey.isEmpty && legacy.isEmpty }

    /// Everything `store` holds (rows that are neither keys nor legacy rows are ignored).
    public static func load(from store: ReadingStateStore) throws(IndexError) -> ReadingMarks {
        var marks = ReadingMarks()
        for (stored, state) in try store.all() {
            if let key = ArticleKey(stored: stored) { marks.byKey[key] = state }
        }
        for (stored, print) in try store.fingerprints() {
            if let key = ArticleKey(stored: stored) { marks.fingerprints[key] = print }
        }
        for (stored, story) in try store.stories() {
            if let key = ArticleKey(stored: stored) { marks.stories[key] = story }
        }
        marks.legacy = try store.legacy()
        return marks
    }

    /// The marks of `summaries`' articles, by their current IDs.
    ///
    /// A legacy row applies to the article that has its ID now, unless that
    /// article has a keyed row already (newer); either way it is listed in
    /// `migrations`, to be stored under the article's key (unless keyed
    /// already) and dropped (`ReadingStateStore.migrate`), so that a later
    /// rename of IDs cannot move it.
    ///
    /// A file's keyed marks go to its articles by segment while each article
    /// there still has the mark's story; when the file changed (a story added
    /// above, or removed), by story first (`ArticleStory.place`). A mark found
    /// on another segment is listed in `reattachments`, to be re-keyed
    /// (`ReadingStateStore.reattach`); a placed mark without its story stored
    /// (a row of version 3 or older) in `unstoried`, to store it (`setStories`).
    ///
    /// A keyed mark that matches no article, has a fingerprint and whose file
    /// is gone (a moved or renamed archive folder) goes to each article without
    /// a mark of its own that has the same file name and segment and a file
    /// with the same fingerprint; it is listed in `relocations`, to be re-keyed
    /// (`ReadingStateStore.relocate`). A mark whose file still exists never
    /// moves (a copied archive does not take the original's marks), nor does
    /// one whose file was both moved and edited; but one kept under a path
    /// through a link (`~/news` to `/data/news`, before roots were resolved)
    /// goes to the article of the file that path resolves to.
    ///
    /// Matched marks without a fingerprint are listed in `unfingerprinted`,
    /// for a background pass to fill in (`ReadingStateStore.setFingerprints`).
    ///
    /// One pass over the summaries, hashing a key only for a file whose path
    /// length some mark has (no pass at all without marks): a few ms at 100,000.
    /// The relocation pass looks at file names only when some mark is unmatched
    /// and fingerprinted, reads no file unless one of those is gone, and hashes
    /// only candidates of the right name, segment and size; but it may `stat`
    /// every article whose file name a gone mark had (a deleted archive of
    /// `1.txt`-style names): `relocating: false` skips it, for a first frame
    /// that must not wait (the background rescan relocates).
    public func resolve(_ summaries: [ArticleSummary], files: MarkFiles = .disk, relocating: Bool = true) -> ResolvedMarks {
        var out = ResolvedMarks()
        guard !isEmpty else { return out }
        // Path lengths of the keyed marks: a file of another length can only
        // match once standardized (a relative path, say: never from the index).
        var lengths = [Bool](repeating: false, count: 4096)
        for key in byKey.keys { lengths[min(key.file.utf8.count, 4095)] = true }
        // The same for the legacy rows' IDs: those of other corpora stay until
        // their corpus is opened, and should not cost a hash per article.
        var idLengths = [Bool](repeating: false, count: 4096)
        for id in legacy.keys { idLengths[min(id.utf8.count, 4095)] = true }
        var marksOf: [String: [ArticleKey]] = [:]
        for key in byKey.keys { marksOf[key.file, default: []].append(key) }
        var articlesOf: [String: [Int]] = [:]  // the summaries of each file that has marks
        var legacyFound: [(index: Int, state: ArticleState)] = []
        summaries.withUnsafeBufferPointer { all in
            for (index, s) in all.enumerated() {
                var key: ArticleKey?
                if !byKey.isEmpty, lengths[min(s.file.utf8.count, 4095)] || !ArticleKey.isStandard(s.file) {
                    key = ArticleKey(s)
                    if marksOf[key!.file] != nil { articlesOf[key!.file, default: []].append(index) }
                }
                if !legacy.isEmpty, idLengths[min(s.id.utf8.count, 4095)], let old = legacy[s.id] {
                    legacyFound.append((index, old))
                    out.migrations.append(MarkMigration(id: s.id, key: key ?? ArticleKey(s)))
                }
            }
        }
        // Each file's marks onto its articles: by story first when the file changed (`ArticleStory.place`).
        var placed: [Int: ArticleState] = [:]
        var matched = Set<ArticleKey>()
        for (file, indices) in articlesOf {
            let keys = marksOf[file]!.sorted()
            let articles = indices.map { (segment: summaries[$0].segment, story: ArticleStory.of(summaries[$0])) }
            for (m, a) in ArticleStory.place(marks: keys.map { ($0.segment, stories[$0]) }, in: articles) {
                let key = keys[m], index = indices[a]
                matched.insert(key)
                placed[index] = byKey[key]
                let now = ArticleKey(file: file, segment: articles[a].segment)
                if now != key { out.reattachments.append(MarkRelocation(from: key, to: now)) }
                if stories[key] != articles[a].story { out.unstoried[now] = articles[a].story }
            }
        }
        // A keyed row is newer than a legacy one: it stays, and the legacy row goes all the same.
        for found in legacyFound where placed[found.index] == nil { placed[found.index] = found.state }
        for (index, state) in placed { out.place(state, on: summaries[index].id) }
        out.reattachments.sort { $0.from < $1.from }
        out.unfingerprinted = matched.filter { fingerprints[$0] == nil }.sorted()
        let mayRelocate = relocating && byKey.count > 0 && !fingerprints.isEmpty
        guard mayRelocate, matched.count < byKey.count else { return out }
        let unmarked = summaries.indices.filter { placed[$0] == nil }
        for move in relocations(summaries, unmarked: unmarked, matched: matched, files: files) {
            guard let state = byKey[move.from] else { continue }
            out.relocations.append(MarkRelocation(from: move.from, to: move.to))
            out.place(state, on: summaries[move.index].id)
            if stories[move.from] == nil { out.unstoried[move.to] = ArticleStory.of(summaries[move.index]) }
        }
        return out
    }

    /// The moves of marks whose file is gone onto unmarked articles with the
    /// same file name, segment and file fingerprint (see `resolve`).
    private func relocations(_ summaries: [ArticleSummary], unmarked: [Int], matched: Set<ArticleKey>,
                             files: MarkFiles) -> [(from: ArticleKey, to: ArticleKey, index: Int)] {
        // Unmatched, fingerprinted marks by file name and segment.
        var orphans: [NameAndSegment: [ArticleKey]] = [:]
        var nameLengths = [Bool](repeating: false, count: 1024)
        for key in fingerprints.keys where byKey[key] != nil && !matched.contains(key) {
            let name = NameAndSegment(file: key.file, segment: key.segment)
            orphans[name, default: []].append(key)
            nameLengths[min(name.name.utf8.count, 1023)] = true
        }
        guard !orphans.isEmpty else { return [] }
        // In key order, so the choice among several gone files is stable.
        for name in orphans.keys { orphans[name]!.sort() }
        var gone: [ArticleKey: Bool] = [:]
        var real: [ArticleKey: String] = [:]
        var moves: [(from: ArticleKey, to: ArticleKey, index: Int)] = []
        for index in unmarked {
            let s = summaries[index]
            let name = NameAndSegment(file: s.file, segment: s.segment)
            guard nameLengths[min(name.name.utf8.count, 1023)], let keys = orphans[name] else { continue }
            let path = ArticleKey.absolutePath(s.file)
            var size: Int64??
            var print: ContentFingerprint??
            for key in keys {
                guard let wanted = fingerprints[key] else { continue }
                if gone[key] == nil { gone[key] = !files.exists(key.file) }  // one lstat per mark
                if gone[key] == false {
                    // The same file through a link: a mark kept before corpus roots were resolved (`CorpusRoot`).
                    if real[key] == nil { real[key] = files.realPath(key.file) ?? "" }
                    guard real[key] == path else { continue }
                    moves.append((key, ArticleKey(file: path, segment: s.segment), index))
                    break
                }
                if size == nil { size = files.size(path) }
                guard size! == wanted.size else { continue }
                if print == nil { print = files.fingerprint(path) }
                guard print! == wanted else { continue }
                moves.append((key, ArticleKey(file: path, segment: s.segment), index))
                break
            }
        }
        return moves
    }
}

/// How `ReadingMarks.resolve` looks at files to relocate marks: the disk, or a test's stand-in.
public struct MarkFiles: Sendable {
    public var exists: @Sendable (String) -> Bool
    public var size: @Sendable (String) -> Int64?
    public var fingerprint: @Sendable (String) -> ContentFingerprint?
    /// The path with every link resolved (`realpath`), nil when it cannot be.
    public var realPath: @Sendable (String) -> String?

    public init(exists: @escaping @Sendable (String) -> Bool, size: @escaping @Sendable (String) -> Int64?,
                fingerprint: @escaping @Sendable (String) -> ContentFingerprint?,
                realPath: @escaping @Sendable (String) -> String? = CorpusRoot.realPath) {
        self.exists = exists
        self.size = size
        self.fingerprint = fingerprint
        self.realPath = realPath
    }

    /// `lstat` says whether a path exists at all (a dangling link counts: the
    /// archive is not known to be gone); sizes and contents read from the files.
    public static let disk = MarkFiles(
        exists: { path in
            var st = stat()
            return lstat(path, &st) == 0
        },
        size: ContentFingerprint.sizeOfFile,
        fingerprint: ContentFingerprint.ofFile)
}

/// A file's last path component and an article's segment in it.
private struct NameAndSegment: Hashable {
    var name: Substring
    var segment: Int

    init(file: String, segment: Int) {
        let slash = file.utf8.lastIndex(of: UInt8(ascii: "/"))
        name = slash.map { file[file.index(after: $0)...] } ?? file[...]
        self.segment = segment
    }
}

/// Marks placed on articles by their IDs of this run (what the reader works with).
public struct ResolvedMarks: Sendable, Hashable {
    public var readIDs: Set<String> = []
    public var flaggedIDs: Set<String> = []
    public var positions: [String: Int] = [:]
    /// Legacy rows found on an article, to re-key.
    public var migrations: [MarkMigration] = []
    /// Marks found again after their archive moved, to re-key.
    public var relocations: [MarkRelocation] = []
    /// Keys of marks placed here that have no file fingerprint yet.
    public var unfingerprinted: [ArticleKey] = []
    /// Marks of a changed file found on another segment by their story (`ArticleStory`), to re-key.
    public var reattachments: [MarkRelocation] = []
    /// The story of each placed mark (by its key now) that has none stored, or
    /// another (a mark written before stories were kept, or a retitled article), to store.
    public var unstoried: [ArticleKey: String] = [:]
    public init() {}

    /// True when no article has a mark here.
    public var isEmpty: Bool { readIDs.isEmpty && flaggedIDs.isEmpty && positions.isEmpty }

    /// Only the marks placed by `relocations` (on the articles of `summaries`
    /// with those keys): what a rescan adds to the marks the reader already has.
    public func relocatedOnly(_ summaries: [ArticleSummary]) -> ResolvedMarks {
        var out = ResolvedMarks()
        guard !relocations.isEmpty else { return out }
        let targets = Set(relocations.map(\.to))
        for s in summaries where targets.contains(ArticleKey(s)) {
            if readIDs.contains(s.id) { out.readIDs.insert(s.id) }
            if flaggedIDs.contains(s.id) { out.flaggedIDs.insert(s.id) }
            if let line = positions[s.id] { out.positions[s.id] = line }
        }
        out.relocations = relocations
        return out
    }

    mutating func place(_ state: ArticleState, on id: String) {
        if state.read { readIDs.insert(id) }
        if state.flagged { flaggedIDs.insert(id) }
        if state.position > 0 { positions[id] = state.position }
    }
}

/// A keyed mark whose file is gone and the key of the article it was found on.
public struct MarkRelocation: Sendable, Hashable {
    public var from: ArticleKey
    public var to: ArticleKey
    public init(from: ArticleKey, to: ArticleKey) {
        self.from = from
        self.to = to
    }
}

/// A legacy (ID-keyed) row and the key of the article that has that ID now.
public struct MarkMigration: Sendable, Hashable {
    public var id: String
    public var key: ArticleKey
    public init(id: String, key: ArticleKey) {
        self.id = id
        self.key = key
    }
}
