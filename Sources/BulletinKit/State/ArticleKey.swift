import Foundation

/// What reading state (read, flag, position) is kept under: the article's
/// file, as an absolute standardized path, and its segment in that file.
///
/// Not the article ID: IDs are the file stem while it is unique and become
/// the root-relative path once another file with the same name appears
/// (`ArticleIDs`), so a mark kept by ID would be lost on such a rename, or
/// land on another article when a later rename gives its old ID to another
/// file. The path does not depend on the other files, nor on how the corpus
/// was opened (`bulletin ~/news` and `bulletin ~/news/2026-07` give the same
/// keys). A moved archive keeps its marks all the same: a mark whose file
/// is gone follows the file of the same name, segment and fingerprint
/// (`ReadingMarks.resolve`), so keying by path costs nothing there, while an
/// edited article, which a content key would lose, keeps its marks.
public struct ArticleKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Absolute, standardized (no `.`, `..` or `//`).
    public let file: String
    public let segment: Int

    public init(file: String, segment: Int) {
        self.file = ArticleKey.absolutePath(file)
        self.segment = segment
    }

    /// `path` made absolute (against the working directory) and standardized:
    /// the form the index stores and marks are kept under, and the `file` of
    /// `bulletin list --json` whether or not the index was used.
    public static func absolutePath(_ path: String) -> String {
        isStandard(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
    }

    public init(_ summary: ArticleSummary) { self.init(file: summary.file, segment: summary.segment) }

    /// The key as stored in the state database: `<path>#<segment>` (the
    /// segment is read back from after the last `#`, so a `#` in the path is fine).
    public var stored: String { "\(file)#\(segment)" }

    /// The key a stored string names, or nil when it is not one (an old,
    /// ID-keyed row, or another tool's).
    public init?(stored: String) {
        guard stored.hasPrefix("/"), let hash = stored.lastIndex(of: "#"),
              let segment = Int(stored[stored.index(after: hash)...]), segment > 0 else { return nil }
        self.file = String(stored[..<hash])
        self.segment = segment
    }

    public var description: String { stored }

    public static func < (a: ArticleKey, b: ArticleKey) -> Bool {
        a.file != b.file ? a.file < b.file : a.segment < b.segment
    }

    /// True when `path` is absolute and has no `.`/`..` component nor `//`:
    /// what `standardizedFileURL` would return unchanged (paths from the
    /// index always are, so a warm start builds no URL per article).
    static func isStandard(_ path: String) -> Bool {
        var bytes = path.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "/") else { return false }
        // State machine over the bytes after each `/`.
        var afterSlash = true, dots = 0, length = 1
        while let b = bytes.next() {
            length += 1
            if b == UInt8(ascii: "/") {
                if afterSlash || dots > 0 { return false }  // `//`, `/./`, `/../`
                afterSlash = true
                dots = 0
            } else if b == UInt8(ascii: "."), afterSlash || dots > 0 {
                afterSlash = false
                dots += 1
            } else {
                afterSlash = false
                dots = -1  // a name that is more than dots
            }
        }
        // A trailing `/`, `/.` or `/..` is not standard either (except `/` alone).
        return !((afterSlash && length > 1) || dots > 0)
    }
}
