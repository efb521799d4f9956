import BulletinKit
import Foundation

/// The rows of the entity sidebar: a header per group, then its entities.
public enum SidebarRows {
    public enum Row: Sendable, Hashable {
        case header(String)
        /// Index into the sorted entities (`AppState.sidebarEntries`).
        case entity(Int)
        case blank
    }

    public static func rows(for entries: [ArticleEntity]) -> [Row] {
        var rows: [Row] = []
        for (type, title) in SidebarOrder.groups {
            let members = entries.indices.filter { entries[$0].type == type }
            guard !members.isEmpty else { continue }
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.header(title))
            rows += members.map { .entity($0) }
        }
        return rows
    }
}

/// The entity sidebar: the reader's article's entities grouped by type, with
/// how often this article mentions each and how many other articles do.
enum SidebarPane {
    /// The first row on screen: the cursor's entity stays visible. The mouse
    /// maps a click through the same window.
    static func topRow(rows: [SidebarRows.Row], cursor: Int, page: Int) -> Int {
        let cursorRow = rows.firstIndex(of: .entity(cursor)) ?? 0
        return ListWindow.scroll(current: 0, selection: cursorRow, page: page, count: rows.count)
    }

    /// The name the sidebar shows for a person: the article's own spelling of the whole name when it writes it
    /// in the script of the canonical name but not as the canonical name (an English article's "Nikolai Sonin",
    /// which the corpus-wide linker names "Nikolaï Sonine" after the French reports that outnumber it), else
    /// the canonical name (an Arabic article's لوكاشينكو stays "Alexander Lukashenko": one name across scripts;
    /// an article that writes the surname alone shows the full canonical name). The entity stays the linked
    /// one: its filter, its counts and the status line's full name (`StatusBar.hints`) use `name`.
    static func shownName(_ e: ArticleEntity) -> String {
        guard e.type == .person, !e.aliases.isEmpty, !e.aliases.contains(e.name),
              let script = NameScript.of(e.name) else { return e.name }
        var best: (words: Int, length: Int, name: String)?
        for written in e.aliases where NameScript.of(written) == script {
            // As one line: a name the text breaks across lines is still one name.
            let parts = written.split(whereSeparator: \.isWhitespace)
            let words = parts.count, alias = parts.joined(separator: " ")
            guard words >= 2 else { continue }
            if best.map({ (words, alias.count) > ($0.words, $0.length) }) ?? true { best = (words, alias.count, alias) }
        }
        return best?.name ?? e.name
    }

    /// The script of a name's first letter, coarsely: enough to tell an article's own spelling of a name from
    /// its forms in other scripts.
    enum NameScript: Equatable {
        case latin, cyrillic, greek, arabic, hebrew, cjk, hangul, other

        static func of(_ name: String) -> NameScript? {
            guard let s = name.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return nil }
            switch s.value {
            case 0...0x024F, 0x1E00...0x1EFF: return .latin
            case 0x0370...0x03FF: return .greek
            case 0x0400...0x052F: return .cyrillic
            case 0x0590...0x05FF: return .hebrew
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .cjk
            case 0xAC00...0xD7AF, 0x1100...0x11FF: return .hangul
            default: return .other
            }
        }
    }

    /// `name` as the sidebar's narrow name column shows it: when a person's
    /// whole name does not fit, the given names become initials ("A. Lukashenko",
    /// not "Alexander Lu…"), or go ("Lukashenko"), since the family name is what
    /// tells people apart. Other names are cut as titles are; the status bar
    /// names the entity under the cursor in full (`StatusBar.hints`).
    ///
    /// A name written family name first (Vietnamese, Chinese, Korean: `NameOrder`)
    /// keeps its family name: "L. T. Quang" took Lương for a given name.
    /// A Vietnamese name keeps its family name and the last syllables that fit
    /// ("Nguyễn … Phúc", the given name people go by), narrower the last
    /// syllables alone ("… Văn Thắng"); a Chinese or Korean one
    /// is cut at its end with "…", the family name first ("Yoon Suk…").
    static func label(_ name: String, type: EntityType, room: Int) -> String {
        guard type == .person, TextWidth.width(of: name) > room else { return name }
        let words = name.split(separator: " ")
        if let order = NameOrder.familyFirst(words) {
            if order == .vietnamese, words.count >= 3 {
                let family = String(words[0])
                // The last syllables, as many as fit after the family name and " … ".
                for k in 2..<words.count {
                    let kept = family + " … " + words[k...].joined(separator: " ")
                    if TextWidth.width(of: kept) <= room { return kept }
                }
                // Narrower: the last syllables alone ("… Văn Thắng"), the given name last to go.
                for k in 1..<words.count {
                    let kept = "… " + words[k...].joined(separator: " ")
                    if TextWidth.width(of: kept) <= room { return kept }
                }
            }
            return TextLayout.truncate(name, to: room)
        }
        if name.unicodeScalars.contains(where: isArabicLetter) { return arabicLabel(name, words: words, room: room) }
        guard words.count >= 2 else { return name }
        // A family name's particles stay with it ("P. de Vries", "A. El Amrani", "M. bin Salman"; "P. d. Vries" read as nothing).
        var start = words.count - 1
        while start > 1, Self.familyParticles.contains(words[start - 1].lowercased()) { start -= 1 }
        let family = words[start...].joined(separator: " ")
        let initials = (words[..<start].compactMap { $0.first.map { "\($0)." } } + [family]).joined(separator: " ")
        return TextWidth.width(of: initials) <= room || TextWidth.width(of: family) > room ? initials : family
    }

    /// Arabic script has no initials ("ب. ع. العاطي" read as nothing), and its family names are often two
    /// words: a particle and a name ("عبد العاطي", "آل ثاني", "بن سلمان"), so the last word alone was
    /// half a name ("ثاني" is "second"). The given name and the whole family name, else the family name,
    /// else the name cut at its end.
    static func arabicLabel(_ name: String, words: [Substring], room: Int) -> String {
        var start = words.count - 1
        while start > 0, arabicFamilyParticles.contains(String(words[start - 1])) { start -= 1 }
        let family = words[start...].joined(separator: " ")
        if start > 0 {
            let short = String(words[0]) + " " + family
            if TextWidth.width(of: short) <= room { return short }
        }
        if start > 0, TextWidth.width(of: family) <= room { return family }
        return TextLayout.truncate(name, to: room)
    }

    /// Particles of a family name in Latin letters, kept with it when the given names become initials.
    static let familyParticles: Set<String> = ["de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von",
                                                "le", "la", "du", "des", "el", "al", "bin", "ben", "ibn", "bint", "ter", "ten", "zu", "y"]

    /// Words that open an Arabic family name with the word after them.
    static let arabicFamilyParticles: Set<String> = ["عبد", "أبو", "ابو", "أبي", "بن", "ابن", "بنت", "آل", "ال"]

    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0620...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC: return true
        default: return false
        }
    }

    /// The pane's title: "Entities", and the article's title when no reader is on screen (the sidebar alone under
    /// 120 columns, or in the list's place beside nothing): the whole-width sidebar did not say whose entities
    /// it listed. Cut to the room the count leaves, then laid out as the bars lay out text (an Arabic title).
    static func headerTitle(_ state: AppState, width: Int, right: String) -> String {
        guard state.layout.pane(.reader(.single)) == nil, let article = state.article(in: .single) else { return "Entities" }
        let title = TerminalSafe.sanitize(article.title).split(whereSeparator: \.isNewline).joined(separator: " ")
        let label = "Entities of "
        let room = width - 3 - TextWidth.width(of: right) - TextWidth.width(of: label)
        guard room >= 8, !title.isEmpty else { return "Entities" }
        return label + BarText.visual(TextLayout.truncate(title, to: room), state.display)
    }

    static func draw(_ state: AppState, into grid: inout Grid, pane: PaneFrame) {
        let theme = state.display.theme
        let focused = state.focus == .sidebar
        let frame = pane.frame, content = pane.content
        let entries = state.sidebarEntries
        let count = entries.isEmpty ? "" : Count.grouped(entries.count)
        Renderer.drawPaneHeader(&grid, frame: frame, title: headerTitle(state, width: frame.width, right: count), right: count,
                                focused: focused, theme: theme)
        guard !entries.isEmpty else {
            grid.text(" No entities found", x: content.x, y: content.y, style: theme.muted, maxWidth: content.width)
            return
        }
        let rows = SidebarRows.rows(for: entries)
        // `here`: the mentions `n` goes through (title and text), or, for a name found only in the details
        // (a source line's agency), the extractor's count.
        let mentions = state.article(in: .single).map(state.cache.entityMentions(of:)) ?? [:]
        let top = topRow(rows: rows, cursor: state.sidebarCursor, page: content.height)
        let numbers = content.width >= 22 ? 11 : 0
        let nameWidth = max(1, content.width - 2 - numbers)
        for r in 0..<content.height {
            let i = top + r
            guard i < rows.count else { break }
            let y = content.y + r
            switch rows[i] {
            case .blank: continue
            case .header(let title):
                // A group title wider than the name column ("Organizations" in a
                // narrow sidebar) takes the row whole rather than being cut; the
                // column labels stay on the groups whose titles fit.
                let fits = TextWidth.width(of: title) <= nameWidth
                grid.text(" " + (fits ? TextLayout.pad(title, to: nameWidth) : TextLayout.truncate(title, to: content.width - 1)),
                          x: content.x, y: y, style: theme.heading, maxWidth: content.width)
                if numbers > 0, fits {
                    grid.text(TextLayout.pad("here", to: 5, alignment: .right) + TextLayout.pad("other", to: 6, alignment: .right),
                              x: content.x + 1 + nameWidth, y: y, style: theme.muted, maxWidth: numbers)
                }
            case .entity(let k):
                let e = entries[k]
                let style = k == state.sidebarCursor && focused ? theme.selection : theme.entity(e.type)
                grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1),
                          style: k == state.sidebarCursor && focused ? theme.selection : theme.text)
                let name = label(TerminalSafe.sanitize(shownName(e)), type: e.type, room: nameWidth)
                ListPane.drawTitle(name, query: "", x: content.x + 1, y: y, room: nameWidth, base: style,
                                   match: style, options: state.display, into: &grid)
                if numbers > 0 {
                    let others = max(0, (state.catalog.entityArticleCounts[e.name] ?? 1) - 1)
                    let located = mentions[e.name]?.count ?? 0
                    let here = located > 0 ? located : max(e.mentions, e.ranges.count)
                    let text = TextLayout.pad(Count.compact(here, room: 4), to: 5, alignment: .right)
                        + TextLayout.pad(Count.compact(others, room: 5), to: 6, alignment: .right)
                    let numStyle = k == state.sidebarCursor && focused ? theme.selection : theme.muted
                    grid.text(text, x: content.x + 1 + nameWidth, y: y, style: numStyle, maxWidth: numbers)
                }
            }
        }
    }
}

/// Whether a person's name is written family name first, as Vietnamese,
/// Chinese and Korean names are (also in Latin letters: "Lương Tam Quang",
/// "Xi Jinping", "Lee Jae-myung"): its first word is a common family name of
/// those languages and every other word is made of their syllables (so
/// "Kim Kardashian" and "Dan Brown" are not). For display only.
public enum NameOrder: Sendable, Hashable {
    case vietnamese, eastAsian

    public static func familyFirst(_ name: String) -> NameOrder? {
        familyFirst(name.split(separator: " "))
    }

    static func familyFirst(_ words: [Substring]) -> NameOrder? {
        guard words.count >= 2, words.count <= 5, let first = words.first else { return nil }
        let family = fold(first)
        let vietnamese = vietnameseFamilies.contains(family)
        guard vietnamese || eastAsianFamilies.contains(family) else { return nil }
        for word in words.dropFirst() {
            for part in word.split(separator: "-") where !isSyllables(fold(part)) { return nil }
        }
        return vietnamese ? .vietnamese : .eastAsian
    }

    /// Lower case, without accents; đ as d.
    static func fold(_ word: Substring) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
    }

    static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "zh", "sh", "kk", "tt", "pp", "ss", "jj"]
        + "bcdfghjklmnpqrstvwxyz".map { String($0) }
    static let codas = ["ng", "nh", "ch", "n", "m", "k", "l", "p", "t", "c"]

    /// Whether `word` (folded) splits into syllables of Vietnamese, pinyin or
    /// Korean romanization: an optional onset, one to four vowels (y and w
    /// count, as glides: "myung", "kwak"), an optional coda.
    static func isSyllables(_ word: String) -> Bool {
        let w = Array(word)
        guard !w.isEmpty, w.count <= 12 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "w", "ü"]
        func matches(_ part: [Character], at i: Int) -> Bool {
            i + part.count <= w.count && Array(w[i..<(i + part.count)]) == part
        }
        // reachable[i]: the first i letters split into syllables.
        var reachable = [Bool](repeating: false, count: w.count + 1)
        reachable[0] = true
        for start in 0..<w.count where reachable[start] {
            for onset in [[]] + onsets.map(Array.init) where matches(onset, at: start) {
                let first = start + onset.count
                var end = first
                while end < w.count, vowels.contains(w[end]), end - first < 4 {
                    end += 1
                    reachable[end] = true
                    for coda in codas.map(Array.init) where matches(coda, at: end) { reachable[end + coda.count] = true }
                }
            }
        }
        return reachable[w.count]
    }

    static let vietnameseFamilies: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
        "ly", "luong", "to", "trinh", "dinh", "mai", "truong", "lam", "cao", "ha", "lai", "doan", "vuong", "trieu",
        "thai", "chu", "quach", "luu", "kieu", "tang", "ta", "la", "phung", "ton", "khuc", "hua", "giang", "nghiem",
        "tieu", "dieu", "nong", "thach", "van", "diep", "au", "lu", "khong", "ninh", "giap", "ung", "kha", "luc",
    ]

    static let eastAsianFamilies: Set<String> = [
        // Chinese (pinyin)
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
        "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng", "su", "wei", "lu",
        "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu", "fang",
        "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou", "tao", "gu", "mao",
        "hao", "gong", "shao", "wan", "qian", "qi", "kong", "xiang", "chang", "wen", "kang", "niu", "ge", "xing",
        "qiao", "pang", "zhuang", "nie", "yue", "zhai", "zhan", "ou", "geng", "guan", "lan", "jiao", "zuo", "gan",
        "bao", "ning", "shang", "shu", "ruan", "ke", "ji", "mei", "tong", "bi", "pei", "huo", "tu", "miao", "sheng",
        "qu", "weng", "ran", "chai", "xi", "hua", "lou", "cen", "leng", "mu", "ai", "zhen", "rong", "diao", "sha",
        "kou", "sang", "lang", "cong", "ao", "ming", "she", "chi", "kuang", "hong", "tse", "chan", "wong", "leung",
        "cheung", "lau", "ng", "tsai", "hsu", "chiang", "kuo", "ko", "lai",
        // Korean
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "lim", "oh", "seo",
        "shin", "kwon", "hwang", "ahn", "jeon", "moon", "son", "bae", "baek", "heo", "nam", "noh", "roh", "kwak",
        "sung", "cha", "joo", "woo", "min", "ryu", "yoo", "rhee", "chung",
    ]
}
