import Foundation

/// Session 44 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Latin script: a name with a firm's legal form ("… DOOEL", "… Ltda.", "… SARL") is a body, named without the form
///   (and read back over "del"/"de" + capitalized words to its start); a name listed with places ("in A, B, C and D", two
///   or more of them places, no body or cued person among them) is a place; a country's name after a lowercase noun of
///   place ("fleuve Congo", "province de l'Équateur", "les marchés A, B, Congo et C") is that place, no country; (English) a
///   body "… of X" goes on over "and Y" ("Ministry of Mining and Metallurgy");
/// - Arabic: a count or quantity word ("عدد", "ثلاث", "خمس") or "المملكة" alone is no place; a body's name ends before an
///   indefinite word joined by و ("… والاجتماعي ومساهمة من"); a body goes on over an elative ("بلدية X الكبرى") and over a
///   definite feminine adjective + a country's adjective ("وزارة … المستدامة الجورجية"); a title (a rank, or a head noun
///   with its definite complement: "نائبة الوزير", "صاحب الشركة", "الدليل السياحي") + two or three name words before a
///   comma or بأن is a person; a firm quoted after "شركة" is a body, without its legal form ("ذ.م.م").
/// `refineS44a` runs after `refineS43b`, before `refineCP15`. Cost: the Latin rules read the mentions (and the few tokens
/// around each); the class-noun rule looks only at country mentions; the Arabic rules read mentions, except the titled
/// persons and quoted firms, which scan tokens for a trigger key only when `articleHas` found one of their words.
extension NameFinder {
    mutating func refineS44a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s44ArabicCountWords()
            s44ArabicRoman()
            s44ArabicIndefiniteConjunct()
            s44ArabicBodyTails()
            s44ArabicQuotedFirms()
            s44ArabicInternationalAirports()
            s44ArabicTitledPersons()
        } else if !hasHan && !lang.vi && !lang.ru {
            s44LatinLegalForms()
            s44LatinPlaceLists()
            s44LatinClubPrefixes()
            if language == "en" || lang.fr { s44LatinClassNounCountries() }
            if language == "en" { s44LatinOfAndBodies() }
        }
    }

    // MARK: - Latin script

    /// Legal forms of firms written after the name (folded keys; none is a common word in the languages read).
    static let s44LegalForms = h18Keys(["dooel", "doo", "ltda", "sarl", "sarlu", "gmbh", "llc", "srl", "sprl", "bvba", "eirl", "eurl"])
    static let s44NameLinks = h18Keys(["del", "de", "la", "los", "las", "da", "do", "dos", "di"])

    /// "Vardar Soft DOOEL Bitola", the cooperative "Aurora del Sur Minera Ltda.": a name before a firm's legal form is a body
    /// (not a person), named with its form (and the seat right after it, a place's one word before punctuation), read back
    /// over capitalized words and "del"/"de" between them; a body already read up to the form is only read back over
    /// "del"/"de" + a capitalized word before it. (Not in German, where nouns are capitalized.)
    mutating func s44LatinLegalForms() {
        guard !lang.de, articleHas(Self.s44LegalForms) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for f in 1..<tokenCount where tokens[f].kind == .word && tokens[f].script == .latin && (tokens[f].capitalized || tokens[f].allCaps)
            && Self.s44LegalForms.contains(tokens[f]) {
            guard s43Cap(f - 1), tokens[f].spaceBefore else { continue }
            let (fs, fe) = (tokens[f - 1].start, tokens[f].end)
            if let o = firstMentionIndex(where: { $0.type == .organization && $0.start <= fs && $0.end >= fe }) {
                // Read back over "del" + a capitalized word ("Aurora" before "del Sur …").
                guard mentions[o].known == nil, let (a0, z0) = seedSpan(o), a0 >= 2, s43Lower(a0 - 1), Self.s44NameLinks.contains(tokens[a0 - 1]),
                      s43Cap(a0 - 2), !tokens[a0 - 1].sentenceStart, tokens[a0 - 1].spaceBefore,
                      !anyMention(where: { $0.start < tokens[a0 - 1].start && $0.end > tokens[a0 - 2].start && ($0.known != nil || $0.type == .country) }) else { continue }
                var a = a0 - 2
                while a > 0, s43Cap(a - 1), tokens[a].spaceBefore, !tokens[a].sentenceStart, a0 - a < 4 { a -= 1 }
                for j in mentions.indices where mentions[j].start >= tokens[a].start && mentions[j].start < mentions[o].end { drop.insert(j) }
                added.append(mention(a, z0 + 1, type: .organization, evidence: mentionEvidence(o)))
                continue
            }
            // The name: capitalized words before the form, over lowercase links between capitalized words.
            var a = f - 1
            while a > 0, !tokens[a].sentenceStart {
                if s43Cap(a - 1), tokens[a].spaceBefore, !tokens[a].newlineBefore { a -= 1; continue }
                if a >= 2, s43Lower(a - 1), Self.s44NameLinks.contains(tokens[a - 1]), s43Cap(a - 2), tokens[a - 1].spaceBefore { a -= 2; continue }
                break
            }
            guard f - a <= 6 else { continue }
            var e = f + 1
            // The seat: "DOOEL Bitola," (one capitalized word, a place's or unread, before punctuation).
            if e + 1 < tokenCount, s43Cap(e), tokens[e].spaceBefore, !s43Cap(e + 1), tokens[e + 1].kind == .punct,
               !anyMention(where: { $0.start == tokens[e].start && ($0.type == .person || $0.type == .organization || $0.type == .country) }) {
                e += 1
            }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // Not over a known name (but a place's) or a country.
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil && $0.type != .place || $0.type == .country) }) { continue }
            for j in mentions.indices where mentions[j].start >= s - 1 && mentions[j].start < end { drop.insert(j) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Club prefixes before a club's name not read elsewhere ("TP" Tout Puissant, "CA", "MC", "CR", "JSK", "ASEC").
    static let s44ClubPrefixes = h18Keys(["tp", "ca", "mc", "cr", "jsk", "asec", "asfa", "asko", "usfa", "ud", "cd", "fk", "sk"])

    /// "le TP Kalemie a battu …": in a sports article, a club prefix in capitals + a capitalized name (read as a person or
    /// untyped) is a club, a body; the name's other mentions alone too.
    mutating func s44LatinClubPrefixes() {
        guard articleHas(Self.s44ClubPrefixes), articleHas(Self.h20SportWords) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        var names: [[String]] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && tokens[k].allCaps && Self.s44ClubPrefixes.contains(tokens[k]) {
            guard s43Cap(k + 1), !tokens[k + 1].allCaps, tokens[k + 1].spaceBefore, !tokens[k + 1].newlineBefore,
                  let i = firstMentionIndex(where: { $0.start == tokens[k + 1].start || $0.start == tokens[k].start }),
                  mentions[i].known == nil, mentions[i].type != .country, mentions[i].type != .place || mentions[i].evidence == .guess,
                  let (a, z) = seedSpan(i), z - a <= 2 else { continue }
            if mentions[i].type == .organization && a == k { continue }
            drop.insert(i)
            names.append(a == k ? Array(mentions[i].words.dropFirst()) : mentions[i].words)
            added.append(mention(k, z + 1, type: .organization, evidence: .cue))
        }
        guard !added.isEmpty else { return }
        // The name alone elsewhere ("Kasenga a perdu") is the club too.
        // (Its words are the club's, so that the two group as one.)
        for j in mentions.indices where !drop.contains(j) && mentions[j].known == nil && mentions[j].type != .country {
            guard let n = names.firstIndex(of: mentions[j].words) else { continue }
            mentions[j].type = .organization
            mentions[j].placeContext = false
            mentions[j].words = added[n].words
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Words that open a list of examples after a noun of places ("comme", "notamment", "such as", "including").
    static let s44ListOpeners = h18Keys(["comme", "notamment", "dont", "tels", "telles", "such", "including", "like"])

    static let s44ListAnd = h18Keys(["and", "et", "y", "e", "und"])

    /// "customers in Karpoš, Aerodrom, Gazi Baba and Centar": in a list of three or more names joined by commas and a
    /// last "and", two or more of them places (or countries) and no body or cued person, an untyped name or a person
    /// guessed from capitals alone (no known given name first) is a place too.
    mutating func s44LatinPlaceLists() {
        guard mentions.count >= 3 else { return }
        let order = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
        var spans: [(Int, Int)] = []
        for i in order {
            guard let sp = seedSpan(i) else { spans.append((-1, -1)); continue }
            spans.append(sp)
        }
        var chainStart = 0
        var p = 0
        while p < order.count {
            // Extend the chain while the next mention follows after "," or "and" or ", and".
            var q = p
            var sawAnd = false
            while q + 1 < order.count {
                let (_, z) = spans[q - 0]
                let (a2, _) = spans[q + 1]
                guard z >= 0, a2 > z else { break }
                let gap = a2 - z - 1
                if gap == 1, keyIs(z + 1, ",") { q += 1; continue }
                if gap == 1, s43Lower(z + 1), Self.s44ListAnd.contains(tokens[z + 1]) { sawAnd = true; q += 1; break }
                if gap == 2, keyIs(z + 1, ","), s43Lower(z + 2), Self.s44ListAnd.contains(tokens[z + 2]) { sawAnd = true; q += 1; break }
                break
            }
            chainStart = p
            defer { p = q + 1 }
            let n = q - chainStart + 1
            guard sawAnd, n >= 3 else { continue }
            var places = 0, bad = false
            for r in chainStart...q {
                let m = mentions[order[r]]
                switch m.type {
                case .place?, .country?: places += 1
                case .organization?: bad = true
                case .person?: if m.evidence != .guess || m.known != nil { bad = true }
                default: break
                }
            }
            guard !bad, places >= 2 else { continue }
            for r in chainStart...q {
                let i = order[r]
                let (a, _) = spans[r]
                guard a >= 0, mentions[i].known == nil else { continue }
                if mentions[i].type == nil || mentions[i].type == .person && mentions[i].evidence == .guess && !isGivenNameKey(a) {
                    mentions[i].type = .place
                    mentions[i].placeContext = true
                }
            }
        }
    }

    /// Lowercase nouns of places named after a country ("fleuve Congo", "province de l'Équateur", "the Congo river" is
    /// read elsewhere); plural ones open a list ("les marchés A, B, Congo et C").
    static let s44ClassNouns = h18Keys(["fleuve", "rivière", "lac", "province", "marché", "quartier", "département", "river", "lake", "province",
        "district"])
    static let s44ClassNounsPlural = h18Keys(["marchés", "quartiers", "villages", "districts", "neighbourhoods", "neighborhoods"])
    static let s44ClassNounsWithName = h18Keys(["fleuve", "rivière", "lac"])
    /// Nouns that may come before "de"/"du"/"of" + the name ("province de l'Équateur"); the others only right before it.
    static let s44ClassNounsLinked = h18Keys(["province", "département", "district"])
    static let s44Links = h18Keys(["de", "du", "des", "la", "le", "of", "the"])

    mutating func s44LatinClassNounCountries() {
        guard articleHas(Self.s44ClassNouns) || articleHas(Self.s44ClassNounsPlural) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), z == a, a >= 1, tokens[a].capitalized else { continue }
            // Back over "de", "du", "de la", "l'".
            var b = a - 1
            var linked = false
            while b >= 0, b >= a - 3, tokens[b].kind == .elision || s43Lower(b) && Self.s44Links.contains(tokens[b]) { b -= 1; linked = true }
            if b >= 0, s43Lower(b), Self.s44ClassNouns.contains(tokens[b]), !linked || lang.fr && Self.s44ClassNounsLinked.contains(tokens[b]) {
                let withNoun = !linked && Self.s44ClassNounsWithName.contains(tokens[b])
                drop.insert(i)
                added.append(mention(withNoun ? b : a, a + 1, type: .place, evidence: .cue))
                continue
            }
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        s44LatinClassNounLists()
    }

    /// "les marchés Dantokpa, Ganhi, Togo et Zongo": the names listed right after a plural lowercase noun of place are
    /// places (a country's name among them too, no country); a known body's name stays.
    mutating func s44LatinClassNounLists() {
        guard articleHas(Self.s44ClassNounsPlural) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 3) where s43Lower(k) && Self.s44ClassNounsPlural.contains(tokens[k]) {
            // "les villages isolés, comme A et B", "villages such as A and B": an adjective, a comma and "comme" between.
            var j = k + 1
            if !s43Cap(j) {
                var p = j
                while p < tokenCount, p - j < 4, s43Lower(p) || keyIs(p, ",") {
                    if s43Lower(p), Self.s44ListOpeners.contains(tokens[p]) { break }
                    p += 1
                }
                guard p < tokenCount, s43Lower(p), Self.s44ListOpeners.contains(tokens[p]) else { continue }
                j = p + 1
                if keyIs(j, "as") || keyIs(j, "que") { j += 1 }
                guard s43Cap(j) else { continue }
            }
            var members: [(Int, Int, Int)] = []
            while j < tokenCount, members.count < 8 {
                guard let i = firstMentionIndex(where: { $0.start == tokens[j].start }), let (a, z) = seedSpan(i), a == j else { break }
                members.append((i, a, z))
                if z + 2 < tokenCount, keyIs(z + 1, ","), s43Cap(z + 2) { j = z + 2; continue }
                if z + 2 < tokenCount, s43Lower(z + 1), Self.s44ListAnd.contains(tokens[z + 1]), s43Cap(z + 2),
                   let i2 = firstMentionIndex(where: { $0.start == tokens[z + 2].start }), let (a2, z2) = seedSpan(i2), a2 == z + 2 {
                    members.append((i2, a2, z2))
                }
                break
            }
            guard members.count >= 2 else { continue }
            for (i, a, z) in members {
                let m = mentions[i]
                if m.type == .place || m.known != nil && m.type != .country { continue }
                if m.type == .person && m.evidence != .guess { continue }
                drop.insert(i)
                added.append(mention(a, z + 1, type: .place, evidence: .cue))
            }
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s44OfBodyHeads = h18Keys(["ministry", "department", "ministries", "office", "bureau", "directorate", "commission", "institute",
        "faculty", "school", "college", "agency", "authority", "council"])

    /// "The Ministry of Mining and Metallurgy said": a body "Head of X" (unknown) goes on over "and" + one or two
    /// capitalized words that end before a lowercase word or punctuation and are no other name's.
    mutating func s44LatinOfAndBodies() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, Self.s44OfBodyHeads.contains(tokens[a]), keyIs(a + 1, "of") || keyIs(z - 1, "of"),
                  s43Cap(z), z + 2 < tokenCount, keyIs(z + 1, "and"), s43Lower(z + 1), s43Cap(z + 2), !tokens[z + 2].sentenceStart else { continue }
            var e = z + 3
            if s43Cap(e), !keyIs(e + 1, "of") { e += 1 }
            guard e >= tokenCount || !s43Cap(e), !keyIs(e, "of"), !keyIs(e, "'s"), !(e < tokenCount && tokens[e].kind == .elision) else { continue }
            let (s2, e2) = (tokens[z + 2].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < e2 && $0.end > s2 && ($0.type != nil || $0.known != nil) }) { continue }
            changes.append((i, mention(a, e, type: .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .organization && m.type != .country && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    // MARK: - Arabic

    /// Count and quantity words (and "the kingdom", "the country" alone), never a place's name.
    static let s44ArabicCountWords = h18Keys(["عدد", "بعض", "كل", "معظم", "غالبية", "أغلب", "جميع", "مختلف", "عشرات", "مئات", "آلاف",
        "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة",
        "اثنين", "اثنتين", "مئة", "مائة", "ألف", "المملكة", "الدولة", "البلاد", "المنطقة", "المدينة"])

    /// "في عدد من مناطق المملكة", "بين ثلاث وخمس سنوات": a count word read as a place (after في or بين) is none.
    mutating func s44ArabicCountWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, h36Arabic(a) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            if clitic == 0, Self.s44ArabicCountWords.contains(tokens[a]) { drop.insert(i); continue }
            // "وخمس": the word after its conjunction.
            if clitic >= 1, PlainText.hasPrefix(tokens[a].key, "و"), Self.s44ArabicCountWords.contains(TextFolding.key(String(tokens[a].text.unicodeScalars.dropFirst()))) {
                drop.insert(i)
            } else if clitic == 0, PlainText.hasPrefix(tokens[a].key, "و"),
                      Self.s44ArabicCountWords.contains(TextFolding.key(String(tokens[a].text.unicodeScalars.dropFirst()))) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Romania's adjective is also "Roman": after an era's or a heritage's noun it names no country.
    static let s44ArabicRomanWords = h18Keys(["الروماني", "الرومانية", "الرومان"])
    static let s44ArabicEraNouns = h18Keys(["العهد", "العصر", "الحقبة", "الفترة", "الإمبراطورية", "الامبراطورية", "الحكم", "المدن", "المدينة",
        "الآثار", "الاثار", "المسرح", "المدرج", "الحمامات", "الحضارة", "الجيش", "الفيلق", "القانون", "الأعمدة", "الطريق", "العصور", "الفتح"])

    /// "في العهد الروماني", "المدن الرومانية": a Roman era, city or monument (no Romania).
    mutating func s44ArabicRoman() {
        guard articleHas(Self.s44ArabicRomanWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, Self.s44ArabicRomanWords.contains(tokens[a]), h36Arabic(a - 1) else { continue }
            // The era's noun, or the same after an adjective ("المدن الأثرية الرومانية").
            if Self.s44ArabicEraNouns.contains(tokens[a - 1]) || a >= 2 && Self.s44ArabicEraNouns.contains(tokens[a - 2]) && Self.h36HasArticle(tokens[a - 1].key) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "بتمويل من الصندوق العربي للإنماء الاقتصادي والاجتماعي ومساهمة من وزارة …": a body's name (unknown) ends before an
    /// indefinite word joined by و after a definite one (a second noun of the sentence, not of the name).
    mutating func s44ArabicIndefiniteConjunct() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, mentions[i].end == tokens[z].end else { continue }
            var cut = -1
            // (Only the name's last word: "وتربية الدواجن" in construct with a definite noun is part of the name.)
            for j in z...z where j >= a + 2 && h36Arabic(j) && PlainText.hasPrefix(tokens[j].key, "و") && !isArabicDefinite(j)
                && !Self.h36HasArticle(tokens[j].key) && PlainText.count(tokens[j].key) >= 4 && h36Arabic(j - 1)
                && (isArabicDefinite(j - 1) || Self.h36HasArticle(tokens[j - 1].key)) {
                cut = j
                break
            }
            guard cut > a + 1 else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, cut, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s44ArabicElatives = h18Keys(["الكبرى", "الصغرى", "العظمى", "الكبير"])

    /// "بلدية إربد الكبرى", "وزارة الطاقة والتنمية المستدامة الأرمينية": a body (unknown) goes on over an elative after its
    /// name, and over a definite feminine adjective followed by a country's adjective.
    mutating func s44ArabicBodyTails() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 1 < tokenCount, h36Arabic(z + 1), tokens[z + 1].spaceBefore else { continue }
            var e = -1
            if Self.s44ArabicElatives.contains(tokens[z + 1]) {
                e = z + 2
            } else if z + 2 < tokenCount, h36Arabic(z + 2), tokens[z + 2].spaceBefore, isArabicDefinite(z + 1), Self.h36HasArticle(tokens[z + 1].key),
                      PlainText.hasSuffix(tokens[z + 1].key, "ه"), PlainText.count(tokens[z + 1].key) >= 5, !isCountry[z + 1],
                      isCountry[z + 2], isArabicDefinite(z + 2), PlainText.hasSuffix(tokens[z + 2].key, "يه") {
                e = z + 3
            }
            guard e > 0 else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, e, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .country && m.type != .organization && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    static let s44ArabicPortHeads = H36Heads(["مطار", "ميناء"])
    static let s44ArabicInternational = h18Keys(["الدولي"])

    /// "من مطار حمد الدولي", "عبر ميناء خليفة الدولي": an airport's or a port's head + one or two plain words + "الدولي"
    /// is a place (named after a person or a city).
    mutating func s44ArabicInternationalAirports() {
        guard articleHas(Self.s44ArabicInternational), articleHas(Self.s44ArabicPortHeads.set) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 2) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, Self.s44ArabicPortHeads), s41ArabicNameWord(k + 1), !Self.h36HasArticle(tokens[k + 1].key) else { continue }
            var e = k + 2
            if !Self.s44ArabicInternational.contains(tokens[e]), s41ArabicNameWord(e), !Self.h36HasArticle(tokens[e].key) { e += 1 }
            guard e < tokenCount, h36Arabic(e), Self.s44ArabicInternational.contains(tokens[e]) else { continue }
            let m = h36Mention(k, e + 1, skip: skip, type: .place)
            if anyMention(where: { $0.start <= m.start && $0.end >= m.end && $0.type == .place }) { continue }
            // (A known city's name inside: the airport is named with the city, "مطار الدوحة الدولي", and grouped with it.)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.known != nil || $0.type == .organization && $0.end > m.end) }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < m.end && $0.end > m.start }
            var p = m
            p.placeContext = true
            added.append(p)
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    static let s44ArabicFirmHeads = H36Heads(["شركة", "مؤسسة", "مجموعة"])
    static let s44ArabicQuotes: Set<String> = ["\"", "«", "»", "“", "”"]
    /// First letters of Gulf legal forms ("ذ.م.م", "ش.م.ب", "ش.م.م", "ش.م.ع", "ش.م.ك").
    static let s44ArabicFormLetters = h18Keys(["ذ", "ش"])

    /// "إلى شركة "الواحة الخضراء للتجارة ذ.م.م"": the quoted words after a firm's head are a body, without the legal form.
    mutating func s44ArabicQuotedFirms() {
        guard articleHas(Self.s44ArabicFirmHeads.set) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 3) where h36Arabic(k) && h36CliticPrefix(k, Self.s44ArabicFirmHeads) != nil {
            let q = k + 1
            guard tokens[q].kind == .punct, Self.s44ArabicQuotes.contains(tokens[q].text), h36Arabic(q + 1) else { continue }
            var e = q + 1
            while e < tokenCount, e - q <= 8, h36Arabic(e) { e += 1 }
            // The legal form: its letters and dots up to the closing quote.
            var close = e, end = e
            if e - 1 > q + 1, Self.s44ArabicFormLetters.contains(tokens[e - 1]), keyIs(e, ".") {
                end = e - 1
                while close < tokenCount, close - e <= 5, !(tokens[close].kind == .punct && Self.s44ArabicQuotes.contains(tokens[close].text)) { close += 1 }
            }
            guard close < tokenCount, tokens[close].kind == .punct, Self.s44ArabicQuotes.contains(tokens[close].text), end - (q + 1) >= 1, end - (q + 1) <= 6 else { continue }
            let (s, e2) = (tokens[q + 1].start, tokens[end - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e2 }) { continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e2 && $0.end > s }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < tokens[close].start && $0.end > s }
            added.append(mention(q + 1, end, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Single titles before a name (with their clitic forms).
    static let s44ArabicTitles = H36Heads(["المستشار", "المستشارة", "الدليل", "المرشد", "الخبير", "الخبيرة", "المحاسب", "المقاول",
        "الموظف", "الموظفة", "المهندس", "المهندسة", "المحامي", "المحامية", "الدكتور", "الدكتورة", "البروفيسور", "البروفيسورة"])
    /// Head nouns that make a title with one definite complement ("نائبة الوزير", "صاحب الشركة", "مالك المطعم").
    static let s44ArabicConstructTitles = H36Heads(["نائب", "نائبة", "صاحب", "صاحبة", "مالك", "مالكة", "وكيل", "وكيلة", "مساعد",
        "مساعدة", "مستشار", "مستشارة", "مؤسس", "مؤسسة"])
    static let s44ArabicTitleTriggers = KeySet(s44ArabicTitles.set.members + s44ArabicConstructTitles.set.members)
    /// What may close a titled name: "بأن", "أن", "إن" (a comma is tested apart).
    static let s44ArabicNameEnds = h18Keys(["بأن", "أن", "إن", "ان"])

    /// "رئيس النيابة المستشار فهد سالم بوحمد بأن", "صاحب الشركة ناصر علي الكعبي، اعترف", "الدليل السياحي سامر الحوراني،":
    /// a title (one of the single titles, optionally with a definite nisba adjective, or a head noun with one definite
    /// complement) + two or three name words (only the last may carry the article) before a comma or بأن/أن is a person.
    mutating func s44ArabicTitledPersons() {
        guard articleHas(Self.s44ArabicTitleTriggers) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 3) where h36Arabic(k) {
            var x = -1
            if h36CliticPrefix(k, Self.s44ArabicTitles) != nil {
                x = k + 1
                // "الدليل السياحي": a nisba adjective after the title.
                if h36Nisba(x), !isCountry[x] { x += 1 }
            } else if h36CliticPrefix(k, Self.s44ArabicConstructTitles) != nil, h36Arabic(k + 1), Self.h36HasArticle(tokens[k + 1].key),
                      isArabicDefinite(k + 1), !isCountry[k + 1] {
                x = k + 2
            }
            guard x > 0, x + 1 < tokenCount else { continue }
            var y = x
            while y < tokenCount, y - x < 3, s41ArabicNameWord(y) || y > x && Self.arabicCommonGivenNames.contains(tokens[y]),
                  !arabicFlags(y).contains(.head), PlainText.count(tokens[y].key) >= 3 {
                if Self.h36HasArticle(tokens[y].key) { y += 1; break }
                if keyStarts(y, "و") && y > x { break }
                y += 1
            }
            let count = y - x
            guard count >= 2, count <= 3, !Self.h36HasArticle(tokens[x].key) else { continue }
            // "دفع صاحب الشركة مبالغ كبيرة،": an indefinite feminine adjective (ة) is no family name.
            if !Self.h36HasArticle(tokens[y - 1].key), tokens[y - 1].text.unicodeScalars.last?.value == 0x0629 { continue }
            guard y < tokenCount, keyIs(y, "،") || keyIs(y, ",") || h36Arabic(y) && Self.s44ArabicNameEnds.contains(tokens[y]) else { continue }
            let (s, e) = (tokens[x].start, tokens[y - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .organization || $0.type == .place && $0.evidence != .guess) }) { continue }
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= e }
            added.append(mention(x, y, type: .person, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }
}
