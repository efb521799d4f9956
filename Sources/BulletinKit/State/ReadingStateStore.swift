import Foundation
import GRDB

/// What the user did with one article.
public struct ArticleState: Sendable, Hashable, Codable {
    public var read: Bool
    public var flagged: Bool
    /// The reader's scroll position (first visible display line).
    public var position: Int

    public init(read: Bool = false, flagged: Bool = false, position: Int = 0) {
        self.read = read
        self.flagged = flagged
        self.position = position
    }

    /// The state of an article the user never touched.
    public static let untouched = ArticleState()
}

/// What a mark remembers of its article's file besides the path: its size and
/// content hash, so that the mark can find the file again after the archive
/// folder was moved or renamed (`ReadingMarks.resolve`). An edited file gets
/// a new fingerprint the next time one of its marks changes.
public struct ContentFingerprint: Sendable, Hashable {
    public var size: Int64
    public var hash: String

    public init(size: Int64, hash: String) {
        self.size = size
        self.hash = hash
    }

    /// The fingerprint of `bytes` (a whole file).
    public init(bytes: [UInt8]) {
        self.init(size: Int64(bytes.count), hash: ContentHash.hex(ofFile: bytes))
    }

    /// The fingerprint of the file at `path`, nil when it cannot be read.
    public static func ofFile(_ path: String) -> ContentFingerprint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return ContentFingerprint(bytes: [UInt8](data))
    }

    /// The size of the file at `path` (`stat`), nil when there is none: a
    /// cheap test before hashing a candidate.
    public static func sizeOfFile(_ path: String) -> Int64? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(st.st_size)
    }
}

/// Read/unread, flags and reading positions, persisted across runs in
/// `$XDG_DATA_HOME/bulletin/state.sqlite`: user data, kept apart from the
/// rebuildable index cache.
///
/// Rows are keyed by a string: the reader stores `ArticleKey.stored` (file
/// path and segment), which no other file's arrival can change. Version 1 of
/// the file keyed them by article ID; opening such a file keeps those rows
/// apart (`legacy()`) until a corpus that has those IDs is opened and
/// `migrate` re-keys them, so an upgrade loses no mark.
///
/// Version 3 adds each row's file fingerprint (`size`, `hash`; null until a
/// change or a background pass fills them in), which lets a mark follow its
/// article to a moved archive (`relocate`). Older versions of Bulletin read
/// and write version 3 files unchanged: they name the columns they use.
///
/// Version 4 adds each row's `story` (`ArticleStory`: null in older rows
/// until they are placed, `setStories`), which lets a mark follow its article
/// to another segment when its file gains or loses stories (`reattach`).
/// Version 3 builds read and write version 4 files as before (named columns).
///
/// The table `list_place` (made on first use) keeps, per corpus, the article
/// the list stood on when the reader quit (`ListPlace`), and `list_place_story`
/// that article's story, kept apart so that a build that writes only `list_place`
/// leaves no stale story behind; `list_filters` (made
/// on first use too) the filters it left on (`SavedFilters`); `list_order`
/// (the same) the order it left the list in (`ListOrder`), when not the default.
///
/// Every change is its own committed transaction (WAL, `synchronous = FULL`),
/// so a crash loses at most the action in flight. Each change re-reads the
/// row inside an immediate transaction, so two instances writing at once
/// (busy timeout, never an error) do not overwrite each other's fields.
public final class ReadingStateStore: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// One line each: a damaged state file set aside.
    public let notices: [String]

    /// `$XDG_DATA_HOME/bulletin/state.sqlite`, default `~/.local/share/bulletin/state.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = home + "/.local/share"
        }
        return data + "/bulletin/state.sqlite"
    }

    /// Opens (creating if needed) the state database. A damaged file is set
    /// aside as `<path>.corrupt-<timestamp>` and a fresh one started (with a
    /// notice): losing marks is bad, refusing to start is worse.
    public init(path: String = ReadingStateStore.defaultPath()) throws(IndexError) {
        self.path = path
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw .unavailable("cannot create \(dir.path)")
        }
        var notices: [String] = []
        do {
            queue = try ReadingStateStore.connect(path)
        } catch .corrupt(let why) {
            let aside = CorpusIndex.setAside(path)
            notices.append("reading state \(path) is damaged (\(why)); moved to \(aside), starting afresh")
            queue = try ReadingStateStore.connect(path)
        } catch .foreign {
            let aside = CorpusIndex.setAside(path)
            notices.append("\(path) is not a Bulletin state file; moved to \(aside), starting afresh")
            queue = try ReadingStateStore.connect(path)
        }
        self.notices = notices
    }

    static let applicationID = 0x426C_7374 // "Blst"
    /// `PRAGMA user_version`. 1: rows keyed by article ID. 2: by `ArticleKey`,
    /// version 1's rows kept in `legacy_state` until migrated. 3: rows carry
    /// their file's fingerprint (`size`, `hash`, nullable). 4: and their
    /// article's story (`story`, nullable).
    static let version = 4

    private static func createTable(_ name: String, _ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(name)(
              id TEXT PRIMARY KEY,
              read INTEGER NOT NULL DEFAULT 0,
              flagged INTEGER NOT NULL DEFAULT 0,
              position INTEGER NOT NULL DEFAULT 0,
              updated REAL NOT NULL,
              size INTEGER,
              hash TEXT,
              story TEXT
            ) WITHOUT ROWID
            """)
    }

    /// Opens the database, retrying for a while when another instance holds it.
    /// Two instances started at the same moment both create the file and switch it
    /// to WAL; SQLite may then answer "database is locked" at once, without waiting
    /// for the busy timeout (its deadlock avoidance), so the open is tried again.
    static func connect(_ path: String) throws(IndexError) -> DatabaseQueue {
        try retryingWhenLocked { try connectOnce(path) }
    }

    private static func connectOnce(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.journalMode = .wal
        config.label = "bulletin.state"
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        SQLiteSetup.prepare()
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                let appID = try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if objects == 0 && appID == 0 {
                    try createTable("article_state", db)
                    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                    try db.execute(sql: "PRAGMA user_version = \(version)")
                    return .commit
                }
                guard appID == applicationID else { throw IndexError.foreign }
                let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if found < 2 {
                    // Version 1 keyed rows by article ID: set them apart for `migrate`.
                    try db.execute(sql: "ALTER TABLE article_state RENAME TO legacy_state")
                    try createTable("article_state", db)
                    try db.execute(sql: "PRAGMA user_version = \(version)")
                } else if found < 4 {
                    // Version 2: the same rows, without fingerprints yet; version 3, without
                    // stories. (Inside the immediate transaction: a second instance upgrading
                    // at once sees 4.)
                    if found < 3 {
                        try db.execute(sql: "ALTER TABLE article_state ADD COLUMN size INTEGER")
                        try db.execute(sql: "ALTER TABLE article_state ADD COLUMN hash TEXT")
                    }
                    try db.execute(sql: "ALTER TABLE article_state ADD COLUMN story TEXT")
                    try db.execute(sql: "PRAGMA user_version = \(version)")
                }
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_state")
                return .commit
            }
        }
        return queue
    }

    /// Every article with a state other than untouched.
    public func all() throws(IndexError) -> [String: ArticleState] {
        try run { db in
            var map: [String: ArticleState] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, read, flagged, position FROM article_state")
            while let row = try rows.next() {
                map[row[0]] = ArticleState(read: row[1], flagged: row[2], position: row[3])
            }
            return map
        }
    }

    /// The fingerprint of every row that has one.
    public func fingerprints() throws(IndexError) -> [String: ContentFingerprint] {
        try run { db in
            var map: [String: ContentFingerprint] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, size, hash FROM article_state WHERE hash IS NOT NULL")
            while let row = try rows.next() {
                map[row[0]] = ContentFingerprint(size: row[1], hash: row[2])
            }
            return map
        }
    }

    /// The story (`ArticleStory`) of every row that has one.
    public func stories() throws(IndexError) -> [String: String] {
        try run { db in
            var map: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, story FROM article_state WHERE story IS NOT NULL")
            while let row = try rows.next() { map[row[0]] = row[1] }
            return map
        }
    }

    /// Stores the stories of rows that exist (a mark is never created by
    /// this), in one transaction: rows written before version 4, once placed.
    public func setStories(_ stories: [ArticleKey: String]) throws(IndexError) {
        guard !stories.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                for (key, story) in stories {
                    try db.execute(sql: "UPDATE article_state SET story = ? WHERE id = ?", arguments: [story, key.stored])
                }
                return .commit
            }
        }
    }

    /// Moves marks to the segments their stories have now in their changed
    /// files (`ReadingMarks.resolve`), in one transaction: every row moved is
    /// taken out first, then written at its new key, so that marks that shift
    /// down one segment each (a story added above) do not overwrite each
    /// other. A row another instance moved meanwhile is simply gone.
    public func reattach(_ moves: [MarkRelocation]) throws(IndexError) {
        guard !moves.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                var rows: [(to: ArticleKey, row: Row)] = []
                for move in moves {
                    if let row = try Row.fetchOne(db, sql: """
                        SELECT read, flagged, position, updated, size, hash, story FROM article_state WHERE id = ?
                        """, arguments: [move.from.stored]) { rows.append((move.to, row)) }
                }
                for from in Set(moves.map(\.from)) {
                    try db.execute(sql: "DELETE FROM article_state WHERE id = ?", arguments: [from.stored])
                }
                for (to, row) in rows {
                    var values: [(any DatabaseValueConvertible)?] = [to.stored]
                    for i in 0..<7 { values.append(row[i] as DatabaseValue) }
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO article_state(id, read, flagged, position, updated, size, hash, story)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(values))
                }
                return .commit
            }
        }
    }

    /// Stores the fingerprints of rows that exist (a mark is never created
    /// by this), in one transaction: the background fill-in for rows written
    /// before version 3.
    public func setFingerprints(_ prints: [String: ContentFingerprint]) throws(IndexError) {
        guard !prints.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                for (id, print) in prints {
                    try db.execute(sql: "UPDATE article_state SET size = ?, hash = ? WHERE id = ?",
                                   arguments: [print.size, print.hash, id])
                }
                return .commit
            }
        }
    }

    /// Moves marks to the keys their articles have now (a moved archive), in
    /// one transaction: each row is copied to every new key that has no row yet
    /// (a row there is the article's own, newer), then leaves its old key. A row
    /// another instance moved meanwhile is simply gone, so nothing is doubled.
    public func relocate(_ moves: [MarkRelocation]) throws(IndexError) {
        guard !moves.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                for move in moves {
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO article_state(id, read, flagged, position, updated, size, hash, story)
                        SELECT ?, read, flagged, position, updated, size, hash, story FROM article_state WHERE id = ?
                        """, arguments: [move.to.stored, move.from.stored])
                }
                for from in Set(moves.map(\.from)) {
                    try db.execute(sql: "DELETE FROM article_state WHERE id = ?", arguments: [from.stored])
                }
                return .commit
            }
        }
    }

    /// Rows of a version-1 file not migrated yet, by the article ID they were kept under.
    public func legacy() throws(IndexError) -> [String: ArticleState] {
        try run { db in
            var map: [String: ArticleState] = [:]
            guard try db.tableExists("legacy_state") else { return map }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, read, flagged, position FROM legacy_state")
            while let row = try rows.next() {
                map[row[0]] = ArticleState(read: row[1], flagged: row[2], position: row[3])
            }
            return map
        }
    }

    /// Re-keys legacy rows, in one transaction: each is stored under its
    /// article's key, unless that key has a row already (written since, so
    /// newer), and leaves `legacy_state`. A row another instance migrated
    /// meanwhile is simply gone.
    public func migrate(_ moves: [MarkMigration]) throws(IndexError) {
        guard !moves.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                guard try db.tableExists("legacy_state") else { return .commit }
                for move in moves {
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO article_state(id, read, flagged, position, updated)
                        SELECT ?, read, flagged, position, updated FROM legacy_state WHERE id = ?
                        """, arguments: [move.key.stored, move.id])
                    try db.execute(sql: "DELETE FROM legacy_state WHERE id = ?", arguments: [move.id])
                }
                return .commit
            }
        }
    }

    /// The state of one article (untouched when never changed).
    public func state(id: String) throws(IndexError) -> ArticleState {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT read, flagged, position FROM article_state WHERE id = ?", arguments: [id])
                .map { ArticleState(read: $0[0], flagged: $0[1], position: $0[2]) } ?? .untouched
        }
    }

    /// Changes one article's state and commits at once; returns the new state.
    /// The read-modify-write runs in one immediate transaction, so `change`
    /// sees what another instance may have just written. `fingerprint` and
    /// `story`, when given, replace the row's (nil keeps what it has).
    @discardableResult
    public func update(id: String, fingerprint: ContentFingerprint? = nil, story: String? = nil,
                       _ change: (inout ArticleState) -> Void) throws(IndexError) -> ArticleState {
        try run { db in
            var result = ArticleState.untouched
            try db.inTransaction(.immediate) {
                var state = try Row.fetchOne(db, sql: "SELECT read, flagged, position FROM article_state WHERE id = ?",
                                             arguments: [id])
                    .map { ArticleState(read: $0[0], flagged: $0[1], position: $0[2]) } ?? .untouched
                change(&state)
                try db.execute(sql: """
                    INSERT INTO article_state(id, read, flagged, position, updated, size, hash, story)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET read = excluded.read, flagged = excluded.flagged,
                      position = excluded.position, updated = excluded.updated,
                      size = coalesce(excluded.size, size), hash = coalesce(excluded.hash, hash),
                      story = coalesce(excluded.story, story)
                    """, arguments: [id, state.read, state.flagged, state.position, Date().timeIntervalSince1970,
                                     fingerprint?.size, fingerprint?.hash, story])
                result = state
                return .commit
            }
            return result
        }
    }

    /// Marks several articles read (or unread) in one transaction; `stories`,
    /// when given, are the articles' stories (`ArticleStory`), in the order of `ids`.
    public func setRead(_ read: Bool, ids: [String], stories: [String] = []) throws(IndexError) {
        try run { db in
            try db.inTransaction(.immediate) {
                for (i, id) in ids.enumerated() {
                    let story = i < stories.count ? stories[i] : nil
                    try db.execute(sql: """
                        INSERT INTO article_state(id, read, updated, story) VALUES (?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET read = excluded.read, updated = excluded.updated,
                          story = coalesce(excluded.story, story)
                        """, arguments: [id, read, Date().timeIntervalSince1970, story])
                }
                return .commit
            }
        }
    }

    /// Where the list of the corpus `root` (`ListPlace.rootKey`) stood when the reader
    /// last quit on it; nil when never saved (or saved by a build that kept none).
    public func listPlace(root: String) throws(IndexError) -> ListPlace? {
        try run { db in
            guard try db.tableExists("list_place"),
                  let row = try Row.fetchOne(db, sql: "SELECT article, row, reading FROM list_place WHERE root = ?",
                                             arguments: [root]),
                  let key = ArticleKey(stored: row[0]) else { return nil }
            // The story, when kept for this very article (a build that keeps none may have moved the place since).
            let story = try db.tableExists("list_place_story")
                ? try String.fetchOne(db, sql: "SELECT story FROM list_place_story WHERE root = ? AND article = ?",
                                      arguments: [root, row[0] as String])
                : nil
            return ListPlace(article: key, row: row[1], reading: row[2], story: story)
        }
    }

    /// Keeps `place` as the list place of the corpus `root`. The table is made
    /// on first use: it is an addition older builds never look at, so the
    /// file's version stays as it is and they read and write it as before.
    public func setListPlace(_ place: ListPlace, root: String) throws(IndexError) {
        try run { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS list_place(
                      root TEXT PRIMARY KEY,
                      article TEXT NOT NULL,
                      row INTEGER NOT NULL,
                      reading INTEGER NOT NULL,
                      updated REAL NOT NULL
                    ) WITHOUT ROWID
                    """)
                try db.execute(sql: """
                    INSERT INTO list_place(root, article, row, reading, updated) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(root) DO UPDATE SET article = excluded.article, row = excluded.row,
                      reading = excluded.reading, updated = excluded.updated
                    """, arguments: [root, place.article.stored, place.row, place.reading, Date().timeIntervalSince1970])
                // The story apart, with the article it is of: `list_place` keeps the columns older builds write, and one
                // of those moving the place leaves this row naming another article, so it is ignored.
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS list_place_story(
                      root TEXT PRIMARY KEY,
                      article TEXT NOT NULL,
                      story TEXT
                    ) WITHOUT ROWID
                    """)
                try db.execute(sql: """
                    INSERT INTO list_place_story(root, article, story) VALUES (?, ?, ?)
                    ON CONFLICT(root) DO UPDATE SET article = excluded.article, story = excluded.story
                    """, arguments: [root, place.article.stored, place.story])
                return .commit
            }
        }
    }

    /// The filters the reader left on the corpus `root` (`ListPlace.rootKey`);
    /// nil when none were kept (or by a build that kept none: the table is
    /// made on first use, so a file from an older version simply has none).
    public func listFilters(root: String) throws(IndexError) -> SavedFilters? {
        try run { db in
            guard try db.tableExists("list_filters"),
                  let row = try Row.fetchOne(db, sql: """
                      SELECT countries, languages, entity, unread_only, flagged_only FROM list_filters WHERE root = ?
                      """, arguments: [root]) else { return nil }
            let saved = SavedFilters(countries: SavedFilters.decode(row[0]), languages: SavedFilters.decode(row[1]),
                                     entity: row[2], unreadOnly: row[3], flaggedOnly: row[4])
            return saved.isEmpty ? nil : saved
        }
    }

    /// Keeps `filters` as the filters of the corpus `root`; no filter deletes
    /// the row. Like `list_place`, the table is an addition made on first use
    /// that older builds never look at: the file's version stays as it is, and an
    /// older Bulletin opening it afterwards reads and writes it as before.
    public func setListFilters(_ filters: SavedFilters, root: String) throws(IndexError) {
        try run { db in
            try db.inTransaction(.immediate) {
                guard !filters.isEmpty else {
                    if try db.tableExists("list_filters") {
                        try db.execute(sql: "DELETE FROM list_filters WHERE root = ?", arguments: [root])
                    }
                    return .commit
                }
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS list_filters(
                      root TEXT PRIMARY KEY,
                      countries TEXT NOT NULL,
                      languages TEXT NOT NULL,
                      entity TEXT,
                      unread_only INTEGER NOT NULL,
                      flagged_only INTEGER NOT NULL,
                      updated REAL NOT NULL
                    ) WITHOUT ROWID
                    """)
                try db.execute(sql: """
                    INSERT INTO list_filters(root, countries, languages, entity, unread_only, flagged_only, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(root) DO UPDATE SET countries = excluded.countries, languages = excluded.languages,
                      entity = excluded.entity, unread_only = excluded.unread_only,
                      flagged_only = excluded.flagged_only, updated = excluded.updated
                    """, arguments: [root, SavedFilters.encode(filters.countries), SavedFilters.encode(filters.languages),
                                     filters.entity, filters.unreadOnly, filters.flaggedOnly,
                                     Date().timeIntervalSince1970])
                return .commit
            }
        }
    }

    /// The order the reader left the list of the corpus `root` in
    /// (`ListPlace.rootKey`); nil when it was the default (corpus order), or
    /// never kept, or a value this build does not know (kept by a newer one).
    public func listOrder(root: String) throws(IndexError) -> ListOrder? {
        try run { db in
            guard try db.tableExists("list_order"),
                  let stored = try String.fetchOne(db, sql: "SELECT list_order FROM list_order WHERE root = ?",
                                                   arguments: [root]),
                  let order = ListOrder(rawValue: stored), order != .corpus else { return nil }
            return order
        }
    }

    /// Keeps `order` as the list order of the corpus `root`; the default
    /// (corpus order) deletes the row. A table of its own, made on first use
    /// as `list_place` and `list_filters` are: the file's version stays as it is.
    public func setListOrder(_ order: ListOrder, root: String) throws(IndexError) {
        try run { db in
            try db.inTransaction(.immediate) {
                guard order != .corpus else {
                    if try db.tableExists("list_order") {
                        try db.execute(sql: "DELETE FROM list_order WHERE root = ?", arguments: [root])
                    }
                    return .commit
                }
                try Self.upsert(db, table: "list_order", key: "root", value: "list_order", root, order.rawValue)
                return .commit
            }
        }
    }

    /// The reader's preference `key` (the layout `v` chose, …), kept for every corpus; nil when never set.
    public func preference(_ key: String) throws(IndexError) -> String? {
        try run { db in
            guard try db.tableExists("preferences") else { return nil }
            return try String.fetchOne(db, sql: "SELECT value FROM preferences WHERE key = ?", arguments: [key])
        }
    }

    /// Keeps `value` as the reader's preference `key`. A table of its own, made on first use as
    /// `list_order` is: the file's version stays as it is, and older builds never look at it.
    public func setPreference(_ value: String, for key: String) throws(IndexError) {
        try run { db in
            try db.inTransaction(.immediate) {
                try Self.upsert(db, table: "preferences", key: "key", value: "value", key, value)
                return .commit
            }
        }
    }

    /// Sets `keyValue`'s `valueText` in `table`, a text key and a text value with the time of the change, made on first
    /// use (`list_order`, `preferences`: tables of their own, so the file's version stays as it is and older builds never
    /// look at them). The names are this file's constants, never user input.
    private static func upsert(_ db: Database, table: String, key: String, value: String,
                               _ keyValue: String, _ valueText: String) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS \(table)(
              \(key) TEXT PRIMARY KEY,
              \(value) TEXT NOT NULL,
              updated REAL NOT NULL
            ) WITHOUT ROWID
            """)
        try db.execute(sql: """
            INSERT INTO \(table)(\(key), \(value), updated) VALUES (?, ?, ?)
            ON CONFLICT(\(key)) DO UPDATE SET \(value) = excluded.\(value), updated = excluded.updated
            """, arguments: [keyValue, valueText, Date().timeIntervalSince1970])
    }

    /// `PRAGMA data_version` of this handle's connection: it changes when
    /// another connection (another Bulletin) commits to the file, never for
    /// this handle's own writes. A cheap query (no table is read), for a
    /// reader that polls for another instance's marks (`MarksWatcher`).
    public func dataVersion() throws(IndexError) -> Int {
        try run { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// The read and flag marks of the rows written at `since` or later (every
    /// row when nil), by stored key, with the latest `updated` time among them.
    public func marks(updatedSince since: Double?) throws(IndexError) -> (marks: [String: MarkBits], latest: Double?) {
        try run { db in
            var map: [String: MarkBits] = [:]
            var latest: Double?
            let rows = since == nil
                ? try Row.fetchCursor(db, sql: "SELECT id, read, flagged, updated FROM article_state")
                : try Row.fetchCursor(db, sql: "SELECT id, read, flagged, updated FROM article_state WHERE updated >= ?",
                                      arguments: [since!])
            while let row = try rows.next() {
                map[row[0]] = MarkBits(read: row[1], flagged: row[2])
                let updated: Double = row[3]
                latest = max(latest ?? updated, updated)
            }
            return (map, latest)
        }
    }

    /// `PRAGMA integrity_check`; empty when sound.
    public func integrityProblems() throws(IndexError) -> [String] {
        try run { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }
    }

    /// Runs `body` as the one writer (see `retryingWhenLocked`).
    private func run<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        try Self.retryingWhenLocked { try queue.writeWithoutTransaction(body) }
    }

    /// Runs `body`, trying again for up to about two seconds while SQLite answers
    /// "busy" or "locked" without waiting (see `connect`): nothing was committed then.
    private static func retryingWhenLocked<T>(_ body: () throws -> T) throws(IndexError) -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where attempt < 50
                && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                attempt += 1
                usleep(20_000 + UInt32.random(in: 0..<20_000))
            } catch {
                throw CorpusIndex.classify(any: error)
            }
        }
    }
}
