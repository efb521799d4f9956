/// Splits a decoded file into articles and derives their fields.
///
/// The format, as the wire files show it:
/// - an optional first line ` date YYYY-MM-DD <text…>`: the date, and the
///   article's text starting right after it on the same line;
/// - a headline (a short line without a final full stop, followed by a blank
///   line), or none: then the title is the first sentence, cut to ~100 columns;
/// - a digest: a file that opens with a headline and holds further headlines
///   after blank lines, each starting an article of its own; a date line after
///   a blank line also starts a new article, in any file;
/// - captions, source lines and page debris, kept out of the body.
///
/// A later headline must look like one of its own (see `headlineStrength`):
/// five words or more; three or four only when several such lines repeat the
/// digest's pattern; one or two words, or lower case, never. Such a line stays
/// in the body as a subheading. A part with no dateline, date or source line of
/// its own after a story that has one goes on that story (`joinContinuations`):
/// its long subheading stays in the body. Known limits: a long subheading (five
/// words or more), or two short ones, in an article with no dateline, date or
/// source line still start new articles.
/// A file that opens with text is never split at headlines. A digest whose first
/// headline stands right over another of five words or more (the digest's own
/// heading, "Morning briefing, 7 December", over its first story's headline)
/// starts its first story at the second: the heading is part of no article.
///
/// Pure: the same text and file name always give the same articles.
public enum ArticleParser {
    /// Titles made from a first sentence are cut to about this many display columns.
    public static let titleColumns = 100
    /// Longest line (in Unicode scalars) still taken for a headline.
    static let maxHeadlineScalars = 250

    /// The articles in `text`, read from `file` (used for `file` and the IDs:
    /// `<stem>`, `<stem>#<n>`; `ArticleIDs` makes them unique across a corpus).
    public static func parse(text: String, file: String,
                             modified: (() -> (year: Int, month: Int)?)? = nil) -> [Article] {
        parseReporting(text: text, file: file, modified: modified).articles
    }

    /// The articles in `text`, and a warning (naming `file`) for each problem
    /// found in them, such as a date line with an impossible date.
    ///
    /// An article without a date line gets a `datelineDate` (never a `date`) from a
    /// dateline written in words at the top of its body (`Dateline`: "HANOI, Dec 4
    /// (Reuters) -", "4 décembre 2026", "新华社北京12月4日电").
    /// A dateline without a year takes the year of the first dated article of the same
    /// file (its `date` or `datelineDate`: a date line, or a dateline with a year; never
    /// a date inside a story), else the year of the file's modification (`modified`,
    /// asked only then, UTC), the year before when the dateline's month is more than one
    /// month after the modification's ("Dec 31" in a file saved in January); with
    /// neither, the article has no `datelineDate`.
    ///
    /// `oneArticle`: the text is one article whatever it holds (a web page's or a JSON record's text, whose
    /// subheadings would otherwise start articles): one segment from the first headline or date line to the end.
    public static func parseReporting(text: String, file: String,
                                      modified: (() -> (year: Int, month: Int)?)? = nil, oneArticle: Bool = false)
        -> (articles: [Article], warnings: [LoadWarning]) {
        let lines = splitLines(text)
        var segments = segment(lines)
        if !oneArticle, segments.count > 1 { joinContinuations(&segments, lines) }
        if oneArticle, segments.count > 1 {
            segments[0].end = segments[segments.count - 1].end
            segments.removeLast(segments.count - 1)
        }
        // One article after all: its first line is its headline, the line under it its first paragraph.
        if segments.count == 1, let h = segments[0].fileHeading {
            segments[0].headline = h
            segments[0].fileHeading = nil
        }
        let warnings = segments.compactMap { seg in
            seg.invalidDate.map { LoadWarning(file: file, message: "invalid date \($0) on line \(seg.dateLine.map { $0 + 1 } ?? 0), ignored") }
        }
        let stem = fileStem(file)
        var articles: [Article] = []
        articles.reserveCapacity(segments.count)
        var yearless: [(index: Int, date: Dateline.Found)] = []
        for seg in segments {
            var found: Dateline.Found?
            if let article = build(seg, lines: lines, text: text, file: file, yearless: &found) {
                if let f = found { yearless.append((articles.count, f)) }
                articles.append(article)
            }
        }
        if !yearless.isEmpty {
            var year = articles.lazy.compactMap { $0.shownDate.flatMap { Int($0.prefix(4)) } }.first
            var reference: (year: Int, month: Int)?
            if year == nil, let m = modified?() { reference = m; year = m.year }
            for (i, f) in yearless {
                guard var y = year else { break }
                if let r = reference, f.month > r.month + 1 { y -= 1 }
                articles[i].datelineDate = f.iso(year: y)
            }
        }
        for i in articles.indices {
            articles[i].segment = i + 1
            articles[i].id = articles.count == 1 ? stem : "\(stem)#\(i + 1)"
        }
        return (articles, warnings)
    }

    // MARK: - Lines

    /// One physical line: its extent in the text (UTF-8 offsets) and its cleaned content.
    struct Line {
        /// Offset of the first byte of the line.
        var start: Int
        /// Offset just past the line terminator (the next line's start).
        var next: Int
        /// Control characters stripped, white space trimmed.
        var text: String
        var kind: LineKind
    }

    /// Splits on LF, CRLF and CR, keeping each line's byte extent so raw slices stay exact.
    static func splitLines(_ text: String) -> [Line] {
        var source = text
        let utf8 = source.utf8
        return source.withUTF8 { buf in
            let n = buf.count
            var lines: [Line] = []
            // About one line per 140 bytes in news text: room for them at once, not in six
            // doublings (each a new buffer and a copy of the lines so far).
            lines.reserveCapacity(n / 128 + 1)
            var start = 0
            var i = 0
            var sawControl = false
            func emit(end: Int, next: Int) {
                let line: String
                if sawControl {
                    // Line ends are ASCII, so these offsets fall on scalar boundaries.
                    let a = utf8.index(utf8.startIndex, offsetBy: start), b = utf8.index(utf8.startIndex, offsetBy: end)
                    let content = TextCleaner.stripControls(String(Substring(utf8[a..<b])))
                    line = String(TextCleaner.trim(Substring(content)))
                } else {
                    // Trimmed on the bytes, then copied once.
                    let (from, to) = TextCleaner.trimmedBounds(buf, start, end)
                    let a = utf8.index(utf8.startIndex, offsetBy: from), b = utf8.index(utf8.startIndex, offsetBy: to)
                    line = String(Substring(utf8[a..<b]))
                }
                lines.append(Line(start: start, next: next, text: line, kind: LineClassifier.classify(line)))
                start = next
                sawControl = false
            }
            // One pass finds line ends and notes control characters (C0 but tab, DEL, C1).
            let base = UnsafeRawPointer(buf.baseAddress)
            while i < n {
                // Eight bytes at a time while none is a control, DEL or 0xC2
                // (the lead byte of C1 controls): most of a file.
                if let base, i + 8 <= n {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !SWAR.hasByteBelow0x20(w), !SWAR.hasByte(w, 0x7F), !SWAR.hasByte(w, 0xC2) {
                        i += 8
                        continue
                    }
                }
                let b = buf[i]
                if b >= 0x20 && b < 0x7F || b >= 0xC3 || (b >= 0x80 && b < 0xC2) { i += 1; continue }
                if b == 0x0A {
                    emit(end: i, next: i + 1)
                } else if b == 0x0D {
                    let next = (i + 1 < n && buf[i + 1] == 0x0A) ? i + 2 : i + 1
                    emit(end: i, next: next)
                    i = next
                    continue
                } else if b == 0xC2 {
                    if i + 1 < n, (0x80...0x9F).contains(buf[i + 1]) { sawControl = true }
                } else if b != 0x09 {
                    sawControl = true  // other C0 controls and DEL
                }
                i += 1
            }
            if start < n { emit(end: n, next: n) }
            return lines
        }
    }

    // MARK: - Segments

    /// An article's lines within the file.
    struct Segment {
        /// First line of the segment (its raw text starts there).
        var first: Int
        /// One past the last line.
        var end: Int
        var headline: Int?
        var date: String?
        /// Text after the date on a date line, the article's first words.
        var dateLead: String?
        /// The date line's index, when there is one (not part of the body otherwise).
        var dateLine: Int?
        /// The date as written when the date line's date is impossible (`2026-13-45`); `date` is then nil.
        var invalidDate: String?
        /// A digest's own heading ("Morning briefing, 7 December") when the first story's headline
        /// follows it directly: part of no article. Put back as the headline (and that line in the
        /// body) when the file turns out to be one article.
        var fileHeading: Int?
    }

    static func segment(_ lines: [Line]) -> [Segment] {
        guard let firstContent = lines.firstIndex(where: { $0.kind != .blank }) else { return [] }
        // A digest opens with a headline; only then do later headlines split the file.
        let digest = isHeadline(lines, firstContent)
        // Short (3–4 word) headlines split the file only when several of them
        // follow the first one: a digest's pattern, not one article's subheading.
        let shortHeadlinesSplit = digest && shortMidHeadlineCount(lines, after: firstContent) >= 2
        func acceptsMidHeadline(_ text: String) -> Bool {
            switch headlineStrength(text) {
            case .full: return true
            case .short: return shortHeadlinesSplit
            case .none: return false
            }
        }
        var segments: [Segment] = []
        var current = Segment(first: 0, end: 0)
        var bodyLines = 0
        var i = firstContent
        func startNew(at index: Int) {
            if index > firstContent {
                current.end = index
                segments.append(current)
            }
            current = Segment(first: index == firstContent ? 0 : index, end: 0)
            bodyLines = 0
        }
        while i < lines.count {
            let atParagraphStart = i == firstContent || lines[i - 1].kind == .blank
            if atParagraphStart, lines[i].kind == .text, let match = dateLine(lines[i].text),
               i == firstContent || bodyLines > 0 || current.headline != nil {
                let lead = match.lead
                startNew(at: i)
                current.date = match.date
                current.invalidDate = match.isValid ? nil : match.written
                current.dateLine = i
                current.dateLead = lead.isEmpty ? nil : lead
                if !lead.isEmpty { bodyLines += 1 }
            } else if atParagraphStart, digest, segments.isEmpty, current.fileHeading == nil,
                      current.headline == firstContent, bodyLines == 0, isHeadline(lines, i),
                      headlineStrength(lines[i].text) == .full, !followedBySignOff(lines, i) {
                // A headline right under the file's first one: that was the digest's own heading
                // ("Morning briefing, 7 December"), this is its first story's headline.
                current.fileHeading = firstContent
                current.headline = i
            } else if atParagraphStart, isHeadline(lines, i),
                      // After `isHeadline`, which rejects nearly every paragraph at its final full stop:
                      // counting words asks Unicode properties of each character.
                      i == firstContent || (digest && bodyLines > 0 && acceptsMidHeadline(lines[i].text)
                                            && !followedBySignOff(lines, i)) {
                startNew(at: i)
                current.headline = i
            } else if lines[i].kind == .text {
                bodyLines += 1
            }
            i += 1
        }
        current.end = lines.count
        if !segments.isEmpty, current.dateLine == nil, let h = current.headline, isTrailer(lines, headline: h) {
            segments[segments.count - 1].end = lines.count  // the article's own trailer, not an article
        } else {
            segments.append(current)
        }
        return segments
    }

    /// Joins to the story before it each segment that has no opening of its own (no date line,
    /// bare date, dateline or source line at its top) after a story that has one (a date line,
    /// a dateline, a bare date or a source line) and was not signed off by a source line at its
    /// end: its "headline" is a long subheading ("Trade between the two countries grows"), kept in
    /// the body as a paragraph. A digest whose stories each open with their dateline or date, or
    /// end with their source line, and a digest of stories none of which has any, still split.
    /// Runs only for a file already cut in several segments (digests: few files).
    static func joinContinuations(_ segments: inout [Segment], _ lines: [Line]) {
        var joined: [Segment] = [segments[0]]
        var groupMarked = opening(of: segments[0], lines) != .none
        for seg in segments.dropFirst() {
            let open = opening(of: seg, lines)
            let last = joined[joined.count - 1]
            if open == .none, groupMarked || hasSourceLine(last, lines), !endsWithSourceLine(last, lines) {
                joined[joined.count - 1].end = seg.end
                continue
            }
            joined.append(seg)
            groupMarked = open != .none
        }
        segments = joined
    }

    /// What opens a segment's story besides its headline.
    enum Opening: Equatable {
        case none
        /// A date line, a bare date under the headline, a dateline (dated, or a place and an agency: "Zabrze (PAP) -").
        case dated
        /// A source line before its first paragraph.
        case source
    }

    static func opening(of seg: Segment, _ lines: [Line]) -> Opening {
        if seg.dateLine != nil { return .dated }
        let start = seg.headline.map { $0 + 1 } ?? seg.first
        var seen = 0
        var i = start
        while i < seg.end, seen < datelineLines {
            switch lines[i].kind {
            case .text:
                let text = lines[i].text
                if seen == 0, bareDate(text) != nil || Dateline.find(text) != nil || opensWithAgencyDateline(text) { return .dated }
                if seen == 1, Dateline.find(text) != nil || opensWithAgencyDateline(text) { return .dated }
                seen += 1
            case .source:
                if seen == 0 { return .source }
            case .blank, .caption, .debris:
                break
            }
            i += 1
        }
        return .none
    }

    static func hasSourceLine(_ seg: Segment, _ lines: [Line]) -> Bool {
        (seg.first..<seg.end).contains { if case .source = lines[$0].kind { return true } else { return false } }
    }

    /// The segment's last line that is no blank, caption or page debris is a source line ("VNA"):
    /// its story was signed off there.
    static func endsWithSourceLine(_ seg: Segment, _ lines: [Line]) -> Bool {
        var i = seg.end
        while i > seg.first {
            i -= 1
            switch lines[i].kind {
            case .blank, .caption, .debris: continue
            case .source: return true
            case .text: return false
            }
        }
        return false
    }

    /// Most characters of the place before an undated dateline's agency.
    static let maxDatelinePlaceScalars = 40

    /// A line that opens with a dateline of a place and an agency and no date: "Zabrze (PAP) - …",
    /// "DULUTH, Minn. (AP) — …", "GÜTERSLOH (dpa-AFX) - …", "Cuenca (Ecuador) (EFE).- …": a place of a
    /// few capitalized words (short lower-case joiners inside), the agency in brackets, then a dash, ".-"
    /// or a colon.
    static func opensWithAgencyDateline(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars.prefix(maxDatelinePlaceScalars + 64))
        guard let first = s.first, first.properties.isUppercase,
              let open = s.firstIndex(of: "("), open > 0, open <= maxDatelinePlaceScalars else { return false }
        // The place: each word capitalized, or a joiner of three letters at most ("de", "do", "an der").
        var wordStart = true
        var lowerRun = 0
        for c in s[..<open] {
            if c == " " || c == "," || c == "\u{00A0}" { wordStart = true; lowerRun = 0; continue }
            if wordStart, c.properties.isLowercase { lowerRun = 1 } else if lowerRun > 0 { lowerRun += 1 }
            if lowerRun > 3 || c == ":" || c == ";" || c == "\"" { return false }
            wordStart = false
        }
        var i = open
        // One or two bracketed words ("(Ecuador) (EFE)"), each short, the first opening with a letter.
        for round in 0..<2 {
            guard i < s.count, s[i] == "(" else { if round == 0 { return false }; break }
            guard let close = s[i...].firstIndex(of: ")"), close > i + 1, close - i <= 25,
                  s[i + 1].properties.isAlphabetic else { return false }
            i = close + 1
            while i < s.count, s[i] == " " || s[i] == "\u{00A0}" { i += 1 }
        }
        while i < s.count, s[i] == "." { i += 1 }
        guard i < s.count else { return false }
        return s[i] == "-" || s[i] == "–" || s[i] == "—" || s[i] == ":"
    }

    /// Longest trailer paragraph (UTF-8 bytes) kept with the article before it.
    static let maxTrailerBytes = 300

    /// A file's last "headline" and paragraph that cannot be an article of their own: a label line
    /// whose value is no phrase ("Companies in this story: (TSX:CBD)", a line ending in a bracket)
    /// and, after it, nothing but one short sentence ("This report by The Canadian Press was first
    /// published Nov. 6, 2025."). They are the article's trailer. A headline with a one-sentence body
    /// ("Third story about X" / "Body of the third story.") still starts an article.
    ///
    /// A last "article" whose whole body is a desk's sign-off code ("jlc/mv", "ac/jl", "-0-" after EFE's
    /// "…de Zaragoza. EFE", whose last paragraph ends in the agency's name and so looked like a headline)
    /// is a trailer too, whatever its headline.
    static func isTrailer(_ lines: [Line], headline h: Int) -> Bool {
        let metadata = isMetadataHeadline(lines[h].text)
        var paragraph: String?
        for i in (h + 1)..<lines.count {
            switch lines[i].kind {
            case .blank, .debris, .caption: continue
            case .text:
                if paragraph != nil { return false }
                paragraph = lines[i].text
            case .source: return false
            }
        }
        guard let p = paragraph else { return false }
        if isSignOff(p) { return true }
        guard metadata, p.utf8.count <= maxTrailerBytes, endsSentence(p) else { return false }
        return isOneSentence(p)
    }

    /// The next text line after `i` is a sign-off code: line `i` is the end of a story ("… de Soria. EFE"),
    /// not the headline of the next one.
    static func followedBySignOff(_ lines: [Line], _ i: Int) -> Bool {
        var j = i + 1
        while j < lines.count, lines[j].kind == .blank { j += 1 }
        return j < lines.count && lines[j].kind.isText && isSignOff(lines[j].text)
    }

    /// Longest sign-off code (UTF-8 bytes).
    static let maxSignOffBytes = 24

    /// A desk's sign-off code: one short token, no space, no letter run longer than a set of initials,
    /// some letter or mark that is no date's ("jlc/mv", "ac/jl", "EFE", "###"): no article's body. (A bare
    /// date, "2024-01-03", dates the article under its headline.)
    static func isSignOff(_ text: String) -> Bool {
        let u = text.utf8
        guard !u.isEmpty, u.count <= maxSignOffBytes else { return false }
        var run = 0
        var marked = false
        for s in text.unicodeScalars {
            if TextCleaner.isSpace(s) { return false }
            if s.properties.isAlphabetic {
                run += 1
                marked = true
                if run > 4 { return false }
            } else {
                run = 0
                if s == "/" || s == "#" || s == "*" || s == "=" { marked = true }
            }
        }
        return marked && bareDate(text) == nil
    }

    /// A headline-shaped line that reads as metadata: it ends in a closing bracket, or its first colon
    /// is followed by no word ("Companies in this story: (TSX:CBD)", "Tickers: 7203.T").
    static func isMetadataHeadline(_ text: String) -> Bool {
        let u = text.utf8
        if let last = u.last, last == 0x29 || last == 0x5D { return true }
        guard let colon = u.firstIndex(of: 0x3A) else { return false }
        guard let next = text[colon...].unicodeScalars.dropFirst().first(where: { !TextCleaner.isSpace($0) }) else { return false }
        return !next.properties.isAlphabetic
    }

    /// No sentence end inside `text`: a full stop, "!" or "?" followed by a space and a capital
    /// ends a sentence unless it closes an initial, an abbreviation or a dotted acronym ("U.S.").
    static func isOneSentence(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        var wordStart = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if TextCleaner.isSpace(c) { wordStart = i + 1 }
            if c == "." || c == "!" || c == "?", i + 2 < s.count, TextCleaner.isSpace(s[i + 1]) {
                var j = i + 1
                while j < s.count, TextCleaner.isSpace(s[j]) { j += 1 }
                if j < s.count, s[j].properties.isUppercase || s[j] == "\"" || s[j] == "“" || s[j] == "«" {
                    let word = String(String.UnicodeScalarView(s[wordStart..<i]))
                    let letters = word.unicodeScalars.count
                    let abbreviation = c == "." && (letters <= 1 || word.contains(".") || abbreviations.contains(word.lowercased()))
                    if !abbreviation { return false }
                }
            }
            i += 1
        }
        return true
    }

    /// A date line: ` date YYYY-MM-DD` and the text after it.
    struct DateLineMatch: Equatable {
        /// The date as written.
        var written: String
        /// Whether it is a real calendar date (`2026-02-30` and `2026-13-45` are not).
        var isValid: Bool
        /// The text after the date, the article's first words.
        var lead: String
        /// The date, or nil when it is not a real one.
        var date: String? { isValid ? written : nil }
    }

    /// ` date 2025-09-07 The text…` → ("2025-09-07", valid, "The text…").
    /// A line of that shape with an impossible date (` date 2026-13-45 …`) is
    /// still a date line, marked invalid, so its marker stays out of the title.
    static func dateLine(_ line: String) -> DateLineMatch? {
        guard line.utf8.count >= 15, line.utf8.first.map({ $0 | 0x20 == 0x64 }) == true else { return nil }
        let u = Array(line.utf8.prefix(16))
        guard u.count >= 15, u[0] | 0x20 == 0x64, u[1] | 0x20 == 0x61, u[2] | 0x20 == 0x74, u[3] | 0x20 == 0x65,
              u[4] == 0x20 else { return nil }
        let d = Array(u[5..<15])
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r { guard (0x30...0x39).contains(d[k]) else { return nil }; v = v * 10 + Int(d[k] - 0x30) }
            return v
        }
        guard d[4] == 0x2D, d[7] == 0x2D, let y = digits(0..<4), let m = digits(5..<7), let day = digits(8..<10) else {
            return nil
        }
        if u.count == 16, u[15] != 0x20 { return nil }
        let written = String(decoding: d, as: UTF8.self)
        let rest = Substring(line.utf8.dropFirst(15))
        return DateLineMatch(written: written, isValid: isCalendarDate(year: y, month: m, day: day),
                             lead: String(TextCleaner.trim(rest)))
    }

    /// A line that is only an ISO date, `2023-04-11`, when it is a real calendar date.
    static func bareDate(_ line: String) -> String? {
        let u = Array(line.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r { guard (0x30...0x39).contains(u[k]) else { return nil }; v = v * 10 + Int(u[k] - 0x30) }
            return v
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              isCalendarDate(year: y, month: m, day: d) else { return nil }
        return line
    }

    /// Gregorian calendar check, years 1000–9999.
    static func isCalendarDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// A headline: a text line after a blank line (or at the top), followed by a
    /// blank line and then more text, short, without a final full stop.
    static func isHeadline(_ lines: [Line], _ i: Int) -> Bool {
        guard lines[i].kind.isText, i + 1 < lines.count, lines[i + 1].kind == .blank else { return false }
        // Cheapest tests first: this runs at every paragraph start of a digest.
        let text = lines[i].text
        let bytes = text.utf8.count
        guard bytes <= maxHeadlineScalars * 4, !endsSentence(text) else { return false }
        if bytes > maxHeadlineScalars {
            var count = 0
            for _ in text.unicodeScalars {
                count += 1
                if count > maxHeadlineScalars { return false }
            }
        }
        guard dateLine(text) == nil else { return false }
        return lines[(i + 1)...].contains { $0.kind.isText }
    }

    /// How much a headline-shaped line in the middle of a digest looks like
    /// the next article's headline rather than a subheading.
    enum HeadlineStrength {
        /// Lower case, or one or two words ("Thousands evacuated"): a subheading.
        case none
        /// Three or four words: a headline only when the file has several such lines.
        case short
        /// Five words or more (ten characters of an unspaced script): a headline.
        case full
    }

    static let fullHeadlineWords = 5
    static let shortHeadlineWords = 3
    /// Characters of a script written without spaces (Chinese, Japanese, Thai…)
    /// counted as one word each for every `unspacedPerWord`.
    static let unspacedPerWord = 2

    /// Words (or unspaced-script characters, two to a word) of a line, and
    /// whether it starts in lower case; the file's first headline needs none of this.
    static func headlineStrength(_ text: String) -> HeadlineStrength {
        guard let first = text.unicodeScalars.first, !first.properties.isLowercase, !isInset(text) else { return .none }
        var words = 0
        var unspaced = 0
        var inWord = false
        for s in text.unicodeScalars {
            if TextCleaner.isSpace(s) {
                inWord = false
                continue
            }
            if isUnspacedScript(s) {
                unspaced += 1
                inWord = false
            } else if !inWord, s.properties.isAlphabetic || s.properties.numericType != nil {
                words += 1
                inWord = true
            }
            if words + unspaced / unspacedPerWord >= fullHeadlineWords { return .full }
        }
        return words + unspaced / unspacedPerWord >= shortHeadlineWords ? .short : .none
    }

    /// A line a story carries inside itself, shaped like a headline but never the start of another story: a link to
    /// a related story ("Read also: …", "Lire aussi : …", "Xem thêm: …", "Читайте также: …", "相关阅读：…"), an aside
    /// in brackets ("(Reporting by …; Editing by …)"), a live blog's entry under its clock time ("12:05 — …",
    /// "14h30 : …"), a photo's caption ("Photo: …", "… (Ảnh: TTXVN)", "图为…"). Saved articles hold such lines between paragraphs; read as
    /// headlines they cut one story into three.
    static func isInset(_ text: String) -> Bool {
        let u = text.utf8
        guard let first = u.first else { return false }
        switch first {
        case 0x28, 0x5B:  // ( [
            return u.last == (first == 0x28 ? 0x29 : 0x5D) || LineClassifier.isCaptionShaped(text)
        case 0x30...0x39:
            return opensWithClockTime(u) || LineClassifier.isCaptionShaped(text)
        default:
            // "图为…摄": a Chinese photo caption ("the picture shows …", the photographer's "摄" at its end).
            if text.hasPrefix("图为") || text.hasPrefix("圖為") || LineClassifier.isCaptionShaped(text) { return true }
            guard let (label, _) = LineClassifier.labeled(text) else { return false }
            return relatedStoryLabels.contains(label.lowercased())
        }
    }

    /// "12:05", "9:30", "14h30" followed by no digit: a live blog's time stamp.
    static func opensWithClockTime(_ u: String.UTF8View) -> Bool {
        var digits = 0
        var i = u.startIndex
        while i < u.endIndex, (0x30...0x39).contains(u[i]), digits < 3 { digits += 1; i = u.index(after: i) }
        guard (1...2).contains(digits), i < u.endIndex, u[i] == 0x3A || u[i] == 0x68 else { return false }
        i = u.index(after: i)
        var minutes = 0
        while i < u.endIndex, (0x30...0x39).contains(u[i]), minutes < 3 { minutes += 1; i = u.index(after: i) }
        return minutes == 2
    }

    /// Labels of a line that links to another story, lower case, in the languages Bulletin reads.
    static let relatedStoryLabels: Set<String> = [
        "read also", "also read", "read more", "see also", "related", "related story", "related stories", "related articles",
        "more on this", "recommended", "further reading",
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à lire",
        "sur le même sujet", "lire la suite",
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "مواضيع ذات صلة", "ذات صلة",
        "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục",
        "читайте также", "читайте ещё", "читайте еще", "также читайте", "см. также", "смотрите также", "по теме",
        "читайте також", "дивіться також", "по темі",
        "相关阅读", "相关新闻", "相关报道", "延伸阅读", "推荐阅读", "阅读更多", "相關閱讀", "相關新聞", "延伸閱讀",
        "lee también", "leer también", "lea también", "te puede interesar", "más información", "relacionado",
        "lesen sie auch", "mehr zum thema", "auch interessant", "leia também", "leia mais", "veja também", "saiba mais",
        "leggi anche", "vedi anche", "ayrıca okuyun", "ilgili haber", "i̇lgili haber", "関連記事", "관련기사", "czytaj także",
        "baca juga",
    ]

    /// Whether a mid-file line would be accepted outright as a digest headline.
    static func isArticleHeadline(_ text: String) -> Bool { headlineStrength(text) == .full }

    /// Headline-shaped lines of `.short` strength after the first line.
    static func shortMidHeadlineCount(_ lines: [Line], after first: Int) -> Int {
        var count = 0
        var i = first + 1
        while i < lines.count {
            if lines[i - 1].kind == .blank, lines[i].kind.isText, isHeadline(lines, i),
               headlineStrength(lines[i].text) == .short {
                count += 1
            }
            i += 1
        }
        return count
    }

    /// Han, kana, Thai, Lao, Khmer and Myanmar: scripts that do not separate words by spaces.
    static func isUnspacedScript(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    /// True when the line ends with sentence-final (or clause) punctuation,
    /// looking through closing quotes and brackets.
    static func endsSentence(_ text: String) -> Bool {
        for s in text.unicodeScalars.reversed() {
            switch s {
            // (French typography spaces a closing guillemet: "… à sa hauteur. »" ends a sentence.)
            case "\"", "'", "”", "’", "»", ")", "]", "›", "」", "』", "）", " ", "\u{00A0}", "\u{202F}":
                continue
            case ".", "!", "?", "…", ":", ";", ",", "。", "！", "？", "؟", "،", "؛", "．", "।":
                return true
            default:
                return false
            }
        }
        return false
    }

    // MARK: - Articles

    static func build(_ seg: Segment, lines: [Line], text: String, file: String) -> Article? {
        var found: Dateline.Found?
        return build(seg, lines: lines, text: text, file: file, yearless: &found)
    }

    /// Body lines looked at for a dateline written in words: the first two text lines
    /// ("By Femi Adebayo" may stand before "LAGOS, Dec 4 (Reuters) -").
    static let datelineLines = 2

    /// The article of `seg`; `yearless` is set to its dateline's date when that has no year
    /// (the caller then sets `datelineDate`).
    static func build(_ seg: Segment, lines: [Line], text: String, file: String,
                      yearless: inout Dateline.Found?) -> Article? {
        // Each paragraph with whether it followed its predecessor directly, with no blank line between.
        var paragraphs: [(text: String, adjoining: Bool)] = []
        var pending: String? = nil
        var pendingAdjoins = false
        var source: String?
        var url: String?
        var sawBlank = true
        func flush() {
            if let p = pending { paragraphs.append((p, pendingAdjoins)) }
            pending = nil
        }
        func add(_ line: String, joinable: Bool) {
            if let p = pending, joinable, !endsSentence(p), startsLowercase(line) {
                pending = p + " " + line  // a hard-wrapped line continues the paragraph
            } else {
                flush()
                pending = line
                pendingAdjoins = joinable
            }
        }
        // A date line whose text is a headline (` date 2026-12-01 Minsk hosts a fair`, then a blank line and
        // the story) gives the title, not the body's first paragraph as well.
        let leadTitle = seg.headline == nil ? headlineLead(seg, lines) : nil
        if let lead = seg.dateLead, leadTitle == nil { add(lead, joinable: false) }
        let bodyStart = seg.headline.map { $0 + 1 } ?? seg.dateLine.map { $0 + 1 } ?? seg.first
        var date = seg.date
        // A dateless article whose first paragraph is a bare date (`2023-04-11` on
        // its own line under the headline, as many wire exports write it) is dated
        // by it; the date is metadata, not the opening paragraph of the body.
        var dateParagraph: Int?
        if seg.date == nil, seg.invalidDate == nil, seg.headline != nil,
           let first = (bodyStart..<seg.end).first(where: { lines[$0].kind != .blank }),
           first + 1 >= seg.end || lines[first + 1].kind == .blank,
           let bare = bareDate(lines[first].text) {
            date = bare
            dateParagraph = first
        }
        // A dateline written in words gives `datelineDate` (shown by the list and the
        // reader), never `date`: that stays the ISO date of a date line or a bare date line.
        var datelineDate: String?
        if date == nil, seg.invalidDate == nil {
            var candidates: [String] = []
            if let lead = seg.dateLead { candidates.append(lead) }
            var i = bodyStart
            while i < seg.end, candidates.count < datelineLines {
                if lines[i].kind == .text { candidates.append(lines[i].text) }
                i += 1
            }
            if let found = candidates.lazy.compactMap(Dateline.find).first {
                if found.year != nil { datelineDate = found.iso() } else { yearless = found }
            }
        }
        for i in bodyStart..<seg.end {
            let line = lines[i]
            if i == dateParagraph { continue }
            switch line.kind {
            case .blank:
                sawBlank = true
                continue
            case .text:
                add(line.text, joinable: !sawBlank)
            case .caption, .debris:
                break
            case .source(let name, let u):
                if source == nil { source = name }
                if url == nil { url = u }
            }
            sawBlank = false
        }
        flush()
        let body = TextCleaner.nfc(joinParagraphs(paragraphs.map { (TextCleaner.collapseSpaces($0.text), $0.adjoining) }))
        let title: String
        if let h = seg.headline {
            title = TextCleaner.nfc(withoutHeadingMarks(TextCleaner.singleLine(lines[h].text)))
        } else if let leadTitle {
            title = TextCleaner.nfc(TextCleaner.singleLine(leadTitle))
        } else {
            title = firstSentenceTitle(body)
        }
        if body.isEmpty && title.isEmpty { return nil }
        let rawStart = lines[seg.first].start
        let rawEnd = seg.end < lines.count ? lines[seg.end].start : text.utf8.count
        let raw = rawSlice(text, rawStart, rawEnd)
        // The title adds evidence to a short body; a long body speaks for itself (and is not copied).
        let language = LanguageDetector.detect(body.utf8.count < 400 ? title + "\n" + body : body)
        return Article(id: "", file: file, segment: 0, title: title, date: date, language: language,
                       source: source, url: url, body: body, raw: raw, datelineDate: datelineDate)
    }

    /// A headline written as a Markdown heading without its marks: `# Title`, `## Title ##` give "Title".
    /// Notes and exports are often Markdown files: the list and the reader showed "# 习近平会见…". A `#` not
    /// followed by a space (`#MeToo`, `#1 seed`) is the title's own.
    static func withoutHeadingMarks(_ line: String) -> String {
        guard line.utf8.first == UInt8(ascii: "#") else { return line }
        let hashes = line.utf8.prefix { $0 == UInt8(ascii: "#") }.count
        let rest = line.utf8.dropFirst(hashes)
        guard hashes <= 6, let next = rest.first, next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") else { return line }
        var words = String(decoding: rest, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
        // The closing sequence a heading may end with (`## Title ##`).
        if words.count > 1, let last = words.last, last.allSatisfy({ $0 == "#" }) { words.removeLast() }
        return words.isEmpty ? line : words.joined(separator: " ")
    }

    /// The text after a segment's date line when it is shaped like a headline: short, no final full stop, a blank
    /// line after it and more text below.
    static func headlineLead(_ seg: Segment, _ lines: [Line]) -> String? {
        guard let lead = seg.dateLead, let d = seg.dateLine, d + 1 < seg.end, lines[d + 1].kind == .blank,
              !endsSentence(lead), lead.unicodeScalars.count <= maxHeadlineScalars,
              ((d + 2)..<seg.end).contains(where: { lines[$0].kind.isText }) else { return nil }
        return lead
    }

    static func rawSlice(_ text: String, _ start: Int, _ end: Int) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: start)
        let b = u.index(u.startIndex, offsetBy: end)
        return String(text[a..<b])
    }

    /// Longest line (in characters) that `joinParagraphs` keeps as a row.
    static let rowLength = 64

    /// The body from its paragraphs, a blank line between them, but for rows: short lines the file
    /// wrote with no blank line between them, of which the second ends no sentence or is a list item
    /// (a results table under its heading, standings, a list, a byline block, an address) stay on
    /// consecutive lines, as the file shows them. Lines that end sentences with no blank between them
    /// are paragraphs one to a line, as are long lines, and get their blank line. (Every line break is
    /// a sentence and name boundary to the extractor, one newline as much as two.)
    static func joinParagraphs(_ paragraphs: [(text: String, adjoining: Bool)]) -> String {
        var out = ""
        var previous: String?
        for (text, adjoining) in paragraphs {
            if let previous {
                let row = adjoining && previous.count <= rowLength && text.count <= rowLength
                    && (!endsSentence(text) || isListItem(text))
                out += row ? "\n" : "\n\n"
            }
            out += text
            previous = text
        }
        return out
    }

    /// A line that opens with a list marker: a bullet or dash and a space ("- ", "• ", "* ", "– "),
    /// or a number or letter and "." or ")" and a space ("1. ", "2) ", "a) ").
    static func isListItem(_ line: String) -> Bool {
        let u = Array(line.unicodeScalars.prefix(6))
        guard u.count >= 2 else { return false }
        if ["-", "*", "\u{2022}", "\u{2013}", "\u{2014}", "\u{00B7}"].contains(u[0]) { return u[1] == " " }
        var i = 0
        while i < u.count, u[i].properties.numericType != nil || (i == 0 && u[i].properties.isLowercase) { i += 1 }
        return i > 0 && i + 1 < u.count && (u[i] == "." || u[i] == ")") && u[i + 1] == " "
    }

    static func startsLowercase(_ line: String) -> Bool {
        guard let s = line.unicodeScalars.first else { return false }
        return s.properties.isLowercase
    }

    /// The first sentence of `body`, cut at a word boundary to about
    /// `titleColumns` display columns, with "…" when cut.
    public static func firstSentenceTitle(_ body: String) -> String {
        let sentence = TextCleaner.singleLine(String(firstSentence(body)))
        var title = sentence
        if title.hasSuffix("."), !title.hasSuffix("..") { title.removeLast() }
        return cut(title, columns: titleColumns)
    }

    /// The whole first sentence a title `firstSentenceTitle` cut with "…" was
    /// made of (what `|` gives a command); any other title as it is (a
    /// headline, or a sentence short enough to be whole).
    public static func uncutTitle(_ title: String, body: String) -> String {
        guard title.hasSuffix("…") else { return title }
        var sentence = TextCleaner.singleLine(String(firstSentence(body)))
        if sentence.hasSuffix("."), !sentence.hasSuffix("..") { sentence.removeLast() }
        return cut(sentence, columns: titleColumns) == title ? sentence : title
    }

    /// Longest first sentence looked at (scalars): a title never needs more.
    static let maxSentenceScalars = 400

    /// Up to and including the first sentence end, within the first paragraph.
    /// A full stop after a single letter (an initial: "A. Volfovich") or a
    /// common abbreviation does not end a sentence.
    static func firstSentence(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        var idx = scalars.startIndex
        var wordStart = idx
        var seen = 0
        while idx < scalars.endIndex {
            let c = scalars[idx]
            let next = scalars.index(after: idx)
            seen += 1
            if c == "\n" || seen > maxSentenceScalars { return Substring(scalars[..<idx]) }
            let atEnd = next == scalars.endIndex || TextCleaner.isSpace(scalars[next])
            switch c.value {
            case 0x20, 0xA0:
                wordStart = next
            case 0x3002, 0xFF01, 0xFF1F:  // 。！？
                return Substring(scalars[..<next])
            case 0x21, 0x3F, 0x61F, 0x2026:  // ! ? ؟ …
                if atEnd { return Substring(scalars[..<next]) }
            case 0x2E:  // .
                if atEnd {
                    let word = scalars[wordStart..<idx]
                    let letters = word.count
                    let isNumber = word.first.map { ("0"..."9").contains($0) } ?? false
                    if (letters > 1 || isNumber), letters > 6 || !abbreviations.contains(String(Substring(word)).lowercased()) {
                        return Substring(scalars[..<next])
                    }
                }
            default: break
            }
            idx = next
        }
        return Substring(scalars[...])
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "prof", "jr", "sr", "vs", "etc", "sen", "rep",
        "gov", "pres", "dept", "inc", "ltd", "co", "corp", "mm", "mme", "mlle", "av", "approx", "tp", "th", "ts",
        "г", "гг", "им", "ул", "т",
    ]

    /// `text` cut at the last word boundary before `columns` display columns, plus "…".
    static func cut(_ text: String, columns: Int) -> String {
        // One pass: remember where a cut would go, stop as soon as the text proves too wide.
        var used = 0
        var lastSpace: String.Index?
        var cutAt: String.Index?
        var idx = text.startIndex
        while idx < text.endIndex {
            let c = text[idx]
            let w = c.isASCII ? 1 : TextWidth.width(of: c)
            if cutAt == nil, used + w > columns - 1 { cutAt = idx }
            used += w
            if used > columns { break }
            if cutAt == nil, c == " " { lastSpace = idx }
            idx = text.index(after: idx)
        }
        guard used > columns, let hardCut = cutAt else { return text }
        // Cut at a space unless that would leave too little (CJK text has no spaces).
        let at = lastSpace.flatMap { text.distance(from: text.startIndex, to: $0) > 20 ? $0 : nil } ?? hardCut
        var head = String(text[..<at])
        while let last = head.last, last == " " || last == "," || last == ";" || last == ":" || last == "-" || last == "—" {
            head.removeLast()
        }
        return head + "…"
    }

    /// `dir/001_x.txt` → `001_x`.
    public static func fileStem(_ path: String) -> String {
        // On UTF-8 bytes ("/" and "." are ASCII): this runs for every file of
        // a corpus, twice more when the index recomputes its display IDs.
        let u = path.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x2F { end = u.index(before: end) }
        guard end > u.startIndex else { return path }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != 0x2F { start = u.index(before: start) }
        var dot = end
        var i = end
        while i > start {
            i = u.index(before: i)
            if u[i] == 0x2E { dot = i; break }
        }
        if dot == start { dot = end }
        return String(Substring(u[start..<dot]))
    }
}

/// Tests on eight bytes at once (a `UInt64` loaded from text), exact as to
/// whether any byte matches (not which).
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `w` is zero.
    @inline(__always) static func hasZero(_ w: UInt64) -> Bool {
        (w &- ones) & ~w & highs != 0
    }

    /// Whether a byte of `w` equals `b`.
    @inline(__always) static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        hasZero(w ^ (ones &* UInt64(b)))
    }

    /// Whether a byte of `w` is below 0x20 (a C0 control, line ends included).
    @inline(__always) static func hasByteBelow0x20(_ w: UInt64) -> Bool {
        (w &- ones &* 0x20) & ~w & highs != 0
    }

    /// Whether a byte of `w` is 0x20 or below (a C0 control or a space).
    @inline(__always) static func hasByteBelow0x21(_ w: UInt64) -> Bool {
        (w &- ones &* 0x21) & ~w & highs != 0
    }

    /// Whether every byte of `w` is below 0xCC, D0, D1 or E4–E9: the bytes
    /// `TextCleaner.mayNeedNFC` passes one by one without decoding.
    @inline(__always) static func allNFCQuickBytes(_ w: UInt64) -> Bool {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // 0x80 in each byte >= 0xCC (its low seven bits + 0x34 reach 0x80; no carry out of a byte).
        let high = ((w & lows) &+ ones &* 0x34) & w & highs
        if high == 0 { return true }
        let cyrillic = byteMask(w & ~ones, 0xD0)  // D0, D1
        let low4 = w & (ones &* 0x0F)
        let cjk = byteMask(w & (ones &* 0xF0), 0xE0) & (low4 &+ ones &* 0x7C) & ~(low4 &+ ones &* 0x76) & highs  // E4–E9
        return high & ~(cyrillic | cjk) == 0
    }

    /// `allNFCQuickBytes`, also passing the letters `TextCleaner.quickPassLength` passes
    /// whose lead byte is not the last of `w`: Arabic U+0621–064A (D8 A1…D9 8A) and Latin
    /// Extended Additional U+1E00–1EFF (E1 B8…E1 BB, Vietnamese letters with tones; their
    /// third byte, a continuation byte, passes anyway). For valid UTF-8 only (a D9's next
    /// byte is taken for a continuation byte). Arabic and Vietnamese text went scalar by
    /// scalar through `quickPassLength`, the most costly part of the NFC check.
    @inline(__always) static func allNFCQuickScalars(_ w: UInt64) -> Bool {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let high = ((w & lows) &+ ones &* 0x34) & w & highs
        if high == 0 { return true }
        let cyrillic = byteMask(w & ~ones, 0xD0)
        let low4 = w & (ones &* 0x0F)
        let cjk = byteMask(w & (ones &* 0xF0), 0xE0) & (low4 &+ ones &* 0x7C) & ~(low4 &+ ones &* 0x76) & highs
        let rest = high & ~(cyrillic | cjk)
        if rest == 0 { return true }
        // Flags of the byte after each byte (none after the last), on the byte itself.
        let nextAtLeastA1 = (((w & lows) &+ ones &* 0x5F) & w & highs) >> 8
        let nextAtLeast8B = (((w & lows) &+ ones &* 0x75) & w & highs) >> 8
        let nextB8toBB = byteMask(w & (ones &* 0xFC), 0xB8) >> 8
        let notLast: UInt64 = 0x0080_8080_8080_8080
        let arabic = (byteMask(w, 0xD8) & nextAtLeastA1) | (byteMask(w, 0xD9) & ~nextAtLeast8B)
        let vietnamese = byteMask(w, 0xE1) & nextB8toBB
        return rest & ~((arabic | vietnamese) & notLast) == 0
    }

    /// Whether a byte of `w` is 0x80 or above (not ASCII).
    @inline(__always) static func hasNonASCII(_ w: UInt64) -> Bool {
        w & highs != 0
    }

    /// 0x80 in exactly the bytes of `w` equal to `b`, 0 elsewhere (no false
    /// positives, unlike `hasZero`'s borrows): positions matter here.
    @inline(__always) static func byteMask(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let v = w ^ (ones &* UInt64(b))
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & lows) &+ lows) | v | lows)
    }

    /// ASCII letters (A–Z, a–z) among the bytes of `w`, which must all be ASCII.
    @inline(__always) static func asciiLetterCount(_ w: UInt64) -> Int {
        let x = w | (ones &* 0x20)  // lower case; other ASCII stays below 0x80
        let atLeastA = (x &+ ones &* 0x1F) & highs  // x >= 0x61
        let aboveZ = (x &+ ones &* 0x05) & highs  // x >= 0x7B
        return bitsSet(atLeastA & ~aboveZ)
    }

    /// The bytes of `mask` with 0x80 set (`mask` has no other bit). `nonzeroBitCount` is
    /// about 15 instructions on the baseline x86-64 the package is built for (no `popcnt`):
    /// here the flags, moved to each byte's lowest bit, are summed into the top byte by one
    /// multiplication (at most 8: no carry).
    @inline(__always) static func bitsSet(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
    }
}
