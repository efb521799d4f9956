import Foundation

/// Expands input paths into the list of files to read: folders recursively,
/// symbolic links followed (a link back up the tree is visited once, never
/// looped), hidden entries inside folders skipped, each path's files sorted.
enum FileEnumerator {
    static func enumerate(paths: [String]) -> (files: [String], warnings: [LoadWarning]) {
        let (found, warnings) = enumerateWithFingerprints(paths: paths)
        return (found.map(\.path), warnings)
    }

    /// The same files, each with the size and modification time of the
    /// `stat` that found it: the index compares them with what it stored
    /// without a second `stat` of every file (0.75 s of CPU at 100,000 files).
    static func enumerateWithFingerprints(paths: [String])
        -> (files: [(path: String, fingerprint: FileFingerprint)], warnings: [LoadWarning]) {
        var files: [(path: String, fingerprint: FileFingerprint)] = []
        var warnings: [LoadWarning] = []
        var seenFiles = Set<FileID>()
        for path in paths {
            var found: [Found] = []
            var visitedDirs = Set<FileID>()
            guard let info = FileID.lookup(path) else {
                warnings.append(LoadWarning(file: path, message: lookupFailure(path, errno)))
                continue
            }
            if info.isDirectory {
                walk(path, id: info.id, into: &found, visited: &visitedDirs, warnings: &warnings)
                found.sort { $0.path < $1.path }
            } else if info.isRegular {
                found = [Found(path: path, id: info.id, fingerprint: info.fingerprint)]
            } else {
                warnings.append(LoadWarning(file: path, message: "not a regular file or folder, skipped"))
            }
            for file in found {
                // The same file reached twice (two arguments, or a link) is read once.
                if !seenFiles.insert(file.id).inserted { continue }
                files.append((file.path, file.fingerprint))
            }
        }
        return (files, warnings)
    }

    /// A file found by the walk.
    struct Found {
        var path: String
        var id: FileID
        var fingerprint: FileFingerprint
    }

    private static func walk(_ dir: String, id: FileID, into files: inout [Found], visited: inout Set<FileID>,
                             warnings: inout [LoadWarning]) {
        guard visited.insert(id).inserted else { return }
        // `opendir` and `fstatat` relative to the folder: `FileManager`'s
        // listing and a `stat` of every full path walked the whole path again
        // for each of 100,000 files, on the one thread that runs before any
        // file is read.
        guard let handle = opendir(dir) else {
            warnings.append(LoadWarning(file: dir, message: "cannot read folder (\(errnoMessage(errno)))"))
            return
        }
        defer { closedir(handle) }
        var entries: [String] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if !name.hasPrefix(".") { entries.append(name) }
        }
        if errno != 0 {
            warnings.append(LoadWarning(file: dir, message: "cannot read folder (\(errnoMessage(errno)))"))
            return
        }
        let fd = dirfd(handle)
        for name in entries.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            guard let info = FileID.lookup(name, in: fd) ?? (fd < 0 ? FileID.lookup(path) : nil) else {
                warnings.append(LoadWarning(file: path, message: lookupFailure(path, errno)))  // e.g. a dangling link
                continue
            }
            if info.isDirectory {
                walk(path, id: info.id, into: &files, visited: &visited, warnings: &warnings)
            } else if info.isRegular {
                files.append(Found(path: path, id: info.id, fingerprint: info.fingerprint))
            }
        }
    }

    /// Why `stat` failed on `path`: a symbolic link whose target is missing is
    /// said to be one ("no such file or directory" about a file `ls` lists reads as a bug).
    static func lookupFailure(_ path: String, _ code: Int32) -> String {
        if code == ENOENT, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            return "broken link to \(target), skipped"
        }
        return errnoMessage(code)
    }

    static func errnoMessage(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    static func describe(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
            return errnoMessage(posix.code.rawValue)
        }
        return error.localizedDescription
    }
}

/// Device and inode: identifies a file or folder whatever path reaches it.
struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    /// `stat` (following links): the file's identity, type, size and time, or nil with `errno` set.
    static func lookup(_ path: String) -> (id: FileID, isDirectory: Bool, isRegular: Bool, fingerprint: FileFingerprint)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return info(st)
    }

    /// The same for `name` in the open folder `folder` (`fstatat`, following links); nil when `folder` < 0.
    static func lookup(_ name: String, in folder: Int32) -> (id: FileID, isDirectory: Bool, isRegular: Bool, fingerprint: FileFingerprint)? {
        guard folder >= 0 else { return nil }
        var st = stat()
        guard fstatat(folder, name, &st, 0) == 0 else { return nil }
        return info(st)
    }

    static func info(_ st: stat) -> (id: FileID, isDirectory: Bool, isRegular: Bool, fingerprint: FileFingerprint) {
        let type = st.st_mode & S_IFMT
        return (FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)), type == S_IFDIR, type == S_IFREG,
                FileFingerprint(st))
    }
}

extension CocoaError {
    var underlying: Error? { userInfo[NSUnderlyingErrorKey] as? Error }
}
