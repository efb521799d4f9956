import Foundation

/// Paths in messages as the user typed them.
///
/// The index keys files by absolute path (so the same corpus opened from
/// another folder is the same index), and its warnings came out absolute:
/// `/home/me/news/missing: no such file or directory`, where `--no-index` said
/// `missing: no such file or directory`. Messages now use the typed form both
/// ways: it is what the user can match with their command line.
public enum TypedPath {
    /// `file` with the absolute form of one of `roots` at its start put back
    /// as typed (the first root that holds it, as the file walk reads roots
    /// in order); unchanged when no root holds it.
    public static func display(_ file: String, roots: [String]) -> String {
        guard file.hasPrefix("/") else { return file }
        // The root as typed, then with its links resolved (the form the index reads it in: `CorpusRoot`).
        for resolving in [false, true] {
            for root in roots {
                let absolute = URL(fileURLWithPath: resolving ? CorpusRoot.resolved(root) : root).standardizedFileURL.path
                if file == absolute { return root }
                let prefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
                guard file.hasPrefix(prefix) else { continue }
                let rest = file.dropFirst(prefix.count)
                // Joined as the file walk joins a folder and a name.
                return root.hasSuffix("/") ? root + rest : root + "/" + rest
            }
        }
        return file
    }

    /// Every warning's file `display`ed against `roots`.
    public static func display(_ warnings: [LoadWarning], roots: [String]) -> [LoadWarning] {
        warnings.map { LoadWarning(file: display($0.file, roots: roots), message: $0.message) }
    }
}
