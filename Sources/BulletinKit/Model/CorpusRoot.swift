import Foundation

/// A corpus path as the index, the reading marks and the list's session state
/// know it: with its links resolved. `~/news` linked to `/data/news` is one
/// archive; opened through the link it had no marks, no place, no filters, and
/// a second full index.
public enum CorpusRoot {
    /// `path` with its links resolved (`realpath`), when that changes it; else
    /// `path` as given, so that a path without links (the usual case) keeps the
    /// form the user typed (messages show it). A path that does not exist is kept.
    public static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let real = realPath(absolute), real != absolute else { return path }
        return real
    }

    /// Every path `resolved`.
    public static func resolved(_ paths: [String]) -> [String] { paths.map(resolved) }

    /// `path` `resolved`, absolute and standardized (`..` and `.` gone): how the index records the
    /// roots it was made from and compares them. Recorded as typed (`small`), a root named no folder once
    /// the run's directory was left: `bulletin indexes` showed `small`, and pruning could not tell that the
    /// corpus was gone. An index that recorded a root as typed is updated to this form by its next open.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: resolved(path)).standardizedFileURL.path
    }

    /// Every path `absolute`.
    public static func absolute(_ paths: [String]) -> [String] { paths.map(absolute) }

    /// `realpath(3)` of `path`; nil when it cannot be resolved (no such file).
    @Sendable public static func realPath(_ path: String) -> String? {
        guard let c = realpath(path, nil) else { return nil }
        defer { free(c) }
        return String(cString: c)
    }
}
