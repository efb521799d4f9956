import Foundation
import Testing
@testable import BulletinKit

/// How a user's entities file is read (session 37's review): Windows line ends, UTF-16 from Excel, the
/// messages about bad entries.
@Suite struct KnowledgeBaseFileTests {
    let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("kbfile-\(UUID().uuidString)")

    func write(_ bytes: [UInt8], name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func write(_ text: String, name: String) throws -> URL { try write(Array(text.utf8), name: name) }

    func load(_ url: URL) -> (KnowledgeBase, [String]) {
        let (kb, problems) = KnowledgeBase.withUserEntries(extraFile: url.path, environment: ["HOME": "/nonexistent"])
        // Only the file's own entries: the bundled base comes first.
        let own = KnowledgeBase(entities: Array(kb.entities.suffix(from: KnowledgeBase.bundled.entities.count)))
        return (own, problems.map(\.description))
    }

    static let entries = [KnowledgeEntity(name: "Zorblax Industries", type: .organization, aliases: ["ZBX"]),
                          KnowledgeEntity(name: "Acme Widgets", type: .organization)]

    /// Review bug 3: a CRLF file was one "line" to the parser (in a Swift string "\r\n" is one character): the alias
    /// was "ZBX\r\nAcme Widgets" and the second entry was lost, without a word.
    @Test(arguments: ["\r\n", "\r"])
    func aTSVWithWindowsOrOldMacLineEndsReadsAsWithUnixOnes(end: String) throws {
        let url = try write("# mine" + end + "Zorblax Industries\torganization\tZBX" + end + "Acme Widgets\torganization" + end
                            + end + "broken" + end, name: "crlf.tsv")
        let (kb, problems) = load(url)
        #expect(kb.entities == Self.entries)
        // Line numbers count the lines as an editor shows them.
        #expect(problems == [url.path + ": line 5: expected name<TAB>type[<TAB>alias|alias…], skipped"])
    }

    @Test func theCRLFFileLinksItsAliasInExtraction() throws {
        let url = try write("Zorblax Industries\torganization\tZBX\r\nAcme Widgets\torganization\r\n", name: "crlf.tsv")
        let (kb, _) = KnowledgeBase.withUserEntries(extraFile: url.path, environment: ["HOME": "/nonexistent"])
        let e = EntityExtractor(knowledgeBase: kb).extract(
            title: "", body: "Acme Widgets announced.\n\nAcme Widgets and Zorblax Industries signed a deal in Minsk today with ZBX.\n",
            language: "en")
        let zorblax = e.entities.first { $0.name == "Zorblax Industries" }
        #expect(zorblax?.mentions == 2, "\(e.entities.map { ($0.name, $0.type, $0.mentions) })")
        #expect(e.entities.first { $0.name == "Acme Widgets" }?.type == .organization)
        #expect(!e.entities.contains { $0.name == "ZBX" })
    }

    /// Excel's "Unicode text" is UTF-16 with a byte-order mark, as article files may be: read, not refused as
    /// "not UTF-8 text"; a UTF-8 byte-order mark is no part of the first name.
    @Test func utf16AndUTF8WithAByteOrderMarkAreRead() throws {
        let text = "Zorblax Industries\torganization\tZBX\r\nAcme Widgets\torganization\r\n"
        let le = try write([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "le.tsv")
        let be = try write([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, name: "be.tsv")
        let bom = try write([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "bom.tsv")
        for url in [le, be, bom] {
            let (kb, problems) = load(url)
            #expect(kb.entities == Self.entries, "\(url.lastPathComponent)")
            #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems)")
        }
        let json = #"{"entities": [{"name": "Zorblax Industries", "type": "organization", "aliases": ["ZBX"]}]}"#
        let jsonLE = try write([0xFF, 0xFE] + json.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "le.json")
        #expect(load(jsonLE).0.entities == [Self.entries[0]])
    }

    /// UTF-16 without a byte-order mark, or a legacy charset, is refused in one line that says what to do.
    @Test func textThatIsNeitherUTF8NorMarkedUTF16IsRefusedClearly() throws {
        let text = "Zorblax Industries\torganization\n"
        let noMark = try write(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "nomark.tsv")
        let latin1 = try write([0x5A, 0xE9, 0x09] + Array("place\n".utf8), name: "latin1.tsv")
        for url in [noMark, latin1] {
            let (kb, problems) = load(url)
            #expect(kb.entities.isEmpty)
            #expect(problems == [url.path + ": not UTF-8 text (save it as UTF-8, or as UTF-16 with a byte-order mark)"])
        }
    }

    /// Polish: the British spelling is a type; one more bad entry is an "entry"; a JSON entry says what it lacks.
    @Test func messagesAboutBadEntriesSayWhatIsWrong() throws {
        let tsv = try write("A\torganisation\nB\tOrganisation\tBB\nx\nC\trobot\nD\n\tplace\n", name: "k.tsv")
        let (kb, problems) = load(tsv)
        #expect(kb.entities.map(\.name) == ["A", "B"])
        #expect(kb.entities.allSatisfy { $0.type == .organization })
        #expect(problems.last == tsv.path + ": and 1 more bad entry, skipped")
        let json = try write(#"[{"name": "X", "type": "person"}, {"name": "Y"}, {"type": "place"}, {"name": 3, "type": "place"}, "Z", "#
                             + #"{"name": "W", "type": 1}]"#, name: "k.json")
        let (_, jsonProblems) = load(json)
        let shape = #"(expected {"name": …, "type": …, "aliases": […]}), skipped"#
        #expect(jsonProblems == [
            json.path + #": entity 2 (Y): no "type" "# + shape,
            json.path + #": entity 3: no "name" "# + shape,
            json.path + ": entity 4: the name is not a string " + shape,
            json.path + ": and 2 more bad entries, skipped",
        ])
    }

    /// A TSV saved as `entities.txt` is read as JSON: the message says why, in the corpus files' wording.
    @Test func aFileNotNamedTSVIsReadAsJSONAndTheMessageSaysWhy() throws {
        let txt = try write("Zorblax Industries\torganization\n", name: "entities.txt")
        #expect(load(txt).1 == [txt.path + ": not valid JSON (unexpected 'Z' at line 1, column 1); read as JSON because its name does not end in .tsv"])
        let json = try write("Zorblax", name: "entities.json")
        #expect(load(json).1 == [json.path + ": not valid JSON (unexpected 'Z' at line 1, column 1)"])
    }
}
