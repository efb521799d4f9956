import Foundation
import GRDB

/// The index database's schema. The index is a cache: when its format
/// changes (`version`, or `SearchFolding.version`), it is rebuilt, not migrated.
enum IndexSchema {
    /// `PRAGMA application_id`: "Bltn". A database without it is not ours.
    static let applicationID: Int32 = 0x426C_746E
    /// `PRAGMA user_version`.
    /// 3: display IDs, entity references and cross-article links stored at
    /// index time, so a warm start reads them instead of recomputing them.
    /// 4: `entity_alias.folded` is an `EntityNameKey` (one form per word, so
    /// a query's clitic-free and case-ending-free variants can be looked up).
    /// 5: 16 KB pages, FTS5 `hashsize` and `automerge` set (`ftsOptions`).
    /// 6: the `ascii` tokenizer over completely folded text (`SearchFolding` 2).
    /// 7: the `names` column holds one token per entity name (`SearchFolding.nameToken`).
    /// 8: dates read from datelines written in words (`Dateline`), so articles indexed
    /// without a date are read again.
    /// 9: those dates in their own column, `dateline_date` (`Article.datelineDate`);
    /// `date` holds ISO dates only, as in 7.
    /// 10: the names and alias pairs an update adds are staged (`entity_ref_new`,
    /// `entity_alias_new`) and merged in order at its end (`IndexWriter.mergeStaged`).
    static let version = 10

    /// bm25 column weights: title, body, entity names.
    static let bm25Weights = "4.0, 1.0, 0.5"

    static let statements = [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE files(
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          size INTEGER NOT NULL,
          mtime INTEGER NOT NULL,
          hash TEXT NOT NULL,
          warnings TEXT NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TABLE articles(
          rowid INTEGER PRIMARY KEY,
          file_id INTEGER NOT NULL REFERENCES files(id),
          article_id TEXT NOT NULL,
          file TEXT NOT NULL,
          segment INTEGER NOT NULL,
          title TEXT NOT NULL,
          date TEXT,
          -- `Article.datelineDate`: from a dateline in words, only when `date` is NULL.
          dateline_date TEXT,
          language TEXT NOT NULL,
          source TEXT,
          url TEXT,
          countries TEXT NOT NULL,
          entity_names TEXT NOT NULL,
          -- The ID the list shows: `article_id` made unique across the corpus
          -- (`ArticleIDs`), computed after each update for the update's roots.
          -- Inserted as `article_id`, which it nearly always stays, so that
          -- the update's end rewrites only the rows of colliding file names.
          display_id TEXT,
          -- `entity_ref` ids of the article's entities, in order, space-separated.
          entity_refs TEXT NOT NULL DEFAULT ''
        )
        """,
        // Every (type, name) an extraction gave, and the canonical name the
        // cross-article linker (`EntityLinker`) chose for it (NULL: not linked
        // to another name; set, possibly to itself, in a cluster of several names).
        // Summaries name entities by id, so a warm start builds each name once.
        """
        CREATE TABLE entity_ref(
          id INTEGER PRIMARY KEY,
          type TEXT NOT NULL,
          name TEXT NOT NULL,
          canonical TEXT,
          UNIQUE(type, name)
        )
        """,
        // Bodies apart from the summaries: the list's one query at start then
        // reads a narrow table (tens of MB at 100,000 articles), not every body.
        """
        CREATE TABLE article_text(
          rowid INTEGER PRIMARY KEY,
          body TEXT NOT NULL,
          entities TEXT NOT NULL
        )
        """,
        "CREATE INDEX articles_by_id ON articles(display_id)",
        "CREATE INDEX articles_by_file ON articles(file_id)",
        // The few files with load warnings, read at a warm start without a scan of `files`.
        "CREATE INDEX files_with_warnings ON files(path) WHERE warnings != ''",
        "CREATE INDEX articles_in_order ON articles(file, segment)",
        // Contentless: the folded text is only tokenized, never stored twice;
        // snippets come from `article_text.body`. `SearchFolding` leaves
        // only lower-case words between ASCII separators, so the `ascii`
        // tokenizer suffices (it treats every non-ASCII byte as a letter).
        """
        CREATE VIRTUAL TABLE article_fts USING fts5(
          title, body, names, content='', tokenize='ascii')
        """,
        // Title matches weigh most, entity names least (search calls bm25 with
        // the same weights itself: see `IndexedStore.rankedRowIDs`).
        "INSERT INTO article_fts(article_fts, rank) VALUES('rank', 'bm25(\(bm25Weights))')",
        // Every folded surface form and canonical name seen → canonical name: entity search.
        """
        CREATE TABLE entity_alias(
          folded TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(folded, name)) WITHOUT ROWID
        """,
        // The names (with the ids the articles already use) and alias pairs an update
        // adds, appended batch by batch and merged into `entity_ref` and `entity_alias`
        // once, in order, when the files are written (`IndexWriter.mergeStaged`). Inserted
        // batch by batch into those tables' B-trees at random places, they dirtied nearly
        // every page of both at every commit: at 100,000 articles about 590 MB of WAL
        // writes and 160 MB of checkpoints for 12 MB of final tables. An update
        // interrupted before the merge leaves them here: readers take them into account
        // (`IndexedStore.loadEntityRefs`, `entityNames(for:)`), the next update merges them.
        "CREATE TABLE entity_ref_new(id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL)",
        "CREATE TABLE entity_alias_new(folded TEXT NOT NULL, name TEXT NOT NULL)",
    ]

    /// Database page size. At SQLite's default 4 KB, a page holds one 2.6 KB
    /// body and wastes the rest: 16 KB pages made the 100,000-article index
    /// 410 MB instead of 538 MB, and every page write is a syscall less.
    static let pageSize = 16384

    /// WAL pages between automatic checkpoints (64 MB at 16 KB pages, against
    /// SQLite's 1,000): fewer copies of the pages FTS5 rewrites while merging.
    static let walAutocheckpointPages = 4000

    /// KiB of page cache on the writing connection during an update (the
    /// default is 2,000 KiB, restored after).
    static let writerCacheKiB = ProcessInfo.processInfo.environment["BULLETIN_INDEX_CACHE_KIB"].flatMap { Int($0) } ?? 32768

    /// FTS5 options stored in the index (`article_fts_config`):
    /// - `hashsize`: bytes of pending terms kept in memory before they are
    ///   written as a segment (default 1 MB, less than one 1,024-file batch):
    ///   a batch then makes one segment, not several.
    /// - `automerge`: segments of one level merged together (default 4):
    ///   16 rewrites a term's data about twice while 100,000 articles are
    ///   indexed (8: about 2.6 times; 4: more still). Measured at 100,000
    ///   (release, thread CPU): commits 1.83 s against 2.44 s at 8, the
    ///   writer 7.65 s against 8.25 s, and search the same (IDs p99 3.0 ms
    ///   CPU, 20 queries x 5): 100 batches leave about as many segments
    ///   either way. A small corpus keeps up to 15 unmerged segments.
    static let ftsOptions: [(name: String, value: Int)] = experimentalOptions(defaultFTSOptions)

    static let defaultFTSOptions: [(name: String, value: Int)] = [
        ("hashsize", 32 << 20),
        ("automerge", 16),
    ]

    /// `BULLETIN_FTS_OPTIONS="pgsz=16000,automerge=16"`: options added to or
    /// replacing `defaults` in a new index, for experiments (`bulletin-bench`).
    static func experimentalOptions(_ defaults: [(name: String, value: Int)],
                                    environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [(name: String, value: Int)] {
        guard let spec = environment["BULLETIN_FTS_OPTIONS"], !spec.isEmpty else { return defaults }
        var options = defaults
        for part in spec.split(separator: ",") {
            let kv = part.split(separator: "=")
            guard kv.count == 2, let value = Int(kv[1]) else { continue }
            let name = String(kv[0])
            guard name.allSatisfy({ $0.isLetter }) else { continue }
            if let i = options.firstIndex(where: { $0.name == name }) { options[i].value = value } else { options.append((name, value)) }
        }
        return options
    }

    static func create(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
        for option in ftsOptions {
            try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('\(option.name)', \(option.value))")
        }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES('folding', ?)",
                       arguments: [String(SearchFolding.version)])
    }
}
