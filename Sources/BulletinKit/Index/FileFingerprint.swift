import Foundation

/// What the index remembers of a file to tell whether it changed: size and
/// modification time (cheap, from `stat`) decide whether to look closer; the
/// content hash decides whether it really changed (a `touch` does not).
struct FileFingerprint: Sendable, Hashable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var mtime: Int64

    /// `stat(2)` of `path`, nil when it cannot be read.
    static func of(path: String) -> FileFingerprint? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileFingerprint(st)
    }

    init(size: Int64, mtime: Int64) {
        self.size = size
        self.mtime = mtime
    }

    /// From a `stat` result.
    init(_ st: stat) {
        size = Int64(st.st_size)
        mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}

/// FNV-1a, 64 bits, as 16 hex digits: fast, and collisions do not matter here
/// (it only ever confirms a change that size and time already suggest).
enum ContentHash {
    static func hex(of data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for byte in bytes {
                h ^= UInt64(byte)
                h &*= 0x0000_0100_0000_01B3
            }
        }
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    static func hex(of string: String) -> String { hex(of: Data(string.utf8)) }

    /// A file's content hash: 8 bytes per step (FNV-1a above takes one, and
    /// cost a second of CPU per 250 MB indexed). Like FNV, only a confirmation
    /// of a change that size and time suggest, so a fast mix is enough.
    static func hex(ofFile bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let words = raw.count / 8
            for i in 0..<words {
                let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
            }
            for i in (words * 8)..<raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
            }
        }
        h ^= h >> 32
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
