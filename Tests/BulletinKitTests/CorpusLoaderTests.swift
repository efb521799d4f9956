import Foundation
import Testing
@testable import BulletinKit

/// A scratch folder under the system temporary directory, removed by `cleanup()`.
struct TempDir {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "bulletin-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Data(text.utf8)) }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// Enumerating and loading files and folders.
@Suite struct CorpusLoaderTests {
    @Test func foldersAreWalkedRecursivelyInSortedOrder() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("b/2.txt", "Two.\n")
        try dir.write("a/z.txt", "Zed.\n")
        try dir.write("a/sub/1.txt", "One.\n")
        try dir.write(".git/config", "hidden\n")
        try dir.write("a/.DS_Store", "hidden\n")
        let (files, warnings) = CorpusLoader.enumerateFiles(paths: [dir.path])
        #expect(warnings.isEmpty)
        #expect(files == ["a/sub/1.txt", "a/z.txt", "b/2.txt"].map { dir.path + "/" + $0 })
    }

    @Test func pathOrderIsKeptAndDuplicatesReadOnce() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let b = try dir.write("b.txt", "Bee.\n")
        let a = try dir.write("a.txt", "Ay.\n")
        let (files, _) = CorpusLoader.enumerateFiles(paths: [b, a, b, dir.path])
        #expect(files == [b, a])
    }

    @Test func symlinkLoopsAreFollowedOnce() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("news/one.txt", "One.\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/loop", withDestinationPath: dir.path + "/news")
        try dir.write("other/two.txt", "Two.\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/news/other", withDestinationPath: dir.path + "/other")
        let (files, _) = CorpusLoader.enumerateFiles(paths: [dir.path + "/news"])
        #expect(files == [dir.path + "/news/one.txt", dir.path + "/news/other/two.txt"])
    }

    @Test func missingPathsAndDanglingLinksWarn() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/dangling", withDestinationPath: dir.path + "/gone")
        let missing = dir.path + "/nope"
        let (files, warnings) = CorpusLoader.enumerateFiles(paths: [missing, dir.path])
        #expect(files.isEmpty)
        #expect(warnings.map(\.file) == [missing, dir.path + "/dangling"])
        // A dangling link is named as one (it used to read "no such file or directory" too).
        #expect(warnings.map(\.message) == ["no such file or directory", "broken link to \(dir.path)/gone, skipped"])
    }

    @Test func loadSkipsBadFilesWithOneWarningEach() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("1-good.txt", "Good headline\n\nGood body text.\n")
        try dir.write("2-empty.txt", "")
        try dir.write("3-blank.txt", "\n \n\t\n")
        try dir.write("4-binary.bin", Data([0x00, 0x01, 0x02, 0xFF]))
        try dir.write("5-invalid.txt", Data(Array("Caf".utf8) + [0xE9] + Array(" ouvert.\n".utf8)))
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.id) == ["1-good", "5-invalid"])
        // One Latin-1 byte and nothing else beyond ASCII: read in the legacy charset ICU detects.
        #expect(result.articles[1].body == "Café ouvert.")
        let byFile = Dictionary(grouping: result.warnings, by: { ($0.file as NSString).lastPathComponent })
        #expect(byFile["2-empty.txt"]?.first?.message.contains("empty") == true)
        #expect(byFile["3-blank.txt"]?.first?.message.contains("blank") == true)
        #expect(byFile["4-binary.bin"]?.first?.message.contains("binary") == true)
        #expect(byFile["5-invalid.txt"]?.first?.message.hasPrefix("not UTF-8: decoded as") == true)
        #expect(result.warnings.count == 4)
    }

    @Test func unreadableFileWarns() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = try dir.write("secret.txt", "Text.\n")
        chmod(path, 0)
        let (articles, warnings) = CorpusLoader.loadFile(path: path)
        #expect(articles.isEmpty)
        #expect(warnings.first?.message.contains("permission denied") == true)
    }

    /// A file `size` bytes long that starts with `head`, the rest a hole (no disk space used).
    func sparse(_ dir: TempDir, _ name: String, head: Data, size: Int64) throws -> String {
        let path = try dir.write(name, head)
        #expect(truncate(path, off_t(size)) == 0)
        return path
    }

    /// A 2 GB video in the folder was read whole (2 GB of memory) to learn that it is binary: it is refused from its
    /// first bytes, by both readers (the index's, which knows the size, and the loader's). (64 MB here, so that the
    /// test without the fix costs a machine little.)
    @Test func aLargeBinaryFileIsRefusedFromItsFirstBytes() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let video = try sparse(dir, "video.mp4", head: Data([0, 0, 0, 0x20]) + Data("ftypisom".utf8), size: 64 << 20)
        let expected = "looks binary (NUL byte at offset 0), skipped"
        guard case .failure(let e) = FileReader.read(video) else { Issue.record("read whole"); return }
        #expect(e.description == expected)
        guard case .failure(let e2) = FileReader.read(video, expectedSize: 64 << 20) else { Issue.record("read whole"); return }
        #expect(e2.description == expected)
        #expect(CorpusLoader.loadFile(path: video).warnings.map(\.message) == [expected])
        // UTF-16 without a byte-order mark (NULs at odd offsets only) is still read as text.
        let utf16 = String(repeating: "Minsk and Hanoi sign a trade pact. ", count: 40_000).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let text = try dir.write("utf16.txt", Data(utf16))
        #expect(CorpusLoader.loadFile(path: text).articles.count == 1)
    }

    /// A text file over the article size limit is skipped with a warning before it is read.
    @Test func aFileOverTheSizeLimitIsSkippedUnread() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let head = Data(String(repeating: "Minsk hosts a forum on trade with Vietnam.\n\n", count: 400).utf8)
        let dump = try sparse(dir, "dump.json", head: head, size: 300 << 20)
        let expected = "too large for an article file (300 MB; the limit is 256 MB), skipped"
        guard case .failure(let e) = FileReader.read(dump, expectedSize: 300 << 20) else {
            Issue.record("read whole"); return
        }
        #expect(e.description == expected)
        #expect(CorpusLoader.loadFile(path: dump).warnings.map(\.message) == [expected])
    }

    @Test func parallelLoadMatchesSequentialOrder() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for i in 0..<60 {
            let name = String(format: "%03d.txt", i)
            let body = i % 3 == 0 ? "Story \(i)\n\nBody \(i).\n\nThe second story in file \(i)\n\nMore \(i).\n" : "Body number \(i) here.\n"
            try dir.write(name, body)
        }
        let parallel = CorpusLoader().load(paths: [dir.path]).articles
        let (files, _) = CorpusLoader.enumerateFiles(paths: [dir.path])
        let sequential = files.flatMap { CorpusLoader.loadFile(path: $0).articles }
        #expect(parallel == sequential)
        #expect(parallel.count == 60 + 20)
    }
}

/// The five bundled seed files, parsed.
@Suite struct CorpusSeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path
    static let articles = CorpusLoader().load(paths: [seeds])

    private func article(_ id: String) -> Article? { Self.articles.articles.first { $0.id == id } }

    @Test func allSeedsLoadWithoutWarnings() {
        #expect(Self.articles.warnings.isEmpty)
        #expect(Self.articles.articles.count == 8)
        #expect(Self.articles.articles.map(\.id) == [
            "000_5982e8899487c96f", "001_e52cb4cd3b8fc08c", "002_10a2e1af6788be43#1", "002_10a2e1af6788be43#2",
            "002_10a2e1af6788be43#3", "002_10a2e1af6788be43#4", "003_b7bc8d34644398eb", "004_b089efda03bc9828",
        ])
    }

    @Test func languagesAndDates() {
        let a = Self.articles.articles
        #expect(a.map(\.language) == ["en", "fr", "en", "en", "en", "en", "en", "ar"])
        #expect(a.map(\.date) == ["2025-09-07", nil, nil, nil, nil, nil, "2025-05-06", nil])
    }

    @Test func headlinesAndTitles() {
        #expect(article("001_e52cb4cd3b8fc08c")?.title == "Le secrétaire général Tô Lâm termine avec succès sa visite d'État en Biélorussie")
        #expect(article("002_10a2e1af6788be43#1")?.title == "Highest level of co-operation")
        #expect(article("002_10a2e1af6788be43#2")?.title == "Head of State has held a meeting with Vietnamese Minister of Public Security Lương Tam Quang")
        #expect(article("002_10a2e1af6788be43#4")?.title == "Aleksandr Lukashenko has pardoned another 30 persons convicted of protest crimes")
        let t0 = article("000_5982e8899487c96f")?.title ?? ""
        #expect(t0.hasPrefix("The recent visit of the Belarusian Chairperson"))
        #expect(t0.hasSuffix("…"))
        #expect(article("002_10a2e1af6788be43#3")?.body.hasPrefix("“It is very important") == true)
    }

    @Test func sourcesCaptionsAndDebris() {
        let fr = article("001_e52cb4cd3b8fc08c")
        #expect(fr?.source == "VNA/CVN")
        #expect(fr?.body.contains("Photo") == false)
        #expect(fr?.body.hasPrefix("Durant son séjour") == true)
        let kz = article("003_b7bc8d34644398eb")
        #expect(kz?.source == "VNA")
        // A caption that describes its picture is text, credit and all ("… meets with … (Photo: VNA)").
        #expect(kz?.body.contains("Ashimbayev (Photo: VNA)") == true)
        let ar = article("004_b089efda03bc9828")
        #expect(ar?.url?.hasPrefix("https://www.vietnamplus.vn/") == true)
        #expect(ar?.body.contains("تعليق") == false)
        #expect(ar?.body.contains("المصدر") == false)
        #expect(ar?.body.hasSuffix("في الوقت المناسب.") == true)
        #expect(ar?.raw.hasSuffix("تعليق (0)") == true)
    }
}

@Suite struct CorpusDuplicateIDTests {
    @Test func sameStemInTwoFoldersGetsRelativePathIDs() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("2026-07-30/1.txt", "First one.\n")
        try dir.write("2026-07-31/1.txt", "Headline one\n\nSecond one, first part.\n\nHeadline two of the digest file\n\nSecond one, second part.\n")
        try dir.write("2026-07-31/other.txt", "Unique stem.\n")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.id) == ["2026-07-30/1", "2026-07-31/1#1", "2026-07-31/1#2", "other"])
        #expect(result.warnings.isEmpty)
    }

    @Test func idsDoNotDependOnHowTheRootIsSpelled() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try dir.write("a/x.txt", "One.\n")
        try dir.write("b/x.txt", "Two.\n")
        let plain = CorpusLoader().load(paths: [dir.path]).articles.map(\.id)
        let slashed = CorpusLoader().load(paths: [dir.path + "/"]).articles.map(\.id)
        #expect(plain == ["a/x", "b/x"])
        #expect(slashed == plain)
    }

    @Test func baseIDsFallBackToExtensionThenFullPath() {
        let files = ["/r1/a/x.txt", "/r1/a/x.md", "/r2/a/x.txt", "/r1/y.txt"]
        let bases = ArticleIDs.bases(files: files, roots: ["/r1", "/r2"])
        #expect(bases["/r1/y.txt"] == "y")
        #expect(bases["/r1/a/x.md"] == "a/x.md")
        // a/x.txt is under both roots: the roots' names tell them apart.
        #expect(bases["/r1/a/x.txt"] == "r1/a/x")
        #expect(bases["/r2/a/x.txt"] == "r2/a/x")
        // Two roots of the same name: only the full path does.
        let same = ArticleIDs.bases(files: ["/s/news/x.txt", "/t/news/x.txt"], roots: ["/s/news", "/t/news"])
        #expect(same["/s/news/x.txt"] == "/s/news/x.txt")
        #expect(same["/t/news/x.txt"] == "/t/news/x.txt")
    }

    @Test func summariesAreRewrittenLikeArticles() {
        func summary(_ id: String, _ file: String, _ segment: Int) -> ArticleSummary {
            ArticleSummary(id: id, file: file, segment: segment, title: "t", date: nil, language: "en", source: nil,
                           countries: [], entityNames: [])
        }
        var summaries = [summary("x#1", "/c/a/x.txt", 1), summary("x#2", "/c/a/x.txt", 2), summary("x", "/c/b/x.txt", 1),
                         summary("z", "/c/b/z.txt", 1)]
        // The index keeps absolute paths while the user typed a relative root.
        let cwd = FileManager.default.currentDirectoryPath
        let rel = String(cwd.split(separator: "/").map { _ in ".." }.joined(separator: "/")) + "/c"
        ArticleIDs.disambiguate(&summaries, roots: [rel])
        #expect(summaries.map(\.id) == ["a/x#1", "a/x#2", "b/x", "z"])
    }

    @Test func uniqueIDsAreIdempotentAndFollowTheFileSet() {
        let rows = [(file: "/c/a/x.txt", segment: 1), (file: "/c/a/x.txt", segment: 2), (file: "/c/b/x.txt", segment: 1)]
        #expect(ArticleIDs.uniqueIDs(rows, roots: ["/c"]) == ["a/x#1", "a/x#2", "b/x"])
        // Once b/x.txt is gone, a/x.txt gets its plain stem back.
        #expect(ArticleIDs.uniqueIDs(Array(rows.prefix(2)), roots: ["/c"]) == ["x#1", "x#2"])
        // Order does not matter.
        #expect(ArticleIDs.uniqueIDs(rows.reversed(), roots: ["/c"]) == ["b/x", "a/x#2", "a/x#1"])
    }

    /// Rows sorted by file (as the index gives them) take a path that counts
    /// each file's run instead of hashing every path: it must give what any
    /// other order gives, digests, collisions and fallbacks included.
    @Test func sortedRowsGetTheIDsOfAnyOtherOrder() {
        var rows: [(file: String, segment: Int)] = []
        let files = ["/r1/a/x.txt", "/r1/a/x.md", "/r2/a/x.txt", "/r1/y.txt", "/r1/b/y.txt", "/r1/d/z.txt",
                     "/r2/q.txt", "/r1/c/x.txt", "/r1/é.txt"]
        for (k, file) in files.enumerated() {
            for segment in 1...(k % 3 + 1) { rows.append((file, segment)) }
        }
        let sorted = rows.sorted { ($0.file, $0.segment) < ($1.file, $1.segment) }
        let sortedIDs = ArticleIDs.uniqueIDs(sorted, roots: ["/r1", "/r2"])
        for seed in 0..<5 {
            var shuffled = Array(sorted.enumerated())
            var g = SplitMix(seed: UInt64(seed))  // seeded: the same shuffles on every run
            shuffled.shuffle(using: &g)
            let ids = ArticleIDs.uniqueIDs(shuffled.map(\.element), roots: ["/r1", "/r2"])
            #expect(ids == shuffled.map { sortedIDs[$0.offset] })
        }
        for id in ["r1/a/x", "r2/a/x#3", "a/x.md#2", "c/x#2", "y.txt", "b/y#2", "z#3", "q", "é#3"] {
            #expect(sortedIDs.contains(id), "\(id) in \(sortedIDs)")
        }
    }

    @Test func remainingCollisionsAreReportedOnce() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        // A digest x.txt has x#2; a file named x#2.txt has the same ID.
        let digest = try dir.write("x.txt", "Headline one\n\nFirst.\n\nHeadline two of the digest file\n\nSecond.\n")
        try dir.write("x#2.txt", "Clash.\n")  // sorts first: "#" < "."
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.filter { $0.id == "x#2" }.count == 2)
        #expect(result.warnings.map(\.file) == [digest])
    }
}
