import Foundation

/// Session 45 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Arabic: a country's word right after بن/بنت/ابن/ولد is a name's word (تركي, a given name), no country; the
///   adjective روماني (Roman, and Romanian) is no country in an article that never names Romania or Bucharest, nor is any
///   country's adjective after an era noun ("العصر البيزنطي"); a person's name cut at بن/بنت goes on over the father's
///   name (and the family's); a name read from ولد on is read back over the given name before it ("محمد الأمين ولد …").
/// - Latin script: a number word that opens a sentence ("Tens of thousands", "Dozens of") is no name.
/// `refineS45a` runs after `refineS44b`, before `refineCP15`. Cost: the Arabic rules read the country and person mentions
/// only (and the one or two tokens around each); the Latin rule reads the first token of each mention.
extension NameFinder {
    mutating func refineS45a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s45ArabicNasabCountries()
            s45ArabicNasabPersons()
        } else if !hasHan && !lang.vi && !lang.ru {
            s45LatinCountWords()
            if language == "en" || lang.fr {
                s45LatinIberianBodies()
                s45LatinForceBodies()
                s45FrenchBodyTails()
            }
            if language == "en" { s45EnglishOppositionParties() }
        }
    }

    // MARK: - Arabic

    /// The words that link a name to the father's (or the family's) name.
    static let s45ArabicNasab = h18Keys(["بن", "بنت", "ابن", "ولد"])
    /// Era nouns: a country's adjective after them names an age, no country ("العصر البيزنطي", "الحقبة الرومانية").
    static let s45ArabicEraNouns = H36Heads(["العصر", "العهد", "الحقبة", "الفترة", "الإمبراطورية", "الامبراطورية", "الحضارة"])
    /// Romania's own names: an article with none of them reads روماني as Roman.
    static let s45ArabicRomania = H36Heads(["رومانيا", "بوخارست"])

    /// "عبد العزيز بن تركي الفيصل": a country's word after بن (a given name) is no country; "العصر الروماني" (an era), and
    /// روماني in an article that names neither Romania nor Bucharest (Roman ruins, the Roman quarter), no country either.
    mutating func s45ArabicNasabCountries() {
        guard anyMention(where: { $0.type == .country }) else { return }
        let romania = articleHas(Self.s45ArabicRomania.set)
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a, h36Arabic(a) else { continue }
            if a >= 1, h36Arabic(a - 1), Self.s45ArabicNasab.contains(tokens[a - 1]) { drop.insert(i); continue }
            // The adjective (with the article): not the country's name itself.
            guard Self.h36HasArticle(tokens[a].key) else { continue }
            if a >= 1, h36CliticPrefix(a - 1, Self.s45ArabicEraNouns) != nil { drop.insert(i); continue }
            if !romania, mentions[i].code == "RO" { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// A word that may stand in a person's name after بن or before ولد: Arabic, no stopword, title, head or country.
    @inline(__always) func s45ArabicPersonWord(_ k: Int) -> Bool {
        guard h36Arabic(k), tokens[k].spaceBefore, !h36Stop(k), PlainText.count(tokens[k].key) >= 2 else { return false }
        let f = arabicFlags(k)
        return !(f.contains(.stop) || f.contains(.timeWord) || f.contains(.speechVerb))
    }

    /// "الدكتور خالد بن مساعد الشهراني،": a person's name read up to بن goes on over the father's name (one word, or two
    /// when the first has no article), the family's name with the article closing it. "محمد الأمين ولد أحمد سالم": a name
    /// read from ولد on, or right after it, is read back over ولد and the given name before it (one or two words, the second
    /// may carry the article: "محمد الأمين"; "الشيخ" is a given name there).
    mutating func s45ArabicNasabPersons() {
        guard articleHas(Self.s45ArabicNasab) else { return }
        var changed: [(Int, Int, Int)] = []   // (mention, first token, last token + 1)
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), h36Arabic(z) else { continue }
            var (na, nz) = (a, z + 1)
            // Forward: the name ends on بن.
            if Self.s45ArabicNasab.contains(tokens[z]), z > a {
                var e = z + 1
                while e < tokenCount, e - z <= 3, s45ArabicPersonWord(e) {
                    let article = Self.h36HasArticle(tokens[e].key)
                    e += 1
                    if article { break }
                }
                if e > z + 1 { nz = e }
            }
            // Back: the name starts with ولد, or right after it.
            var w = -1
            if keyIs(a, "ولد"), a + 1 <= z { w = a } else if a >= 1, keyIs(a - 1, "ولد"), h36Arabic(a - 1), tokens[a].spaceBefore { w = a - 1 }
            if w >= 1, tokens[w].spaceBefore {
                var b = w
                let g = w - 1
                if s45ArabicPersonWord(g), !isCountry[g] {
                    if isGivenNameKey(g) || Self.arabicCommonGivenNames.contains(tokens[g]) || keyIs(g, "الشيخ") || keyIs(g, "سيدي") {
                        b = g
                        if g >= 1, s45ArabicPersonWord(g - 1), !Self.h36HasArticle(tokens[g - 1].key),
                           isGivenNameKey(g - 1) || Self.arabicCommonGivenNames.contains(tokens[g - 1]) { b = g - 1 }
                    } else if Self.h36HasArticle(tokens[g].key), g >= 1, s45ArabicPersonWord(g - 1),
                              isGivenNameKey(g - 1) || Self.arabicCommonGivenNames.contains(tokens[g - 1]) {
                        b = g - 1
                    }
                }
                if b < w { na = b }
            }
            guard na != a || nz != z + 1 else { continue }
            let (s, e) = (tokens[na].start, tokens[nz - 1].end)
            let (ms, me) = (mentions[i].start, mentions[i].end)
            // Not over a known name, a body or a place read with a cue.
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < ms || $0.end > me)
                && ($0.known != nil || $0.type == .organization || $0.type == .place && $0.evidence != .guess) }) { continue }
            changed.append((i, na, nz))
        }
        guard !changed.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, na, nz) in changed {
            let (s, e) = (tokens[na].start, tokens[nz - 1].end)
            for j in mentions.indices where j == i || mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            added.append(mention(na, nz, type: .person, evidence: mentions[i].evidence))
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - Latin script

    /// Number words that open a sentence as a quantity ("Tens of thousands", "Dozens of", "Hundreds of").
    static let s45CountWords = h18Keys(["tens", "dozens", "hundreds", "thousands", "millions", "scores", "dizaines", "centaines",
        "milliers", "millions", "decenas", "cientos", "centenares", "miles"])

    /// "Tens of thousands of commuters …": a number word alone at a sentence's start, before "of"/"de", is no name.
    mutating func s45LatinCountWords() {
        guard articleHas(Self.s45CountWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z == a, s43Cap(a), Self.s45CountWords.contains(tokens[a]),
                  keyIs(a + 1, "of") || keyIs(a + 1, "de") || keyIs(a + 1, "d'") || tokens.indices.contains(a + 1) && tokens[a + 1].kind == .elision else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Heads of Spanish and Portuguese bodies named in another language's text ("Fundación para la …", "Coordinadora …").
    static let s45IberianHeads = h18Keys(["fundación", "fundacion", "coordinadora", "asociación", "asociacion", "federación",
        "federacion", "confederación", "confederacion", "corporación", "corporacion", "instituto", "movimiento", "frente", "unión",
        "comité", "comite", "consejo", "colectivo", "cooperativa", "sindicato", "fundação", "associação", "movimento",
        "centro", "observatorio", "defensoría", "defensoria", "procuraduría", "procuraduria", "alianza", "plataforma"])
    /// Words inside such a name between capitalized words ("por la", "para la", "de los").
    static let s45IberianLinks = h18Keys(["de", "del", "la", "las", "los", "el", "para", "por", "en", "da", "do", "das", "dos", "y", "e"])

    /// "The Coordinadora Campesina por la Vida, a farmers' group", "the Fundación para la Conservación de los Recursos
    /// Naturales in Penonomé": in English or French text, a Spanish or Portuguese body's head + capitalized words and the
    /// lowercase links between them (never a link last) is one body; the person or the pieces read on it go.
    mutating func s45LatinIberianBodies() {
        guard articleHas(Self.s45IberianHeads) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k < tokenCount - 1 {
            defer { k += 1 }
            guard s43Cap(k), tokens[k].capitalized, Self.s45IberianHeads.contains(tokens[k]) else { continue }
            var j = k + 1, end = k + 1, links = 0
            while j < tokenCount, j - k <= 12, tokens[j].spaceBefore, !tokens[j].newlineBefore {
                if s43Cap(j) { j += 1; end = j; links = 0; continue }
                if s43Lower(j), Self.s45IberianLinks.contains(tokens[j]), links < 2 { j += 1; links += 1; continue }
                break
            }
            // A Spanish link inside ("Frente Amplio", capitals alone, is left to the other rules).
            guard end - k >= 3, ((k + 1)..<end).contains(where: { s43Lower($0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[end - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country) }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { k = end - 1; continue }
            spans.append((k, end))
            k = end - 1
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, b) in spans {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start < e && mentions[j].end > s { drop.insert(j) }
            added.append(mention(a, b, type: .organization, evidence: .cue))
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Last words of security and emergency bodies ("Railway Protection Force", "Special Task Force", "Peace Corps").
    static let s45ForceHeads = h18Keys(["force", "corps"])

    /// "officers from the Railway Protection Force": capitalized words ending on Force or Corps, read as a person or a place
    /// guessed from capitals (or left untyped), are a body.
    mutating func s45LatinForceBodies() {
        guard articleHas(Self.s45ForceHeads) else { return }
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .organization {
            guard mentions[i].evidence != .known, let (a, z) = seedSpan(i), z > a, s43Cap(z), tokens[z].capitalized,
                  Self.s45ForceHeads.contains(tokens[z]) else { continue }
            if mentions[i].type == .place && mentions[i].evidence == .cue { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// French words that never go on a body's name: a preposition of place or time, a participle of schedule, a time noun.
    static let s45FrenchTailStops = h18Keys(["auprès", "aupres", "prévu", "prévue", "prévus", "prévues", "début", "fin", "lors",
        "depuis", "pendant", "dès", "selon", "malgré", "avant", "après", "contre", "jusqu", "mi", "courant", "vers", "chez"])
    static let s45FrenchLinks = h18Keys(["de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux"])

    /// "l'installation de l'Assemblée nationale prévue début janvier", "a appris l'Agence guinéenne de presse auprès de la
    /// juridiction": a body's name read on over a preposition of place or time, a schedule's participle or a time noun
    /// ends before it (and before the links left at its end).
    mutating func s45FrenchBodyTails() {
        guard lang.fr, articleHas(Self.s45FrenchTailStops) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2 else { continue }
            guard let cut = ((a + 1)...z).first(where: { s43Lower($0) && Self.s45FrenchTailStops.contains(tokens[$0]) }) else { continue }
            var e = cut
            while e > a + 1, tokens[e - 1].kind == .elision || s43Lower(e - 1) && Self.s45FrenchLinks.contains(tokens[e - 1]) || tokens[e - 1].kind == .punct { e -= 1 }
            guard e > a else { continue }
            fixes.append((i, a, e))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e) in fixes {
            drop.insert(i)
            var m = mention(a, e, type: .organization, evidence: mentions[i].evidence)
            m.parenthesized = mentions[i].parenthesized
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// "the main opposition Samagi Jana Balawegaya blamed …": capitalized words right after "opposition" or "ruling",
    /// guessed a person from capitals alone (no known given name first), are a party.
    mutating func s45EnglishOppositionParties() {
        guard articleHas(Self.s45PartyCues) else { return }
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].evidence == .guess {
            guard let (a, z) = seedSpan(i), z > a, a >= 1, s43Lower(a - 1), Self.s45PartyCues.contains(tokens[a - 1]),
                  !isGivenNameKey(a) else { continue }
            mentions[i].type = .organization
        }
    }
    static let s45PartyCues = h18Keys(["opposition", "ruling"])
}
