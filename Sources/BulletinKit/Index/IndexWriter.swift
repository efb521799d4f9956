import Foundation
import GRDB

/// One article ready to insert: its fields plus everything derived from it
/// (folded text, encoded entities), computed on a worker thread.
struct PreparedArticle: Sendable {
    var article: Article
    var foldedTitle: String
    var foldedBody: String
    var foldedNames: String
    var countries: String
    var entityNames: String
    var entities: String
    /// (folded surface form or name, canonical name) pairs for entity search.
    var aliases: [(folded: String, name: String)]

    init(_ article: Article) {
        self.article = article
        var names: [String] = []
        var seen = Set<String>()
        for e in article.entities where seen.insert(e.name).inserted { names.append(e.name) }
        entityNames = names.map(EntityCoding.clean).joined(separator: "\u{1F}")
        foldedTitle = SearchFolding.fold(article.title)
        foldedBody = SearchFolding.fold(article.body)
        foldedNames = PreparedArticle.foldNames(entityNames)
        countries = article.countries.joined(separator: " ")
        entities = EntityCoding.encode(article.entities)
        var pairs: [(String, String)] = []
        var seenPairs = Set<String>()
        for e in article.entities {
            for form in [e.name] + e.aliases {
                let key = PreparedArticle.aliasKey(form)
                if !key.isEmpty, seenPairs.insert(key + "\u{1F}" + e.name).inserted { pairs.append((key, e.name)) }
            }
        }
        aliases = pairs
    }

    /// The `names` column: canonical names folded, kept apart by commas.
    static func foldNames(_ entityNames: String) -> String {
        entityNames.split(separator: "\u{1F}").map { SearchFolding.fold(String($0)) }.joined(separator: " , ")
    }

    /// How a name or a query is looked up in `entity_alias`: folded as a query, spaces normalized.
    static func aliasKey(_ text: String) -> String {
        SearchFolding.fold(text, mode: .query).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .joined(separator: " ")
    }
}

/// A file read (or found unchanged in content) by a worker.
struct PreparedFile: Sendable {
    enum Kind: Sendable {
        /// Only the time changed: update size and time, keep the articles.
        case touch
        /// New or changed content: replace the file's articles.
        case replace
    }

    var path: String
    var fingerprint: FileFingerprint
    var hash: String
    var kind: Kind
    var articles: [PreparedArticle]
    var warnings: [LoadWarning]
}

/// Reads, hashes, parses and extracts files on worker threads.
enum FilePreparer {
    static func prepare(_ tasks: [FileTask], threads: Int, extract: CorpusIndex.Extract) -> [PreparedFile] {
        let results = IndexResultBox<[[PreparedFile]]>(Array(repeating: [], count: threads))
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var mine: [PreparedFile] = []
            var i = worker
            while i < tasks.count {
                mine.append(prepare(tasks[i], extract: extract))
                i += threads
            }
            let finished = mine
            results.update { $0[worker] = finished }
        }
        return results.value.flatMap { $0 }
    }

    static func prepare(_ task: FileTask, extract: CorpusIndex.Extract) -> PreparedFile {
        guard let data = FileManager.default.contents(atPath: task.path) else {
            return PreparedFile(path: task.path, fingerprint: task.fingerprint, hash: "", kind: .replace, articles: [],
                                warnings: [LoadWarning(file: task.path, message: "cannot read the file")])
        }
        let hash = ContentHash.hex(of: data)
        if let known = task.knownHash, known == hash {
            return PreparedFile(path: task.path, fingerprint: task.fingerprint, hash: hash, kind: .touch,
                                articles: [], warnings: [])
        }
        let loaded = CorpusLoader.loadFile(path: task.path)
        let articles = loaded.articles.map { original -> PreparedArticle in
            var article = original
            let found = extract(article.title, article.body, article.language, article.source)
            article.countries = found.countries
            article.entities = found.entities
            return PreparedArticle(article)
        }
        return PreparedFile(path: task.path, fingerprint: task.fingerprint, hash: hash, kind: .replace,
                            articles: articles, warnings: loaded.warnings)
    }
}

extension IndexResultBox {
    /// Mutates the value under the lock.
    func update(_ body: (inout T) -> Void) {
        var v = value
        body(&v)
        value = v
    }
}

/// The SQL that writes prepared files (always inside the caller's transaction).
enum IndexWriter {
    struct Counts {
        var added = 0
        var changed = 0
        var touched = 0
    }

    static func apply(_ file: PreparedFile, _ db: Database, _ counts: inout Counts) throws {
        let existing = try Int64.fetchOne(db, sql: "SELECT id FROM files WHERE path = ?", arguments: [file.path])
        switch file.kind {
        case .touch:
            try db.execute(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?",
                           arguments: [file.fingerprint.size, file.fingerprint.mtime, file.path])
            counts.touched += 1
            return
        case .replace:
            break
        }
        let fileID: Int64
        let warnings = WarningCoding.encode(file.warnings)
        if let existing {
            try deleteArticles(fileID: existing, db)
            try db.execute(sql: "UPDATE files SET size = ?, mtime = ?, hash = ?, warnings = ? WHERE id = ?",
                           arguments: [file.fingerprint.size, file.fingerprint.mtime, file.hash, warnings, existing])
            fileID = existing
            counts.changed += 1
        } else {
            try db.execute(sql: "INSERT INTO files(path, size, mtime, hash, warnings) VALUES (?, ?, ?, ?, ?)",
                           arguments: [file.path, file.fingerprint.size, file.fingerprint.mtime, file.hash, warnings])
            fileID = db.lastInsertedRowID
            counts.added += 1
        }
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles(file_id, article_id, file, segment, title, date, language, source, url,
                                 countries, entity_names)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertBody = try db.cachedStatement(sql: "INSERT INTO article_text(rowid, body, entities) VALUES (?, ?, ?)")
        let insertText = try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, body, names) VALUES (?, ?, ?, ?)")
        let insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_alias(folded, name) VALUES (?, ?)")
        for p in file.articles {
            let a = p.article
            try insertArticle.execute(arguments: [fileID, a.id, a.file, a.segment, a.title, a.date, a.language, a.source,
                                                  a.url, p.countries, p.entityNames])
            let rowid = db.lastInsertedRowID
            try insertBody.execute(arguments: [rowid, a.body, p.entities])
            try insertText.execute(arguments: [rowid, p.foldedTitle, p.foldedBody, p.foldedNames])
            for alias in p.aliases { try insertAlias.execute(arguments: [alias.folded, alias.name]) }
        }
    }

    /// Deletes a file's articles and their full-text entries. The full-text
    /// table is contentless, so its delete command needs the very tokens that
    /// were inserted: they are folded again from the stored fields (the
    /// folding is versioned, see `SearchFolding.version`).
    static func deleteArticles(fileID: Int64, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.rowid, a.title, t.body, a.entity_names
            FROM articles a JOIN article_text t ON t.rowid = a.rowid WHERE a.file_id = ?
            """, arguments: [fileID])
        let deleteText = try db.cachedStatement(sql: """
            INSERT INTO article_fts(article_fts, rowid, title, body, names) VALUES ('delete', ?, ?, ?, ?)
            """)
        for row in rows {
            let rowid: Int64 = row[0]
            let title: String = row[1]
            let body: String = row[2]
            let names: String = row[3]
            try deleteText.execute(arguments: [rowid, SearchFolding.fold(title), SearchFolding.fold(body),
                                               PreparedArticle.foldNames(names)])
        }
        try db.execute(sql: "DELETE FROM article_text WHERE rowid IN (SELECT rowid FROM articles WHERE file_id = ?)",
                       arguments: [fileID])
        try db.execute(sql: "DELETE FROM articles WHERE file_id = ?", arguments: [fileID])
    }
}
