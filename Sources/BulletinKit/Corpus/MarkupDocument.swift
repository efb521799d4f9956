import Foundation

/// Article files that are not plain text: saved web pages (HTML), saved feeds (RSS, Atom) and exports of news APIs
/// and scrapers (JSON, JSON Lines), turned into the plain format the parser reads (a headline, a date, paragraphs
/// between blank lines, a source line), one text per article.
///
/// A journalist's archive mixes the wire's text files with pages saved from a browser, feeds and a scraper's JSON;
/// read as text, a page showed "<!DOCTYPE html>" as its title and its scripts as its body. Recognized strictly, so
/// that no text article changes: HTML by its opening (`<!DOCTYPE html`, `<html`) or by a `.html`/`.htm` name and a
/// first character `<`; a feed by `<rss`, `<feed` or `<rdf:RDF` near the top; JSON by a first character `{` or `[`
/// and a parse that finds an article (a string field such as `body`, `text`, `content` or `articleBody`). Anything
/// else is nil: read as text.
public enum MarkupDocument {
    /// The articles of `text` in the plain format, or nil when `text` is no markup this reads.
    public static func plainTexts(_ text: String, file: String) -> [String]? {
        var notes: [String] = []
        return plainTexts(text, file: file, notes: &notes)
    }

    /// The same, with what was wrong in a file read as markup (a `.json` that does not parse, a JSON Lines file's bad
    /// lines) in `notes`, one line each. No text with notes: the notes say why the file was skipped.
    public static func plainTexts(_ text: String, file: String, notes: inout [String]) -> [String]? {
        // (One byte decides for nearly every text file: this runs for each file of an archive.)
        guard let first = firstSignificantByte(text), first == UInt8(ascii: "<") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        let ext = fileExtension(file)
        if first == UInt8(ascii: "<") {
            if ["html", "htm", "xhtml", "shtml"].contains(ext) || opensAsHTML(text) {
                return HTMLPage(text).plainText.map { [$0] } ?? []
            }
            guard opensAsFeed(text) else { return nil }
            return FeedArticles.records(text).compactMap(\.plainText)
        }
        // A `.json` file that parses but holds no article says so, and one that does not parse says where it broke
        // (a truncated download read as one article of raw JSON hid every good record); other text in braces is read
        // as text.
        let jsonName = ["json", "jsonl", "ndjson"].contains(ext)
        var problems: [String] = []
        guard let records = JSONArticles.records(text, named: jsonName ? ext : nil, problems: &problems) else {
            if jsonName, !problems.isEmpty { notes += problems; return [] }
            return jsonName && JSONArticles.isJSON(text) ? [] : nil
        }
        notes += problems
        let texts = records.compactMap { $0.plainText }
        return texts.isEmpty && !jsonName ? nil : texts
    }

    /// The first byte that is not white space or a byte-order mark.
    static func firstSignificantByte(_ text: String) -> UInt8? {
        var bom = 0
        for b in text.utf8 {
            // (U+FEFF is EF BB BF.)
            if bom < 3, b == [0xEF, 0xBB, 0xBF][bom] { bom += 1; continue }
            bom = 3
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { continue }
            return b
        }
        return nil
    }

    static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// `<!DOCTYPE html`, `<html` or an XML declaration before `<html`, in the first kilobyte.
    static func opensAsHTML(_ text: String) -> Bool {
        let head = String(decoding: text.utf8.prefix(1024), as: UTF8.self).lowercased()
        guard let lt = head.firstIndex(of: "<") else { return false }
        let rest = head[lt...]
        if rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") { return true }
        return rest.hasPrefix("<?xml") && rest.contains("<html")
    }

    /// An RSS or Atom feed: `<rss` or `<feed` (after an XML declaration or comments) in the first kilobyte, before any
    /// `<html`.
    static func opensAsFeed(_ text: String) -> Bool {
        let head = String(decoding: text.utf8.prefix(1024), as: UTF8.self).lowercased()
        guard let feed = head.range(of: "<rss") ?? head.range(of: "<feed") ?? head.range(of: "<rdf:rdf") else { return false }
        return head.range(of: "<html").map { $0.lowerBound > feed.lowerBound } ?? true
    }

    /// One article's fields, written out in the plain format.
    struct Fields {
        var title = ""
        var date: String?
        var paragraphs: [String] = []
        var source: String?
        var url: String?

        /// Nil when there is neither a title nor a paragraph.
        var plainText: String? {
            let title = collapse(self.title)
            let body = paragraphs.map(collapse).filter { !$0.isEmpty }
            guard !title.isEmpty || !body.isEmpty else { return nil }
            var lines: [String] = []
            if !title.isEmpty {
                // The headline, then the date as a paragraph of its own (the parser's bare ISO date after a headline;
                // a date line before the headline would make it body text). A final full stop would make it a sentence.
                lines.append(title.hasSuffix(".") ? String(title.dropLast()) : title)
                lines.append("")
                if let d = date { lines.append(d); lines.append("") }
            } else if let d = date {
                lines.append("date \(d)")
            }
            for p in body { lines.append(p); lines.append("") }
            switch (source.map(collapse), url) {
            case let (name?, url?) where !name.isEmpty: lines.append("Source: \(name) \(url)")
            case let (_, url?): lines.append(url)
            case let (name?, nil) where !name.isEmpty: lines.append("Source: \(name)")
            default: break
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// White space runs (newlines and no-break spaces included) made one space, the ends trimmed.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for c in s.unicodeScalars {
            // ASCII's white space without a look-up of the scalar's properties (an eighth of the parse of a large JSON file).
            if c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace || c == "\u{00A0}" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// `YYYY-MM-DD` from the start of an ISO date or date-time ("2025-12-03T08:15:00+03:00"), when it is a real date.
    static func isoDate(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), s.utf8.count >= 10 else { return nil }
        let d = String(s.prefix(10))
        let u = Array(d.utf8)
        guard u[4] == 0x2D, u[7] == 0x2D, let y = Int(d.prefix(4)), let m = Int(d.dropFirst(5).prefix(2)), let day = Int(d.suffix(2)),
              ArticleParser.isCalendarDate(year: y, month: m, day: day) else { return nil }
        return d
    }
}

// MARK: - HTML

/// A web page read with a tolerant scanner (no DOM: pages are often broken): the article's region (`<article>`, else
/// `<main>`, else `<body>`), its headline (the first `<h1>`, else `og:title`, else `<title>`), its date (`<time
/// datetime>`, `article:published_time` and the usual `<meta>` names, JSON-LD's `datePublished`), its address
/// (`<link rel="canonical">`, `og:url`) and site name, and its paragraphs: block elements' text, entities decoded,
/// scripts, styles, navigation, headers, footers, asides and forms left out.
struct HTMLPage {
    let fields: MarkupDocument.Fields

    var plainText: String? { fields.plainText }

    /// Elements whose content is never article text. (A figure's caption is a paragraph: read as a text file's, a
    /// credit alone leaves the body and a description stays, with the people and places it names.)
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
                                       "form", "button", "select", "iframe", "head", "object", "canvas"]
    /// Elements that end a paragraph.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                                      "ol", "blockquote", "pre", "table", "tr", "br", "dd", "dt", "dl", "hr", "address", "body",
                                      "figure", "figcaption"]

    init(_ html: String) {
        let tags = HTMLScanner.scan(html)
        var f = MarkupDocument.Fields()
        // Head facts.
        var metaTitle: String?, pageTitle: String?
        var inTitle = false
        var titleText = ""
        for t in tags {
            switch t {
            case .open(let name, let attrs, _):
                if name == "title" { inTitle = true; titleText = "" }
                if name == "meta" {
                    let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
                    let content = attrs["content"]
                    switch key {
                    case "og:title", "twitter:title": metaTitle = metaTitle ?? content
                    case "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date",
                         "dc.date", "dc.date.issued", "datepublished", "sailthru.date", "parsely-pub-date":
                        f.date = f.date ?? MarkupDocument.isoDate(content)
                    case "og:url": f.url = f.url ?? content
                    case "og:site_name", "application-name": f.source = f.source ?? content
                    default: break
                    }
                }
                if name == "link", (attrs["rel"] ?? "").lowercased() == "canonical" { f.url = attrs["href"] ?? f.url }
                if name == "time", f.date == nil { f.date = MarkupDocument.isoDate(attrs["datetime"]) }
            case .close(let name):
                if name == "title" { inTitle = false; pageTitle = pageTitle ?? titleText }
            case .text(let s):
                if inTitle { titleText += s }
            case .script(let s):
                // JSON-LD: `"datePublished": "2025-12-03T…"`.
                if f.date == nil, let r = s.range(of: "\"datePublished\"") {
                    let after = s[r.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" }
                    f.date = MarkupDocument.isoDate(String(after.prefix(25)))
                }
            }
        }
        // The article's region.
        let region = Self.region(tags)
        var paragraphs: [String] = []
        var current = ""
        var skipDepth = 0
        var h1: String?
        var inH1 = false
        var h1Text = ""
        func flush() {
            if !current.isEmpty { paragraphs.append(current); current = "" }
        }
        for t in tags[region] {
            switch t {
            case .open(let name, _, let selfClosing):
                if Self.skipped.contains(name), !selfClosing { skipDepth += 1; continue }
                if skipDepth > 0 { continue }
                if name == "h1", h1 == nil { flush(); inH1 = true; h1Text = ""; continue }
                if Self.blocks.contains(name) { flush() }
                if name == "td" || name == "th" { current += " " }
            case .close(let name):
                if Self.skipped.contains(name) { skipDepth = max(0, skipDepth - 1); continue }
                if skipDepth > 0 { continue }
                if name == "h1", inH1 { inH1 = false; h1 = h1Text; continue }
                if Self.blocks.contains(name) { flush() }
            case .text(let s):
                if skipDepth > 0 { continue }
                if inH1 { h1Text += s } else { current += s }
            case .script:
                continue
            }
        }
        flush()
        // An <h1> in the page's header (outside the region, or skipped with it) is still the headline.
        if h1 == nil { h1 = Self.firstH1(tags) }
        f.title = [h1, metaTitle, pageTitle].compactMap { $0.map(MarkupDocument.collapse) }.first { !$0.isEmpty } ?? ""
        f.paragraphs = paragraphs
        if let u = f.url, !(u.hasPrefix("http://") || u.hasPrefix("https://")) { f.url = nil }
        fields = f
    }

    /// Indices of the tags inside the first `<article>`, else `<main>`, else `<body>`, else all.
    static func region(_ tags: [HTMLScanner.Tag]) -> Range<Int> {
        for wanted in ["article", "main", "body"] {
            guard let open = tags.firstIndex(where: { if case .open(wanted, _, false) = $0 { return true } else { return false } }) else { continue }
            var depth = 0
            for i in open..<tags.count {
                switch tags[i] {
                case .open(wanted, _, false): depth += 1
                case .close(wanted):
                    depth -= 1
                    if depth == 0 { return (open + 1)..<i }
                default: break
                }
            }
            return (open + 1)..<tags.count
        }
        return 0..<tags.count
    }

    static func firstH1(_ tags: [HTMLScanner.Tag]) -> String? {
        guard let open = tags.firstIndex(where: { if case .open("h1", _, _) = $0 { return true } else { return false } }) else { return nil }
        var text = ""
        for t in tags[(open + 1)...] {
            if case .close("h1") = t { break }
            if case .text(let s) = t { text += s }
        }
        return text
    }
}

/// Splits HTML into tags and text: names lowercased, attributes parsed (quoted or not), character references decoded,
/// comments and doctype dropped, the content of `<script>` and `<style>` kept whole as one item.
enum HTMLScanner {
    enum Tag: Equatable {
        case open(String, [String: String], Bool)
        case close(String)
        case text(String)
        /// A script's or a style's content (JSON-LD is read from it).
        case script(String)
    }

    static func scan(_ html: String) -> [Tag] {
        let s = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var i = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty { tags.append(.text(decodeEntities(String(text)))); text = String.UnicodeScalarView() }
        }
        while i < s.count {
            guard s[i] == "<" else { text.append(s[i]); i += 1; continue }
            // A comment, a doctype or a processing instruction.
            if starts(s, i, "<!--") {
                flushText()
                i = find(s, i + 4, "-->").map { $0 + 3 } ?? s.count
                continue
            }
            // CDATA (feeds wrap their HTML in it): its text as written, no references decoded.
            if starts(s, i, "<![CDATA[") {
                let end = find(s, i + 9, "]]>") ?? s.count
                flushText()
                tags.append(.text(String(String.UnicodeScalarView(s[(i + 9)..<end]))))
                i = min(end + 3, s.count)
                continue
            }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                flushText()
                i = find(s, i, ">").map { $0 + 1 } ?? s.count
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            let nameStart = j
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "-" || s[j] == ":" { j += 1 }
            // "<" not opening a tag ("a < b"): text.
            guard j > nameStart else { text.append(s[i]); i += 1; continue }
            flushText()
            let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
            var attrs: [String: String] = [:]
            var selfClosing = false
            // Attributes up to ">".
            while j < s.count, s[j] != ">" {
                if s[j] == "/" { selfClosing = true; j += 1; continue }
                if s[j].properties.isWhitespace { j += 1; continue }
                let a = j
                while j < s.count, s[j] != "=", s[j] != ">", !s[j].properties.isWhitespace, s[j] != "/" { j += 1 }
                let key = String(String.UnicodeScalarView(s[a..<j])).lowercased()
                selfClosing = false
                var value = ""
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, s[j].properties.isWhitespace { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let q = s[j]
                        let v = j + 1
                        j = v
                        while j < s.count, s[j] != q { j += 1 }
                        value = String(String.UnicodeScalarView(s[v..<min(j, s.count)]))
                        if j < s.count { j += 1 }
                    } else {
                        let v = j
                        while j < s.count, s[j] != ">", !s[j].properties.isWhitespace { j += 1 }
                        value = String(String.UnicodeScalarView(s[v..<j]))
                    }
                }
                if !key.isEmpty, attrs[key] == nil { attrs[key] = decodeEntities(value) }
            }
            i = min(j + 1, s.count)
            if closing { tags.append(.close(name)); continue }
            let voids: Set<String> = ["br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"]
            tags.append(.open(name, attrs, selfClosing || voids.contains(name)))
            // Raw text elements: their content up to the closing tag, as one item.
            if (name == "script" || name == "style") && !selfClosing {
                let end = findCaseless(s, i, "</\(name)") ?? s.count
                tags.append(.script(String(String.UnicodeScalarView(s[i..<end]))))
                tags.append(.close(name))
                i = find(s, end, ">").map { $0 + 1 } ?? s.count
            }
        }
        flushText()
        return tags
    }

    static func starts(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
        let u = Array(p.unicodeScalars)
        guard i + u.count <= s.count else { return false }
        for k in u.indices where s[i + k] != u[k] { return false }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ from: Int, _ p: String) -> Int? {
        var i = from
        while i < s.count { if starts(s, i, p) { return i }; i += 1 }
        return nil
    }

    static func findCaseless(_ s: [Unicode.Scalar], _ from: Int, _ p: String) -> Int? {
        let u = Array(p.lowercased().unicodeScalars)
        var i = from
        while i + u.count <= s.count {
            var ok = true
            for k in u.indices {
                let c = s[i + k]
                let lower = ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
                if lower != u[k] { ok = false; break }
            }
            if ok { return i }
            i += 1
        }
        return nil
    }

    /// Named references news pages use, and every numeric one.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "copy": "©", "reg": "®", "deg": "°", "middot": "·", "euro": "€", "shy": "", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "times": "×", "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç",
        "ocirc": "ô", "ecirc": "ê", "icirc": "î", "acirc": "â", "ucirc": "û", "euml": "ë", "iuml": "ï", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß", "ntilde": "ñ", "oacute": "ó", "aacute": "á", "iacute": "í", "uacute": "ú",
    ]

    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let ref = after[..<semi]
                var decoded: String?
                if ref.hasPrefix("#x") || ref.hasPrefix("#X") {
                    decoded = UInt32(ref.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if ref.hasPrefix("#") {
                    decoded = UInt32(ref.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = named[String(ref)]
                }
                if let d = decoded {
                    out += d
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}

// MARK: - JSON

/// Articles in JSON: one object, an array of objects, an object holding such an array (`articles`, `items`, `data`,
/// `results`, `entries`, `posts`, `news`, `documents`), or JSON Lines (one object per line). An object is an article
/// when it has a text field; HTML inside a text field is read as a page's body.
enum JSONArticles {
    static let titleKeys = ["title", "headline", "heading", "subject"]
    static let bodyKeys = ["body", "text", "content", "articlebody", "article", "fulltext", "full_text", "maintext", "story"]
    static let summaryKeys = ["description", "summary", "lead", "abstract", "excerpt", "snippet"]
    static let dateKeys = ["date", "published", "published_at", "publishedat", "pubdate", "datepublished", "date_published",
                           "publication_date", "created_at", "time", "datetime", "timestamp", "updated"]
    static let urlKeys = ["url", "link", "href", "canonical_url", "permalink"]
    static let sourceKeys = ["source", "site", "publisher", "agency", "outlet", "source_name", "sitename", "site_name"]
    static let listKeys = ["articles", "items", "data", "results", "entries", "posts", "news", "documents", "records", "hits"]

    /// `text` is JSON (one value, or JSON Lines).
    static func isJSON(_ text: String) -> Bool {
        if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil { return true }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        return !lines.isEmpty && lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
    }

    /// The articles' fields, or nil when `text` is no JSON holding an article.
    static func records(_ text: String) -> [MarkupDocument.Fields]? {
        var problems: [String] = []
        return records(text, named: nil, problems: &problems)
    }

    /// The most bad lines of a JSON Lines file warned about one by one; the rest are counted in one more line.
    static let badLinesShown = 10

    /// The same for a file named `.json`, `.jsonl` or `.ndjson` (`named`, the extension), which is read as JSON
    /// whatever happens: its faults go to `problems`, one line each. A file that does not parse is nil with a
    /// problem saying where it broke. JSON Lines keep every good line: each bad one is a problem with its line
    /// number. The file is JSON Lines when named `.jsonl`/`.ndjson`, or when its first line parses or more lines
    /// parse than not (a truncated or pretty-printed array's lines mostly do not). Text not named so is JSON only
    /// when all of it parses (it may be a text article that opens with a brace).
    static func records(_ text: String, named: String?, problems: inout [String]) -> [MarkupDocument.Fields]? {
        let whole: Error
        do {
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            let found = objects(value).compactMap(fields)
            return found.isEmpty ? nil : found
        } catch {
            whole = error
        }
        // JSON Lines: every non-blank line an object.
        var found: [MarkupDocument.Fields] = []
        var bad: [(line: Int, why: String)] = []
        var good = 0
        var firstGood: Bool?
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            guard let v = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                guard named != nil else { return nil }
                firstGood = firstGood ?? false
                let why = JSONSyntax.problem(line, end: "end of the line").map { "\($0.what) at column \($0.column)" }
                bad.append((n + 1, why ?? "not a JSON value"))
                continue
            }
            firstGood = firstGood ?? true
            good += 1
            found += objects(v).compactMap(fields)
        }
        let lines = named == "jsonl" || named == "ndjson" || good > 0 && (firstGood == true || good > bad.count)
        guard lines else {
            let at = JSONSyntax.problem(Substring(text)).map { "\($0.what) at line \($0.line), column \($0.column)" }
            problems.append("not valid JSON (\(at ?? (whole as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(whole)")), skipped")
            return nil
        }
        for b in bad.prefix(badLinesShown) { problems.append("line \(b.line): not valid JSON (\(b.why)), line skipped") }
        if bad.count > badLinesShown { problems.append("\(bad.count - badLinesShown) more lines not valid JSON, skipped") }
        if found.isEmpty, !bad.isEmpty { problems.append("no article in its valid JSON lines, skipped") }
        return found.isEmpty ? nil : found
    }

    static func objects(_ value: Any) -> [[String: Any]] {
        if let a = value as? [Any] { return a.flatMap(objects) }
        guard let o = value as? [String: Any] else { return [] }
        let lowered = Dictionary(o.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        if string(lowered, bodyKeys + summaryKeys) == nil {
            for k in listKeys { if let list = lowered[k] as? [Any] { return list.flatMap(objects) } }
        }
        return [lowered]
    }

    static func fields(_ o: [String: Any]) -> MarkupDocument.Fields? {
        guard let bodyText = string(o, bodyKeys) ?? string(o, summaryKeys) else { return nil }
        var f = MarkupDocument.Fields()
        f.title = string(o, titleKeys) ?? ""
        if bodyText.contains("<") && bodyText.contains(">") {
            f.paragraphs = HTMLPage("<body>\(bodyText)</body>").fields.paragraphs
        } else {
            f.paragraphs = bodyText.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .split(whereSeparator: \.isEmpty).map { $0.joined(separator: " ") }
        }
        f.date = dateKeys.lazy.compactMap { MarkupDocument.isoDate(o[$0] as? String) }.first
        f.url = string(o, urlKeys).flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        // A source may be a name or an object with one ({"source": {"name": "Reuters"}}).
        for k in sourceKeys {
            if let s = o[k] as? String, !s.isEmpty { f.source = s; break }
            if let d = o[k] as? [String: Any], let s = (d["name"] ?? d["title"]) as? String, !s.isEmpty { f.source = s; break }
        }
        // NewsAPI's leftovers: the cut-off marker at the end of `content` ("… said. [+1234 chars]") and the
        // outlet's name after the title ("Kazakhstan, China sign rail deal - Reuters") when it is the record's source.
        if let last = f.paragraphs.last, let cut = withoutCutOffMarker(last) {
            if cut.isEmpty { f.paragraphs.removeLast() } else { f.paragraphs[f.paragraphs.count - 1] = cut }
        }
        if let source = f.source { f.title = withoutSourceSuffix(f.title, source: source) }
        return f
    }

    /// `text` without NewsAPI's cut-off marker at its end (`[+1234 chars]`), or nil when it has none.
    static func withoutCutOffMarker(_ text: String) -> String? {
        guard text.hasSuffix(" chars]"), let open = text.range(of: "[+", options: .backwards) else { return nil }
        let inner = text[open.upperBound...].dropLast("chars]".count)
        guard inner.hasSuffix(" "), !inner.dropLast().isEmpty, inner.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return text[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
    }

    /// `title` without " - Source" (or " – ", " — ", " | ") at its end when Source is the record's source name.
    static func withoutSourceSuffix(_ title: String, source: String) -> String {
        let name = source.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return title }
        for separator in [" - ", " – ", " — ", " | "] {
            let suffix = separator + name
            if title.hasSuffix(suffix), title.count > suffix.count {
                return String(title.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// The first non-empty string among `keys`.
    static func string(_ o: [String: Any], _ keys: [String]) -> String? {
        for k in keys { if let s = o[k] as? String, hasText(s) { return s } }
        return nil
    }

    /// Whether `s` holds more than white space and newlines: `!s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`
    /// without trimming, which copied every body through `NSString`, twice per article (a fifth of the
    /// parse of a large JSON Lines file, on the one worker that parses it).
    static func hasText(_ s: String) -> Bool {
        s.unicodeScalars.contains { !CharacterSet.whitespacesAndNewlines.contains($0) }
    }
}

// MARK: - Feeds

/// Articles of an RSS (0.9x, 1.0, 2.0) or Atom feed a reader saved: one per `<item>` or `<entry>`, with its title, link,
/// date (`pubDate` in RFC 822 form, `dc:date`, `published`, `updated`), text (`content:encoded`, `content`, else
/// `description`/`summary`, read as HTML) and the feed's title as the source.
enum FeedArticles {
    static func records(_ xml: String) -> [MarkupDocument.Fields] {
        let tags = HTMLScanner.scan(xml)
        var records: [MarkupDocument.Fields] = []
        var feedTitle: String?
        var item: [String: String]?
        var field: String?
        var text = ""
        var depth = 0
        for t in tags {
            switch t {
            case .open(let name, let attrs, let selfClosing):
                if name == "item" || name == "entry" { item = [:]; field = nil; continue }
                if name == "link", let href = attrs["href"], item != nil,
                   (attrs["rel"] ?? "alternate") == "alternate", item?["link"] == nil { item?["link"] = href }
                // Markup inside a field (Atom's `type="xhtml"` content, whose paragraphs are elements, not escaped
                // text): kept as bare tags, so that the field read as HTML keeps its paragraphs.
                if let f = field, name != f {
                    if Self.htmlFields.contains(f) { text += selfClosing ? "<\(name)/>" : "<\(name)>" }
                    continue
                }
                // (RSS's `<link>` holds its address as text; HTML's rules, which the scanner follows, make it void.)
                if !selfClosing || name == "link" && attrs["href"] == nil {
                    if field == nil, Self.read.contains(name) { field = name; text = ""; depth = 0 } else if name == field { depth += 1 }
                    if name == "title", field == name, depth == 0, item?["title"] == nil { item?[Self.titleType] = attrs["type"]?.lowercased() }
                }
            case .close(let name):
                if name == "item" || name == "entry" {
                    if let i = item, let f = fields(i, source: feedTitle) { records.append(f) }
                    item = nil; field = nil
                    continue
                }
                guard name == field else {
                    if let f = field, Self.htmlFields.contains(f) { text += "</\(name)>" }
                    continue
                }
                if depth > 0 { depth -= 1; continue }
                if item != nil {
                    if item?[name] == nil { item?[name] = text }
                } else if name == "title", feedTitle == nil {
                    feedTitle = text
                }
                field = nil
            case .text(let s):
                if field != nil { text += s }
            case .script:
                continue
            }
        }
        return records
    }

    /// The elements whose text is read (the rest, `<channel>`, `<image>`, `<category>`…, only passed through).
    static let read: Set<String> = ["title", "link", "description", "content:encoded", "content", "summary", "pubdate", "dc:date",
                                    "published", "updated"]

    /// The fields read as HTML (the rest are plain text: markup inside them is dropped).
    static let htmlFields: Set<String> = ["description", "content:encoded", "content", "summary"]

    static func fields(_ i: [String: String], source: String?) -> MarkupDocument.Fields? {
        let body = [i["content:encoded"], i["content"], i["description"], i["summary"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard let body else { return nil }
        var f = MarkupDocument.Fields()
        f.title = title(i["title"] ?? "", type: i[Self.titleType])
        f.paragraphs = HTMLPage("<body>\(body)</body>").fields.paragraphs
        let link = (i["link"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        f.url = link.hasPrefix("http://") || link.hasPrefix("https://") ? link : nil
        f.date = MarkupDocument.isoDate(i["dc:date"]) ?? MarkupDocument.isoDate(i["published"]) ?? rfc822Date(i["pubdate"])
            ?? MarkupDocument.isoDate(i["updated"])
        f.source = source.map(HTMLScanner.decodeEntities)
        return f
    }

    /// The key under which an item keeps its title's `type` attribute (no element has this name).
    static let titleType = "title type"

    /// An item's title as plain text. Atom's `type="html"` title is escaped HTML (`&lt;em&gt;Minsk&lt;/em&gt;`,
    /// decoded once by the scanner): its tags are removed and its references decoded, as an RSS title's CDATA is
    /// (the list showed "Tariffs & trade: <em>Minsk</em>"). A `type="xhtml"` title's elements were already dropped
    /// and its text decoded by the scanner. Any other title is text whose references are decoded.
    static func title(_ raw: String, type: String?) -> String {
        switch type {
        case "html":
            var out = ""
            for t in HTMLScanner.scan(raw) {
                switch t {
                case .text(let s): out += s
                case .open(let name, _, _), .close(let name): if HTMLPage.blocks.contains(name) { out += " " }
                case .script: continue
                }
            }
            return out
        case "xhtml": return raw
        default: return HTMLScanner.decodeEntities(raw)
        }
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Tue, 02 Dec 2025 09:00:00 GMT" → "2025-12-02" (RSS's date form; a day, an English month, a four-digit year).
    static func rfc822Date(_ s: String?) -> String? {
        guard let s else { return nil }
        let words = s.split { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }
        var day: Int?, month: Int?, year: Int?
        for w in words {
            if month == nil, let m = months.firstIndex(of: String(w.prefix(3)).lowercased()), w.count >= 3, w.allSatisfy(\.isLetter) { month = m + 1; continue }
            guard w.allSatisfy(\.isNumber), let v = Int(w) else { continue }
            if w.count == 4, year == nil { year = v } else if w.count <= 2, day == nil, year == nil { day = v }
        }
        guard let d = day, let m = month, let y = year, ArticleParser.isCalendarDate(year: y, month: m, day: d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
