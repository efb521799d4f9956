import Foundation

/// One well-known entity with its names across languages and scripts.
public struct KnowledgeEntity: Sendable, Hashable, Codable {
    /// Canonical (English) name.
    public var name: String
    public var type: EntityType
    /// Other names: spellings, translations, transliterations, acronyms. A trailing `~` marks a
    /// Cyrillic stem that may take case endings ("Минск~" matches "Минске").
    public var aliases: [String]

    public init(name: String, type: EntityType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

/// Why a knowledge-base file could not be used: names the file and the problem, on one line.
public struct KnowledgeBaseError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var message: String
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
    public var description: String { "\(file): \(message)" }
}

/// A list of well-known entities: the bundled file plus the user's own.
///
/// File formats (chosen by extension):
/// - `.json`: `{"entities": [{"name": …, "type": "person|organization|place", "aliases": [...]}]}` or a bare array;
/// - `.tsv`: `name<TAB>type<TAB>alias|alias|…` per line, `#` starts a comment.
public struct KnowledgeBase: Sendable, Hashable {
    public var entities: [KnowledgeEntity]

    public init(entities: [KnowledgeEntity] = []) {
        self.entities = entities
    }

    /// The knowledge base shipped in the package's resources: `knowledge-base.json` merged with
    /// the place gazetteer `places.json` (capitals, large cities, first-level regions), kept in
    /// its own file because it is long and purely geographic. A gazetteer entry named like a
    /// knowledge-base entry adds its aliases to it.
    public static let bundled: KnowledgeBase = {
        var kb = KnowledgeBase()
        for file in ["knowledge-base.json", "places.json"] {
            guard let url = EntityResources.url(file), let part = try? KnowledgeBase.load(contentsOf: url) else { continue }
            kb = kb.entities.isEmpty ? part : kb.merging(part)
        }
        return kb
    }()

    /// `self` followed by `other`'s entries (a user entry whose name equals a bundled one adds aliases to it).
    public func merging(_ other: KnowledgeBase) -> KnowledgeBase {
        var result = self
        var index: [String: Int] = [:]
        for (i, e) in result.entities.enumerated() { index[TextFolding.key(e.name)] = i }
        for e in other.entities {
            if let i = index[TextFolding.key(e.name)], result.entities[i].type == e.type {
                result.entities[i].aliases += e.aliases.filter { !result.entities[i].aliases.contains($0) }
            } else {
                index[TextFolding.key(e.name)] = result.entities.count
                result.entities.append(e)
            }
        }
        return result
    }

    /// Reads a `.json` or `.tsv` knowledge-base file; its first bad line or entry is an error (the bundled files
    /// must be whole).
    public static func load(contentsOf url: URL) throws -> KnowledgeBase {
        let (kb, problems) = try loadReporting(contentsOf: url)
        if let first = problems.first { throw first }
        return kb
    }

    /// The most bad lines or entries of one file reported one by one; the rest are counted in one more line.
    static let problemsShown = 3

    /// Reads a `.json` or `.tsv` knowledge-base file, keeping its good entries: each bad line or entry is skipped and
    /// reported (at most `problemsShown`, then "and N more"), one line each naming the file. One mistyped type in a
    /// user's file dropped the whole file, with a warning about that line alone. Throws when the file as a whole
    /// cannot be read (missing, not UTF-8, not JSON, not a list of entities).
    public static func loadReporting(contentsOf url: URL) throws -> (KnowledgeBase, [KnowledgeBaseError]) {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            // A mistyped `--entities` path is the usual case: say so plainly.
            let exists = FileManager.default.fileExists(atPath: path)
            throw KnowledgeBaseError(file: path, message: exists ? "cannot read the file" : "no such file")
        }
        guard let text = decodeText(data) else {
            throw KnowledgeBaseError(file: path, message: "not UTF-8 text (save it as UTF-8, or as UTF-16 with a byte-order mark)")
        }
        var problems: [String] = []
        let isTSV = url.pathExtension.lowercased() == "tsv"
        let kb: KnowledgeBase
        if isTSV {
            kb = parseTSV(text, problems: &problems)
        } else {
            // The bytes as they are when they are plain UTF-8 (the bundled files), else the decoded text's.
            let utf8 = data.first == 0xEF || data.first == 0xFF || data.first == 0xFE ? Data(text.utf8) : data
            do { kb = try parseJSON(utf8, file: path, problems: &problems) } catch var error as KnowledgeBaseError {
                // A TSV saved as `entities.txt` read as JSON: say why it was read as JSON.
                if url.pathExtension.lowercased() != "json" {
                    error.message += "; read as JSON because its name does not end in .tsv"
                }
                throw error
            }
        }
        var errors = problems.prefix(problemsShown).map { KnowledgeBaseError(file: path, message: $0) }
        if problems.count > problemsShown {
            let more = problems.count - problemsShown
            errors.append(KnowledgeBaseError(file: path, message: "and \(more) more bad \(more == 1 ? "entry" : "entries"), skipped"))
        }
        return (kb, errors)
    }

    /// A knowledge-base file's text: UTF-8 with or without a byte-order mark, or UTF-16 with one (what Excel's
    /// "Unicode text" writes; article files are read so too). Nil for anything else (a legacy charset).
    static func decodeText(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(validating: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            guard bytes.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
                i += 2
            }
            return String(validating: units, as: UTF16.self)
        }
        // A NUL is no text (UTF-16 without a byte-order mark reads as UTF-8 with a NUL in every other byte).
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The entity type a file names: `person`, `organization` (or the British `organisation`) or `place`, in any case.
    static func entryType(_ name: String) -> EntityType? {
        // The bundled files' thousands of entries write the type as it is spelt: answered without trimming and
        // lowercasing a copy (26 million instructions once per process).
        switch name {
        case "person": return .person
        case "organization": return .organization
        case "place": return .place
        default: break
        }
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let type = EntityType(rawValue: key == "organisation" ? "organization" : key), type != .country else { return nil }
        return type
    }

    static func parseJSON(_ data: Data, file: String) throws -> KnowledgeBase {
        var problems: [String] = []
        let kb = try parseJSON(data, file: file, problems: &problems)
        if let first = problems.first { throw KnowledgeBaseError(file: file, message: first) }
        return kb
    }

    /// `{"entities": [entry, …]}` or a bare array of entries, an entry `{"name": …, "type": …, "aliases": […]}`;
    /// an entry that is not one goes to `problems` (its number and name) and the others are kept.
    static func parseJSON(_ data: Data, file: String, problems: inout [String]) throws -> KnowledgeBase {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data) } catch {
            let at = JSONSyntax.problem(Substring(String(decoding: data, as: UTF8.self)))
                .map { "\($0.what) at line \($0.line), column \($0.column)" }
            throw KnowledgeBaseError(file: file, message: "not valid JSON (\(at ?? (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))")
        }
        guard let entries = ((value as? [String: Any])?["entities"] ?? value) as? [Any] else {
            throw KnowledgeBaseError(file: file, message: "expected {\"entities\": [{\"name\", \"type\", \"aliases\"}]}")
        }
        var out: [KnowledgeEntity] = []
        for (n, raw) in entries.enumerated() {
            let e = raw as? [String: Any]
            let name = e?["name"] as? String
            let label = "entity \(n + 1)" + (name.map { " (\($0))" } ?? "")
            guard let e, let name, let typeName = e["type"] as? String else {
                // Say what is wrong, then the shape expected.
                let what: String
                if e == nil {
                    what = "not an object"
                } else if e?["name"] == nil {
                    what = "no \"name\""
                } else if name == nil {
                    what = "the name is not a string"
                } else if e?["type"] == nil {
                    what = "no \"type\""
                } else {
                    what = "the type is not a string"
                }
                problems.append("\(label): \(what) (expected {\"name\": …, \"type\": …, \"aliases\": […]}), skipped")
                continue
            }
            guard let type = entryType(typeName) else {
                problems.append("\(label): unknown type \"\(typeName)\" (person, organization or place), skipped")
                continue
            }
            guard !LexiconSetup.trimmedInlineWhitespace(name).isEmpty else {
                problems.append("entity \(n + 1): empty name, skipped")
                continue
            }
            guard e["aliases"] == nil || e["aliases"] is NSNull || e["aliases"] is [String] else {
                problems.append("\(label): aliases must be a list of names, skipped")
                continue
            }
            out.append(KnowledgeEntity(name: name, type: type, aliases: e["aliases"] as? [String] ?? []))
        }
        return KnowledgeBase(entities: out)
    }

    static func parseTSV(_ text: String, file: String) throws -> KnowledgeBase {
        var problems: [String] = []
        let kb = parseTSV(text, problems: &problems)
        if let first = problems.first { throw KnowledgeBaseError(file: file, message: first) }
        return kb
    }

    /// `name<TAB>type[<TAB>alias|alias…]` per line; a bad line goes to `problems` (its number) and the others are kept.
    static func parseTSV(_ text: String, problems: inout [String]) -> KnowledgeBase {
        var out: [KnowledgeEntity] = []
        var firstRow = true
        // CRLF (Excel, Windows), CR or LF: in a String "\r\n" is one Character, so a split at "\n" alone kept a
        // Windows file whole on one "line" (its last alias "ZBX\r\nAcme Widgets", the next entries lost).
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (n, raw) in lines.enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // A spreadsheet's header row ("name<TAB>type<TAB>aliases") names the columns: skipped.
            defer { firstRow = false }
            if firstRow, fields.count >= 2, fields[1].trimmingCharacters(in: .whitespaces).lowercased() == "type" { continue }
            guard fields.count >= 2 else {
                problems.append("line \(n + 1): expected name<TAB>type[<TAB>alias|alias…], skipped")
                continue
            }
            guard let type = entryType(fields[1]) else {
                problems.append("line \(n + 1): unknown type \"\(fields[1])\" (person, organization or place), skipped")
                continue
            }
            guard !fields[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append("line \(n + 1): empty name, skipped")
                continue
            }
            let aliases = fields.count > 2 ? fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            out.append(KnowledgeEntity(name: fields[0].trimmingCharacters(in: .whitespaces), type: type, aliases: aliases))
        }
        return KnowledgeBase(entities: out)
    }

    /// The user's own entry files that exist: `entities.json` / `.tsv` under
    /// `$XDG_CONFIG_HOME/bulletin/` (default `~/.config/bulletin/`).
    public static func userEntryFiles(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let configHome: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            configHome = URL(fileURLWithPath: xdg)
        } else {
            configHome = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        }
        return ["json", "tsv"].map { configHome.appendingPathComponent("bulletin/entities.\($0)") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// User entries: `~/.config/bulletin/entities.json` / `.tsv` (or under `$XDG_CONFIG_HOME`), then `extraFile`.
    /// Returns the bundled base merged with every readable file's good entries, and a warning per bad file or
    /// bad line or entry (`loadReporting`).
    public static func withUserEntries(extraFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (KnowledgeBase, [KnowledgeBaseError]) {
        var files = userEntryFiles(environment: environment)
        if let extra = extraFile { files.append(URL(fileURLWithPath: extra)) }
        var kb = bundled
        var errors: [KnowledgeBaseError] = []
        for url in files {
            do {
                let (part, problems) = try loadReporting(contentsOf: url)
                kb = kb.merging(part)
                errors += problems
            } catch let e as KnowledgeBaseError { errors.append(e) } catch {
                errors.append(KnowledgeBaseError(file: url.path, message: "\(error)"))
            }
        }
        return (kb, errors)
    }
}

/// Locates the data files under `Resources/entities/` in the module bundle.
enum EntityResources {
    static func url(_ name: String) -> URL? {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        if let u = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources/entities") { return u }
        if let u = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "entities") { return u }
        return Bundle.module.url(forResource: base, withExtension: ext)
    }
}
