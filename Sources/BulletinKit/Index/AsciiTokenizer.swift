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
        let api = try IndexedStore.fts5API(db)
        guard let create = api.pointee.xCreateTokenizer else {
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
        return AsciiTokenizer.classes.withUnsafeBufferPointer {
            AsciiTokenizer.tokens(text, Int(count), classes: $0, context: context, emit: emit)
        }
    }

    /// Per byte: 0 separates tokens (ASCII other than letters and digits), 1 is part
    /// of a token as it is (a–z, 0–9, every byte of 0x80 and above), 2 is an upper-case
    /// letter (part of a token, lower-cased).
    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x41...0x5A: 2
        case 0x30...0x39, 0x61...0x7A, 0x80...0xFF: 1
        default: 0
        }
    }

    /// Calls `emit` for each token of the `count` bytes at `text`, stopping at the first
    /// result other than `SQLITE_OK`, which it returns (`SQLITE_DONE` as `SQLITE_OK`), as
    /// the built-in does.
    static func tokens(_ text: UnsafePointer<CChar>, _ count: Int, classes: UnsafeBufferPointer<UInt8>,
                       context: UnsafeMutableRawPointer?, emit: TokenCallback) -> Int32 {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var rc = SQLITE_OK
        var i = 0
        var folded: [CChar] = []
        while i < count {
            // Skip the separators before the next token.
            var kind = classes[Int(bytes[i])]
            while kind == 0 {
                i &+= 1
                if i == count { return SQLITE_OK }
                kind = classes[Int(bytes[i])]
            }
            var end = i &+ 1
            var upper = kind == 2
            // Eight bytes at a time to the first separator (`TokenBytes`), then byte by byte.
            scan: do {
                while end &+ 8 <= count {
                    let w = UnsafeRawPointer(bytes + end).loadUnaligned(as: UInt64.self)
                    let (separators, upperCase) = TokenBytes.classify(w)
                    if separators != 0 {
                        // The token ends at the first separator, a byte known to be one: no
                        // look-up of it in `classes` (the loop below), and only the letters
                        // before it count (a mask of the bytes below it, `separators - 1`).
                        if upperCase & (separators &- 1) != 0 { upper = true }
                        end &+= separators.trailingZeroBitCount >> 3
                        break scan
                    }
                    if upperCase != 0 { upper = true }
                    end &+= 8
                }
                while end < count {
                    let k = classes[Int(bytes[end])]
                    if k == 0 { break }
                    if k == 2 { upper = true }
                    end &+= 1
                }
            }
            let length = Int32(truncatingIfNeeded: end &- i)
            if upper {
                folded.removeAll(keepingCapacity: true)
                for k in i..<end { folded.append(CChar(bitPattern: classes[Int(bytes[k])] == 2 ? bytes[k] | 0x20 : bytes[k])) }
                rc = folded.withUnsafeBufferPointer {
                    emit(context, 0, $0.baseAddress, length, Int32(truncatingIfNeeded: i), Int32(truncatingIfNeeded: end))
                }
            } else {
                rc = emit(context, 0, text + i, length, Int32(truncatingIfNeeded: i), Int32(truncatingIfNeeded: end))
            }
            if rc != SQLITE_OK { break }
            // The byte after a token is a separator (or the end).
            i = end &+ 1
        }
        return rc == SQLITE_DONE ? SQLITE_OK : rc
    }
}

/// The byte classes of `AsciiTokenizer.classes` for eight bytes at once (a `UInt64` loaded
/// from text, first byte lowest): tokens run to a separator, and most are several bytes
/// long (a Cyrillic word, a CJK bigram), which the tokenizer walked byte by byte through
/// its table. Each mask has 0x80 in the bytes it names; every addition stays within a
/// byte (seven-bit values plus less than 0x80).
enum TokenBytes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Separators (ASCII bytes other than letters and digits) and upper-case ASCII
    /// letters, in one pass over the word. Apart, each range tested as "at least lo and
    /// not above hi", and the upper-case letters then masked to the token's bytes, they
    /// made the tokenizer 102 instructions a token, 83 so (1,000 generated articles): it
    /// runs on the writer's thread, the one that cannot run in parallel, for every token.
    ///
    /// A byte's low seven bits `x` are in `lo...hi` when `x + (0x80 - lo)` reaches
    /// 0x80 and `x + (0x7F - hi)` does not: the two sums differ in bit 7 exactly then
    /// (both stay below 0x100, so nothing carries into the next byte). Letters are
    /// tested with bit 5 set (lower-cased); a letter with bit 5 clear is upper-case,
    /// and a byte of 0x80 and above is part of a token whatever its low bits.
    @inline(__always) static func classify(_ w: UInt64) -> (separators: UInt64, upper: UInt64) {
        let low7 = w & lows
        let lowered = low7 | ones &* 0x20
        let letters = (lowered &+ ones &* (0x80 - 0x61)) ^ (lowered &+ ones &* (0x7F - 0x7A))
        let digits = (low7 &+ ones &* (0x80 - 0x30)) ^ (low7 &+ ones &* (0x7F - 0x39))
        let inToken = (letters | digits | w) & highs
        // Bit 5 of each byte shifted to its bit 7 (`w << 2`): clear in an upper-case letter.
        return (inToken ^ highs, letters & ~(w | w << 2) & highs)
    }

    /// Separators: ASCII bytes other than letters and digits.
    @inline(__always) static func separators(_ w: UInt64) -> UInt64 { classify(w).separators }

    /// Upper-case ASCII letters.
    @inline(__always) static func upper(_ w: UInt64) -> UInt64 { classify(w).upper }
}
