import Foundation
import GRDB
import GRDBSQLite

/// FTS5's built-in `ascii` tokenizer, written again and registered under its
/// own name on the index's connections (FTS5 finds the latest registration of
/// a name first), so the schema, the index's content and its readers by other
/// tools stay as they are: the same tokens at the same positions, for any text.
///
/// Why: the index tokenizes every title, body and name list once, and the
/// built-in copies each token into a buffer to lower-case it, byte by byte
/// (about 145 instructions a token; a cold index of 100,000 articles has 42
/// million tokens). The text the index writes is folded (`SearchFolding`:
/// no upper-case ASCII), so this one hands FTS5 each token where it lies in
/// the text, copying only a token that holds an upper-case letter.
///
/// Tokens are as the built-in makes them without options: maximal runs of
/// ASCII letters and digits and of bytes 0x80 and above (all non-ASCII is part
/// of a word), A–Z lower-cased. With options (`tokenchars`, `separators`), which
/// the index does not use, creating it fails rather than tokenize otherwise.
enum AsciiTokenizer {
    /// Registers the tokenizer as `ascii` on `db` (for the connections made afterwards
    /// of tables, so in `Configuration.prepareDatabase`).
    static func register(_ db: Database) throws {
        var api: UnsafeMutablePointer<fts5_api>?
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db.sqliteConnection, "SELECT fts5(?1)", -1, &stmt, nil) == SQLITE_OK else {
            throw IndexedStore.sqliteError(sqlite3_errcode(db.sqliteConnection), db)
        }
        defer { sqlite3_finalize(stmt) }
        let tag: StaticString = "fts5_api_ptr"
        withUnsafeMutablePointer(to: &api) { slot in
            tag.withUTF8Buffer { t in
                t.baseAddress!.withMemoryRebound(to: CChar.self, capacity: t.count) {
                    _ = sqlite3_bind_pointer(stmt, 1, slot, $0, nil)
                }
            }
            _ = sqlite3_step(stmt)
        }
        guard let api, let create = api.pointee.xCreateTokenizer else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 is not available")
        }
        // FTS5 copies the struct.
        var tokenizer = fts5_tokenizer(xCreate: createInstance, xDelete: deleteInstance, xTokenize: tokenize)
        let code = "ascii".withCString { create(api, $0, nil, &tokenizer, nil) }
        guard code == SQLITE_OK else { throw IndexedStore.sqliteError(code, db) }
    }

    /// The one instance every table shares (it has no state); FTS5 only hands it back.
    nonisolated(unsafe) private static let instance = OpaquePointer(UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1))

    private static let createInstance: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafePointer<CChar>?>?,
                                                        Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Int32 = { _, _, nArg, out in
        guard nArg == 0, let out else { return SQLITE_ERROR }
        out.pointee = AsciiTokenizer.instance
        return SQLITE_OK
    }

    private static let deleteInstance: @convention(c) (OpaquePointer?) -> Void = { _ in }

    typealias TokenCallback = @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32

    private static let tokenize: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32,
                                                 TokenCallback?) -> Int32 = { _, context, _, text, count, emit in
        guard let text, count > 0, let emit else { return SQLITE_OK }
        return AsciiTokenizer.tokens(text, Int(count)) { start, end, token in
            emit(context, 0, token, Int32(end - start), Int32(start), Int32(end))
        }
    }

    /// Whether byte `b` separates tokens: ASCII other than letters and digits.
    @inline(__always)
    static func isSeparator(_ b: UInt8) -> Bool {
        b < 0x80 && !(b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26)
    }

    /// Calls `emit(start, end, token)` for each token of the `count` bytes at `text` (`token`:
    /// its bytes, lower-cased), stopping at the first result other than `SQLITE_OK`, which
    /// it returns (`SQLITE_DONE` as `SQLITE_OK`), as the built-in does.
    static func tokens(_ text: UnsafePointer<CChar>, _ count: Int,
                       _ emit: (_ start: Int, _ end: Int, _ token: UnsafePointer<CChar>) -> Int32) -> Int32 {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var rc = SQLITE_OK
        var i = 0
        var folded: [CChar] = []
        while i < count && rc == SQLITE_OK {
            while i < count && isSeparator(bytes[i]) { i += 1 }
            if i == count { break }
            var end = i
            var upper = false
            while end < count && !isSeparator(bytes[end]) {
                if bytes[end] &- 0x41 < 26 { upper = true }
                end += 1
            }
            if upper {
                folded.removeAll(keepingCapacity: true)
                for k in i..<end { folded.append(CChar(bitPattern: bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k])) }
                rc = folded.withUnsafeBufferPointer { emit(i, end, $0.baseAddress!) }
            } else {
                rc = emit(i, end, text + i)
            }
            // The byte after a token is a separator (or the end).
            i = end + 1
        }
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }
}
