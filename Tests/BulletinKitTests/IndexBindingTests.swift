import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The writer's bindings without a copy (`RawStatement.bind(_:borrowed:)`, `bind(_:cString:)`)
/// store and tokenize exactly what a copying binding of the same text does.
@Suite struct IndexBindingTests {
    static let texts = ["", "a", "plain ascii words", "h\u{e0} n\u{1ed9}i vi\u{1ec7}t nam", "\u{645}\u{635}\u{631} \u{627}\u{644}\u{642}\u{627}\u{647}\u{631}\u{629}",
                        "\u{4e2d}\u{56fd} \u{4e2d}\u{56fd}\u{4eba}", "before\u{0}after", "\u{0}", "end\u{0}", String(repeating: "long text ", count: 500)]

    /// Each text bound both ways into one row (copied by GRDB into `copy`, borrowed into `borrowed`
    /// and `cstring`); then the stored values and the full-text tokens compared.
    @Test func borrowedTextIsStoredAndTokenizedAsCopied() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, copy TEXT, borrowed TEXT, cstring TEXT)")
            try db.execute(sql: "CREATE VIRTUAL TABLE f USING fts5(a, b, c, content='', tokenize='ascii')")
            let insert = RawStatement(try db.cachedStatement(sql: "INSERT INTO t(id, copy, borrowed, cstring) VALUES (?, ?, ?, ?)"), db)
            let insertFTS = RawStatement(try db.cachedStatement(sql: "INSERT INTO f(rowid, a, b, c) VALUES (?, ?, ?, ?)"), db)
            for (k, text) in Self.texts.enumerated() {
                var bytes = Array(text.utf8)
                var terminated = bytes + [0]
                try bytes.withUnsafeBufferPointer { plain in
                    try terminated.withUnsafeBufferPointer { cString in
                        // The same four bindings into the table and into the full-text index.
                        for statement in [insert, insertFTS] {
                            defer { statement.clearBindings() }
                            statement.bind(1, Int64(k))
                            try statement.bind(2, text)
                            try statement.bind(3, borrowed: plain)
                            try statement.bind(4, cString: cString)
                            try statement.run()
                        }
                    }
                }
                // The buffers may change once the statement has run.
                bytes = []
                terminated = []
            }
            let rows = try Row.fetchAll(db, sql: "SELECT hex(copy), hex(borrowed), hex(cstring), typeof(cstring) FROM t ORDER BY id")
            for (row, text) in zip(rows, Self.texts) {
                let copy: String = row[0]
                #expect(copy == Array(text.utf8).map { String(format: "%02X", $0) }.joined())
                #expect(row[1] as String == copy, "\(text.debugDescription)")
                #expect(row[2] as String == copy, "\(text.debugDescription)")
                #expect(row[3] as String == "text")
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, f, instance)")
            let tokens = try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.v ORDER BY doc, term, offset, col")
            var byColumn: [String: [String]] = [:]
            for row in tokens {
                let term: String = row[0], doc: Int64 = row[1], col: String = row[2], offset: Int64 = row[3]
                byColumn[col, default: []].append("\(doc) \(term) \(offset)")
            }
            #expect(!(byColumn["a"] ?? []).isEmpty)
            #expect(byColumn["b"] == byColumn["a"])
            #expect(byColumn["c"] == byColumn["a"])
        }
    }

    @Test func cStringMustEndInZero() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(x TEXT)")
            let insert = RawStatement(try db.cachedStatement(sql: "INSERT INTO t(x) VALUES (?)"), db)
            for bytes in [[UInt8](), Array("abc".utf8)] {
                _ = bytes.withUnsafeBufferPointer { buf in
                    #expect(throws: DatabaseError.self) { try insert.bind(1, cString: buf) }
                }
            }
        }
    }

    /// The writer binds the folded title and body as C strings: `foldUTF8` of each, then a 0.
    @Test func preparedArticleHoldsTerminatedFoldedText() {
        let body = "Ông Phạm Minh Chính nói\u{0}hôm nay."
        let article = Article(id: "a", file: "/tmp/a.txt", title: "Hà Nội: Thủ tướng", language: "vi", body: body, raw: body)
        let p = PreparedArticle(article)
        #expect(p.foldedTitle == SearchFolding.foldUTF8(article.title) + [0])
        #expect(p.foldedBody == SearchFolding.foldUTF8(article.body) + [0])
    }

    /// Turning SQLite's memory statistics off changes nothing a database does.
    @Test func setupLeavesDatabasesWorking() throws {
        SQLiteSetup.prepare()
        let queue = try DatabaseQueue()
        let value = try queue.read { db in try String.fetchOne(db, sql: "SELECT 'ok'") }
        #expect(value == "ok")
    }
}
