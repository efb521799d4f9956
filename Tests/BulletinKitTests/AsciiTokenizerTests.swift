import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The index's `ascii` tokenizer (`AsciiTokenizer`) against FTS5's built-in one.
@Suite struct AsciiTokenizerTests {
    /// Texts with every kind of byte next to every other: upper and lower case, digits,
    /// every ASCII separator, non-ASCII letters and marks, CJK, long tokens, folded text.
    static let texts: [String] = {
        var texts = ["", " ", "a", "A", "Hello, World!", "état ÉTAT", "McDonald's 2024-05-01", "中国 中国人 国",
                     "лукашенко Лукашенко", "الصين والصين", "x\u{0301}y", "tô·lâm , to lam", String(repeating: "abcDEF", count: 40),
                     "  leading and trailing  ", "a\tb\nc\rd\u{0B}e", "under_score back\\slash [brackets]"]
        for b in UInt8(1)..<0x80 {
            let c = String(UnicodeScalar(b))
            texts += ["a" + c + "b", c + "Z9" + c, "é" + c + "É"]
        }
        let body = try? String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md").path, encoding: .utf8)
        if let body {
            texts.append(body)
            texts.append(SearchFolding.fold(body))
        }
        return texts
    }()

    /// Every (term, document, column, offset) of a contentless table holding `texts`.
    static func instances(registered: Bool) throws -> [String] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            if registered { try AsciiTokenizer.register(db) }
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(a, b, content='', tokenize='ascii')")
            for (i, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO t(rowid, a, b) VALUES (?, ?, ?)", arguments: [i + 1, text, text.uppercased()])
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, 'instance')")
            return try String.fetchAll(db, sql: "SELECT term || '|' || doc || '|' || col || '|' || offset FROM temp.v ORDER BY term, doc, col, offset")
        }
    }

    @Test func tokensEqualTheBuiltIn() throws {
        let mine = try Self.instances(registered: true)
        let builtIn = try Self.instances(registered: false)
        #expect(mine.count > 1000)
        #expect(mine == builtIn)
    }

    /// Random texts of every length around the tokenizer's eight-byte words: tokens that
    /// start, end or run across a word's edge or the text's end, in every mix of bytes.
    @Test func randomTextsTokenizeAsTheBuiltIn() throws {
        var rng = SplitMix(seed: 24)
        let pieces = ["a", "Z", "9", " ", "  ", ",", "-", "\u{0}", "\t", "é", "É", "中", "ل", "д", "abcdefgh", "ABCDEFGHI", "x·y", "_"]
        var texts: [String] = []
        for length in 0..<40 {
            for _ in 0..<12 {
                texts.append((0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined())
            }
        }
        func instances(registered: Bool) throws -> [String] {
            let queue = try DatabaseQueue()
            return try queue.write { db in
                if registered { try AsciiTokenizer.register(db) }
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(a, content='', tokenize='ascii')")
                for (i, text) in texts.enumerated() {
                    try db.execute(sql: "INSERT INTO t(rowid, a) VALUES (?, ?)", arguments: [i + 1, text])
                }
                try db.execute(sql: "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, 'instance')")
                return try String.fetchAll(db, sql: "SELECT term || '|' || doc || '|' || offset FROM temp.v ORDER BY term, doc, offset")
            }
        }
        let mine = try instances(registered: true)
        #expect(mine.count > 1000)
        #expect(try mine == instances(registered: false))
    }

    /// Queries tokenize as the built-in does too (prefixes, phrases, upper case).
    @Test func queriesMatchAsTheBuiltIn() throws {
        func hits(registered: Bool) throws -> [[Int64]] {
            let queue = try DatabaseQueue()
            return try queue.write { db in
                if registered { try AsciiTokenizer.register(db) }
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(a, content='', tokenize='ascii')")
                for (i, text) in Self.texts.enumerated() {
                    try db.execute(sql: "INSERT INTO t(rowid, a) VALUES (?, ?)", arguments: [i + 1, text])
                }
                return try ["hello", "HELLO", "\"hello world\"", "ab*", "état", "中国", "mcdonald", "z9"].map {
                    try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank", arguments: [$0])
                }
            }
        }
        #expect(try hits(registered: true) == hits(registered: false))
    }

    /// Tokenizer options are the built-in's business: creating a table with them fails here.
    @Test func optionsAreRefused() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try AsciiTokenizer.register(db)
            #expect(throws: (any Error).self) {
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = \"ascii tokenchars '-'\")")
            }
        }
    }
}
