import Foundation

/// What loading a set of paths produced: the articles, in a stable order, and
/// one warning per problem file.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var warnings: [LoadWarning]
    public init(articles: [Article] = [], warnings: [LoadWarning] = []) {
        self.articles = articles
        self.warnings = warnings
    }
}

/// Reads files and folders of articles: enumerate, decode, parse, detect the language.
///
/// Entities are not filled in here (`Corpus.open` runs the extractor).
/// Every function is thread-safe: the index reads changed files from several threads.
public struct CorpusLoader: Sendable {
    public init() {}

    /// Loads every article under `paths` (files or folders, recursive).
    /// Order: path order, then file path, then segment. Files are read in parallel.
    public func load(paths: [String]) -> LoadResult {
        let (files, enumWarnings) = Self.enumerateFiles(paths: paths)
        let results = Self.loadAll(files)
        var result = LoadResult(articles: [], warnings: enumWarnings)
        for r in results {
            result.articles += r.articles
            result.warnings += r.warnings
        }
        // Same-named files in different folders: IDs from their relative paths.
        ArticleIDs.disambiguate(&result.articles, roots: paths)
        result.warnings += ArticleIDs.duplicateWarnings(ids: result.articles.map { ($0.id, $0.file) })
        return result
    }

    /// The files `paths` name, folders expanded recursively (links followed without
    /// looping, hidden entries skipped), sorted within each path; one warning per missing path.
    public static func enumerateFiles(paths: [String]) -> (files: [String], warnings: [LoadWarning]) {
        FileEnumerator.enumerate(paths: paths)
    }

    /// One file: read, decode, parse. Never throws: problems come back as warnings.
    public static func loadFile(path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        let bytes: [UInt8]
        switch FileReader.read(path) {
        case .success(let b): bytes = b
        case .failure(let error): return ([], [LoadWarning(file: path, message: error.description)])
        }
        return loadFile(path: path, bytes: bytes)
    }

    /// One file already read (the index hashes the same bytes it parses).
    static func loadFile(path: String, bytes: [UInt8]) -> (articles: [Article], warnings: [LoadWarning]) {
        let (text, warnings) = ArticleText.decode(bytes, file: path)
        guard let text else { return ([], warnings) }
        var notes: [String] = []
        if let texts = MarkupDocument.plainTexts(text, file: path, notes: &notes) {
            let all = warnings + notes.map { LoadWarning(file: path, message: $0) }
            // A broken JSON file: the notes say where it broke and that it was skipped.
            if texts.isEmpty, !notes.isEmpty { return ([], all) }
            return loadMarkup(texts, path: path, warnings: all)
        }
        let (articles, parseWarnings) = ArticleParser.parseReporting(text: text, file: path, modified: {
            modificationMonth(path)
        })
        if articles.isEmpty {
            return ([], warnings + parseWarnings + [LoadWarning(file: path, message: "no article text found, skipped")])
        }
        return (articles, warnings + parseWarnings)
    }

    /// A web page's or a JSON file's articles (`MarkupDocument`), each text parsed as one article; IDs as a digest's.
    static func loadMarkup(_ texts: [String], path: String, warnings: [LoadWarning]) -> (articles: [Article], warnings: [LoadWarning]) {
        var articles: [Article] = []
        var all = warnings
        for t in texts {
            let (found, parseWarnings) = ArticleParser.parseReporting(text: t, file: path, modified: { modificationMonth(path) }, oneArticle: true)
            articles += found
            all += parseWarnings
        }
        if articles.isEmpty { return ([], all + [LoadWarning(file: path, message: "no article text found in its HTML or JSON, skipped")]) }
        let stem = ArticleParser.fileStem(path)
        for i in articles.indices {
            articles[i].segment = i + 1
            articles[i].id = articles.count == 1 ? stem : "\(stem)#\(i + 1)"
        }
        return (articles, all)
    }

    /// The UTC year and month of `path`'s modification time, for datelines without a year.
    static func modificationMonth(_ path: String) -> (year: Int, month: Int)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let date = attributes[.modificationDate] as? Date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month], from: date)
        guard let y = c.year, let m = c.month else { return nil }
        return (y, m)
    }

    /// Loads `files` on all cores, results in the order of `files`.
    static func loadAll(_ files: [String]) -> [(articles: [Article], warnings: [LoadWarning])] {
        if files.count < 8 { return files.map { loadFile(path: $0) } }
        let box = ConcurrentSlots<(articles: [Article], warnings: [LoadWarning])>(count: files.count, empty: ([], []))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < files.count {
                box.set(i, loadFile(path: files[i]))
                i += workers
            }
        }
        return box.values
    }
}

/// Reads a whole file with POSIX calls, for error messages that say what went
/// wrong, into an uninitialized buffer (no zero-filling on 100,000 files).
enum FileReader {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The largest file read as an article file. A larger one (a video, a disk image, a database dump in a
    /// Downloads folder) is skipped with a warning before any of it is read whole: each file is read into memory
    /// whole, and a 4 GB file got the process killed for lack of memory. JSON and feeds are parsed whole too (the
    /// loader cannot stream them), so they are no exception.
    static let maxArticleFileSize: Int64 = 256 << 20

    /// Files larger than this are sniffed before being read whole: their first `sniffSize` bytes tell most binary
    /// files (`ArticleText.binaryPrefix`). A smaller binary file is read whole and refused by `ArticleText.decode`
    /// (no more memory than the sniff's order; no extra system call for the many small files of an archive).
    static let sniffAbove: Int64 = 1 << 20
    static let sniffSize = 8192

    /// Why the file open as `fd`, `size` bytes long, is not to be read whole: binary by its first bytes, or larger
    /// than `maxArticleFileSize`. Nil for a file `sniffAbove` or smaller, and for one to read.
    static func refusal(fd: Int32, size: Int64) -> ReadError? {
        guard size > sniffAbove else { return nil }
        var head = [UInt8](repeating: 0, count: sniffSize)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        if n > 0, let binary = head.withUnsafeBufferPointer({ ArticleText.binaryPrefix(UnsafeBufferPointer(rebasing: $0[..<n])) }) {
            return ReadError(description: binary.description)
        }
        guard size > maxArticleFileSize else { return nil }
        let mb = Double(size) / Double(1 << 20)
        let shown = mb >= 1024 ? String(format: "%.1f GB", mb / 1024) : String(format: "%.0f MB", mb)
        return ReadError(description: "too large for an article file (\(shown); the limit is \(maxArticleFileSize >> 20) MB), skipped")
    }

    /// Reads a regular file whose size a `stat` just gave (the index lists
    /// and stats every file first): no `fstat`, and one `read` of size + 1
    /// bytes that comes back short at the end of the file, instead of a
    /// second `read` returning 0. A file that grew meanwhile is read to its
    /// end as by `read(_:)`. Two system calls fewer per file.
    static func read(_ path: String, expectedSize: Int64, folders: FolderCache? = nil) -> Result<[UInt8], ReadError> {
        guard expectedSize >= 0 else { return read(path) }
        let fd = folders?.open(path) ?? open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ReadError(description: "cannot read: \(FileEnumerator.errnoMessage(errno))")) }
        defer { close(fd) }
        if let refused = refusal(fd: fd, size: expectedSize) { return .failure(refused) }
        let capacity = Int(expectedSize) + 1
        var failed: Int32 = 0
        var full = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
            count = 0
            while count < buf.count {
                let n = Glibc.read(fd, buf.baseAddress! + count, buf.count - count)
                if n < 0 { if errno == EINTR { continue }; failed = errno; break }
                count += n
                // A short read of a regular file: its end.
                if n == 0 || count < buf.count { break }
            }
            full = count == buf.count
        }
        if failed != 0 {
            if failed == EISDIR { return .failure(ReadError(description: "is a folder")) }
            return .failure(ReadError(description: "cannot read: \(FileEnumerator.errnoMessage(failed))"))
        }
        guard full else { return .success(bytes) }
        // Larger than `stat` said (it grew since): the rest as `read(_:)` reads it.
        switch read(path) {
        case .success(let all): bytes = all
        case .failure(let error): return .failure(error)
        }
        return .success(bytes)
    }

    /// The folder of the last file opened, held open, so that the next file
    /// of the same folder is opened relative to it (`openat`): the kernel
    /// then looks up one name instead of walking the whole path, a good part
    /// of opening each of 100,000 files whose paths run eight folders deep.
    /// One per thread (not `Sendable`). A file whose folder cannot be opened
    /// is opened by its path, so errors read as before.
    final class FolderCache {
        private var folder = ""
        private var fd: Int32 = -1

        init() {}
        deinit { if fd >= 0 { close(fd) } }

        /// `open(path, O_RDONLY | O_CLOEXEC)`, through the folder's descriptor when it is the last one's.
        func open(_ path: String) -> Int32 {
            let u = path.utf8
            guard let slash = u.lastIndex(of: 0x2F), slash != u.startIndex, u.index(after: slash) != u.endIndex else {
                return Glibc.open(path, O_RDONLY | O_CLOEXEC)
            }
            let dir = Substring(u[..<slash])
            if fd < 0 || dir != folder {
                if fd >= 0 { close(fd) }
                folder = String(dir)
                fd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if fd < 0 { return Glibc.open(path, O_RDONLY | O_CLOEXEC) }
            }
            return openat(fd, String(Substring(u[u.index(after: slash)...])), O_RDONLY | O_CLOEXEC)
        }
    }

    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        func failure() -> Result<[UInt8], ReadError> {
            .failure(ReadError(description: "cannot read: \(FileEnumerator.errnoMessage(errno))"))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return failure() }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return failure() }
        if st.st_mode & S_IFMT == S_IFDIR { return .failure(ReadError(description: "is a folder")) }
        if let refused = refusal(fd: fd, size: Int64(st.st_size)) { return .failure(refused) }
        // Size from fstat, plus one byte to notice a file that grew (or a size-0 special file).
        var capacity = Int(st.st_size) + 1
        var bytes: [UInt8] = []
        while true {
            var failed = false
            let old = bytes.count
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity - old) { buf, count in
                count = 0
                while count < buf.count {
                    let n = Glibc.read(fd, buf.baseAddress! + count, buf.count - count)
                    if n < 0 { if errno == EINTR { continue }; failed = true; break }
                    if n == 0 { break }
                    count += n
                }
            }
            if old == 0 { bytes = chunk } else { bytes += chunk }
            if failed { return failure() }
            if bytes.count < capacity { return .success(bytes) }  // end of file reached
            capacity *= 2
        }
    }
}
