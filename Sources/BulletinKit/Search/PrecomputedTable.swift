import Foundation

/// A table of integers written once from the rules that compute it (`bulletin-bench fold-tables`)
/// and shipped as a resource (`Resources/tables/`), so that a process reads it instead of
/// computing it at its first use: the search folding's table of the Basic Multilingual Plane
/// asked Unicode properties and ICU's Latin-ASCII transform of 26,000 scalars (83M instructions,
/// a seventh of an indexing process's set-up, and most of a `bulletin search` process's work),
/// the entity keys' table Foundation's folding of 1,366 (32M).
///
/// The file is checked, not trusted: a missing file, another format or another count reads as
/// nil, and the caller computes the table as before. Tests compare each resource with the table
/// its rules compute (`PrecomputedTableTests`), so a table that Unicode or ICU data of another
/// toolchain would change is caught there.
///
/// Format: the four bytes `Bltn`, the width of an entry in bytes (4 or 8) and the entry count,
/// each a little-endian `UInt32`, then the entries, little-endian.
public enum PrecomputedTable {
    static let magic: [UInt8] = Array("Bltn".utf8)
    static let headerSize = 12

    /// The resource's URL (`Resources/tables/NAME` of the module's bundle).
    static func url(_ name: String) -> URL? {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        if let u = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources/tables") { return u }
        return Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "tables")
    }

    /// The `count` 32-bit entries of resource `name`, or nil.
    static func readUInt32(_ name: String, count: Int) -> [UInt32]? {
        guard let bytes = resourceBytes(name) else { return nil }
        return decode(bytes, count: count, as: UInt32.self)
    }

    /// The `count` 64-bit entries of resource `name`, or nil.
    static func readUInt64(_ name: String, count: Int) -> [UInt64]? {
        guard let bytes = resourceBytes(name) else { return nil }
        return decode(bytes, count: count, as: UInt64.self)
    }

    static func resourceBytes(_ name: String) -> Data? {
        guard let url = url(name) else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }

    /// `entries` in the format above.
    static func encode<T: FixedWidthInteger & UnsignedInteger>(_ entries: [T]) -> Data {
        var out = Data(magic)
        func append<U: FixedWidthInteger>(_ v: U) {
            withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
        }
        append(UInt32(MemoryLayout<T>.size))
        append(UInt32(entries.count))
        for e in entries { append(e) }
        return out
    }

    /// The entries of `data` when it holds exactly `count` entries of `T`'s width, else nil.
    static func decode<T: FixedWidthInteger & UnsignedInteger>(_ data: Data, count: Int, as type: T.Type) -> [T]? {
        let width = MemoryLayout<T>.size
        guard data.count == headerSize + count * width else { return nil }
        return data.withUnsafeBytes { raw -> [T]? in
            guard raw.prefix(4).elementsEqual(magic),
                  UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == UInt32(width),
                  UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) == UInt32(count)
            else { return nil }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for i in 0..<count {
                    buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: headerSize + i * width, as: T.self))
                }
                initialized = count
            }
        }
    }

    /// Writes every table's resource into `directory` from its rules (`bulletin-bench fold-tables
    /// DIR`, after a change to a rule, Unicode or ICU): the paths written.
    public static func writeResources(to directory: String) throws -> [String] {
        let files: [(String, Data)] = [
            (SearchFolding.FoldTable.resource, encode(SearchFolding.FoldTable().entries)),
            (FoldTable.resource, encode(FoldTable.computed().packed)),
        ]
        return try files.map { name, data in
            let path = (directory as NSString).appendingPathComponent(name)
            try data.write(to: URL(fileURLWithPath: path))
            return path
        }
    }
}
