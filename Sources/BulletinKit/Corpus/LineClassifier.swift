/// What one line of an article file is, judged on its own.
///
/// Metadata lines (captions, source lines, page debris) are recognized by
/// short labels in the languages Bulletin reads; they stay in `raw` but not
/// in `body`.
enum LineKind: Sendable, Equatable {
    case blank
    case text
    /// A photo credit: `Photo: VNA/CVN`, `(Ảnh: TTXVN)`, or a short line ending in `(Photo: VNA)`.
    case caption
    /// A source line: `VNA`, `VNA/CVN`, `Source: Reuters`, `المصدر: https://…`, a bare URL.
    case source(name: String?, url: String?)
    /// Web-page leftovers: `تعليق (0)`, `Comments (3)`, `Share`.
    case debris

    /// Cheaper than `== .text` (no payload comparison): used in the hot loops.
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}

enum LineClassifier {
    /// Classifies a cleaned (control-free, trimmed) line.
    static func classify(_ line: String) -> LineKind {
        if line.isEmpty { return .blank }
        // Every metadata line is short; long paragraphs skip all the checks
        // but the caption suffix one.
        let utf8Count = line.utf8.count
        if utf8Count <= 600, let kind = metadata(line, utf8Count: utf8Count) { return kind }
        return .text
    }

    private static func metadata(_ line: String, utf8Count: Int) -> LineKind? {
        if utf8Count <= 300 {
            if let (label, value) = labeled(line) {
                let key = label.lowercased()
                if captionLabels.contains(key) { return isCredit(value) ? .caption : nil }
                if sourceLabels.contains(key) { return sourceLine(value) }
            }
            if utf8Count <= 60, isDebris(line) { return .debris }
            if utf8Count <= 40, let first = line.utf8.first, (0x41...0x5A).contains(first), isAgency(line) {
                return .source(name: line, url: nil)
            }
            if isBareURL(line) { return .source(name: nil, url: line) }
        }
        // `… (Photo: VNA)`: byte-level search, this runs on long paragraphs too.
        let u = line.utf8
        if u.last == 0x29, let open = u.lastIndex(of: 0x28), u.distance(from: open, to: u.endIndex) <= 80 {
            let inner = Substring(u[u.index(after: open)..<u.index(before: u.endIndex)])
            if let (label, value) = labeled(String(inner)), captionLabels.contains(label.lowercased()) {
                // Only the credit in brackets: `(Photo: VNA)`, `(صورة: وام)`.
                if open == u.startIndex { return isCredit(value) ? .caption : nil }
                // A credit after a description is the caption's end; the description is the article's text.
                return isCredit(String(Substring(u[..<open]))) ? .caption : nil
            }
        }
        return nil
    }

    /// `label: value` where the label is one to three words (`Photo`, `Crédit photo`, `المصدر`).
    static func labeled(_ line: String) -> (String, String)? {
        guard mayHaveColon(line) else { return nil }
        // The colon (ASCII or full-width) within the first 40 bytes.
        let u = line.utf8
        var idx = u.startIndex
        var colon: String.Index?
        var colonLength = 1
        var count = 0
        while idx < u.endIndex, count < 40 {
            let b = u[idx]
            if b == 0x3A { colon = idx; break }
            if b == 0xEF {
                let rest = u[idx...].prefix(3)
                if rest.elementsEqual([0xEF, 0xBC, 0x9A]) { colon = idx; colonLength = 3; break }
            }
            idx = u.index(after: idx)
            count += 1
        }
        guard let colon else { return nil }
        let label = TextCleaner.trim(Substring(u[..<colon]))
        guard !label.isEmpty, label.split(separator: " ").count <= 3 else { return nil }
        let value = TextCleaner.trim(Substring(u[u.index(colon, offsetBy: colonLength)...]))
        return (String(label), String(value))
    }

    /// Whether one of the first 40 bytes of `line` is a colon or 0xEF (the lead byte of the
    /// full-width colon): when none is, `labeled` finds no label. Every headline and short
    /// paragraph is asked, and most have no colon: walking `String.UTF8View` indices for it
    /// was the largest part of classifying lines.
    static func mayHaveColon(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { p in
            for k in 0..<min(p.count, 40) where p[k] == 0x3A || p[k] == 0xEF { return true }
            return false
        } ?? true
    }

    /// A line under a caption's label (`Photo: …`, `Ảnh: …`) or ending in one in brackets (`… (Ảnh: TTXVN)`), a credit or
    /// a description: never a headline (a description ends in its credit, with no full stop).
    static func isCaptionShaped(_ line: String) -> Bool {
        if let (label, _) = labeled(line), captionLabels.contains(label.lowercased()) { return true }
        let u = line.utf8
        guard u.last == 0x29, let open = u.lastIndex(of: 0x28), u.distance(from: open, to: u.endIndex) <= 80,
              let (label, _) = labeled(String(Substring(u[u.index(after: open)..<u.index(before: u.endIndex)]))) else { return false }
        return captionLabels.contains(label.lowercased())
    }

    /// A caption's text that only credits the picture ("VNA/CVN", "Ảnh: Minh Quyết - TTXVN", "REUTERS/Jane Doe"): five
    /// words at most (ten characters of a script written without spaces), no sentence. A longer caption describes the
    /// picture, naming its people and places, and is the article's text like any paragraph.
    static func isCredit(_ text: String) -> Bool {
        var words = 0, unspaced = 0, inWord = false
        for s in text.unicodeScalars {
            if s == " " || s == "\u{00A0}" { inWord = false; continue }
            if ArticleParser.isUnspacedScript(s) { unspaced += 1; inWord = false } else if !inWord { words += 1; inWord = true }
            if words + unspaced / 2 > 5 { return false }
        }
        return true
    }

    static let captionLabels: Set<String> = [
        "photo", "photos", "photo credit", "crédit photo", "credit", "image", "illustration", "illustrative photo",
        "ảnh", "ảnh minh họa", "ảnh minh hoạ", "фото", "foto", "صورة", "الصورة", "图", "图片", "圖", "圖片", "照片",
    ]

    static let sourceLabels: Set<String> = [
        "source", "sources", "nguồn", "источник", "fuente", "quelle", "fonte", "المصدر", "来源", "來源", "出处",
    ]

    /// `Source: X` / `المصدر: https://…`: the name, the URL, or both.
    static func sourceLine(_ value: String) -> LineKind {
        guard let range = value.range(of: "https://") ?? value.range(of: "http://") else {
            return .source(name: value.isEmpty ? nil : value, url: nil)
        }
        let urlEnd = value[range.lowerBound...].firstIndex(where: { $0 == " " }) ?? value.endIndex
        let url = String(value[range.lowerBound..<urlEnd])
        var name = String(value[..<range.lowerBound]) + String(value[urlEnd...])
        name = String(TextCleaner.trim(Substring(name)))
        if name.isEmpty || name == "-" || name == "—" { return .source(name: host(of: url), url: url) }
        return .source(name: name, url: url)
    }

    /// `www.example.com/…` → `example.com`.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }

    static func isBareURL(_ line: String) -> Bool {
        line.utf8.first == 0x68 && (line.hasPrefix("https://") || line.hasPrefix("http://")) && !line.contains(" ")
    }

    /// A news agency credit on a line of its own: `VNA`, `VNA/CVN`, `AFP, Reuters`.
    /// The first name is in capitals (2–10 letters) or a known agency.
    static func isAgency(_ line: String) -> Bool {
        // Cheap rejection first: credits are ASCII letters, digits, `&`, separators.
        for b in line.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x26, 0x2F, 0x2C, 0x20: continue
            default: return false
            }
        }
        let parts = line.split(whereSeparator: { $0 == "/" || $0 == "," }).map { TextCleaner.trim($0) }
        guard !parts.isEmpty, parts.count <= 4 else { return false }
        for (i, part) in parts.enumerated() {
            guard (2...12).contains(part.count), !part.contains(" ") else { return false }
            if knownAgencies.contains(part.lowercased()) { continue }
            let letters = part.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= 2, part.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "&" || ("0"..."9").contains($0) }) else {
                return false
            }
            let upper = letters.filter { $0.properties.isUppercase }.count
            // First credit: all capitals (VNA, TTXVN). Later ones may be mixed case (VNA/BelTA).
            if i == 0 ? upper != letters.count : upper == 0 { return false }
        }
        return true
    }

    static let knownAgencies: Set<String> = [
        "reuters", "xinhua", "belta", "sputnik", "tass", "interfax", "kazinform", "ria", "afp", "ap", "dpa",
        "vnexpress", "vietnamplus", "anadolu", "bernama", "yonhap", "kyodo",
    ]

    /// Comment counters and sharing buttons copied along with the article.
    static func isDebris(_ line: String) -> Bool {
        guard line.utf8.count <= 24 || line.utf8.last == 0x29 else { return false }
        if isEditorsInitials(line) { return true }
        let lower = line.lowercased()
        if debrisWords.contains(lower) { return true }
        // `label (N)`
        guard lower.hasSuffix(")"), let open = lower.lastIndex(of: "(") else { return false }
        let count = lower[lower.index(after: open)..<lower.index(before: lower.endIndex)]
        guard !count.isEmpty, count.allSatisfy(\.isNumber) else { return false }
        let label = TextCleaner.trim(lower[..<open])
        return debrisCounters.contains(String(label))
    }

    /// Editors' initials joined by a double slash, Lusa's sign-off ("JLV // ZO", "ARL//JMR"): no credit line
    /// (the agency is not in it), no body text (its letters read as two acronyms).
    static func isEditorsInitials(_ line: String) -> Bool {
        let parts = line.utf8.split(separator: 0x2F, omittingEmptySubsequences: false)
        guard parts.count >= 3, line.utf8.count <= 24 else { return false }
        var slashes = 0, initials = 0
        for part in parts {
            var letters = 0
            for b in part {
                if (0x41...0x5A).contains(b) { letters += 1 } else if b != 0x20 { return false }
            }
            if letters == 0 {
                guard part.isEmpty else { return false }
                slashes += 1
            } else {
                guard (2...4).contains(letters) else { return false }
                initials += 1
            }
        }
        return initials >= 2 && slashes >= 1
    }

    static let debrisWords: Set<String> = [
        "share", "tweet", "print", "email", "like", "comments", "comment", "partager", "imprimer",
        "chia sẻ", "in bài", "bình luận", "поделиться", "печать", "комментарии", "مشاركة", "طباعة",
        "تعليق", "تعليقات", "分享", "打印", "评论",
        // Advertisement slots copied with the text, a word on a line of their own.
        "advertisement", "advertising", "sponsored", "publicité", "anzeige", "publicidad", "pubblicità", "publicidade",
        "реклама", "quảng cáo", "广告", "廣告", "إعلان", "إعلانات",
    ]

    static let debrisCounters: Set<String> = [
        "تعليق", "تعليقات", "comment", "comments", "commentaire", "commentaires", "bình luận", "комментарии",
        "комментарий", "комментариев", "评论", "評論", "likes", "shares", "j'aime",
    ]
}
