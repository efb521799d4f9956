import Foundation

/// Leftovers from scripts/entity-unseen/holdout14, each a general rule tested on other names in
/// EntityLeftoverTests: a country adjective that is also a region's ("Central African"), a capitalized
/// name before a lowercase administrative noun after a title's "of", and a أبو pair inside a longer Arabic name.
extension NameFinder {
    /// Country adjectives (folded, as the matcher keys them) that are also the adjective of a region no country
    /// is named after: "Central African" is the Central African Republic's and Central Africa's.
    static let regionSharedCountryAdjectives = KeySet(["central african"])
    /// Words after such an adjective that make it the region's: generic nouns of countries and regions, blocs,
    /// currencies and the words of regional bodies ("Central African states", "the Central African franc",
    /// "Central African Economic and Monetary Community", "the Central African nation").
    static let regionSharedAdjectiveNouns = KeySet([
        "country", "countries", "nation", "nations", "state", "states", "region", "regions", "subregion", "sub-region",
        "neighbour", "neighbours", "neighbor", "neighbors", "bloc", "blocs", "franc", "francs", "currency", "economy",
        "economies", "community", "zone", "market", "markets", "forest", "forests", "rainforest", "basin", "economic",
        "monetary", "customs", "development", "power", "peoples", "integration", "cooperation", "co-operation",
    ])

    /// A region-shared country adjective at `a..<b` used as the region's ("the Central African nation"): no mention of
    /// the country. The country's own forms ("Central African Republic", its president, government, capital) still count.
    func regionSharedAdjectiveUse(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 2, b < tokens.count, tokens[a].script == .latin, tokens[b].kind == .word, tokens[b].script == .latin else { return false }
        let key = tokens[a].key + " " + tokens[a + 1].key
        guard Self.regionSharedCountryAdjectives.contains(key) else { return false }
        return Self.regionSharedAdjectiveNouns.contains(tokens[b])
    }

    /// Lowercase administrative nouns after a name ("the governor of Sarytau region", "the mayor of Kengir district").
    static let adminNounsAfterName = KeySet(["region", "province", "district", "oblast", "governorate", "prefecture", "county", "municipality"])

    /// A lowercase administrative noun right after `b - 1`: the name before it is a place, even after a title.
    func adminNounAfter(_ b: Int) -> Bool {
        b < tokens.count && tokens[b].kind == .word && tokens[b].script == .latin && !tokens[b].capitalized
            && Self.adminNounsAfterName.contains(tokens[b])
    }

    /// "governor of Sarytau region", "the mayor of Kengir district", "Akim of West Kazakhstan region": after a title's
    /// "of", one to three capitalized Latin words from `a` (no given name or keyword; a country only after the first)
    /// before a lowercase administrative noun: the index of that noun, else nil.
    func adminNounAfterTitleOf(_ a: Int) -> Int? {
        var e = a
        while e < tokens.count, e - a < 3, tokens[e].kind == .word, tokens[e].script == .latin, isCap(e), e > a || !isCountry[e],
              !isGivenNameKey(e), orgKeyword(at: e) == nil, placeKeyword(at: e) == nil, titleMatch(at: e) == nil { e += 1 }
        return e > a && adminNounAfter(e) ? e : nil
    }

    /// "Governor of Sarytau region Anna Bekova": the region after a title's "of" and a capitalized word after its
    /// noun: the title's reach goes on to the person.
    func regionOfTitleGoesOn(_ a: Int) -> Bool {
        guard a > 0, isConnector(a - 1), let e = adminNounAfterTitleOf(a) else { return false }
        return e + 1 < tokens.count && isCap(e + 1) && tokens[e + 1].spaceBefore
    }

    /// "رئيس ولاية هيرشبيلي سعيد حسين …": a common given name that ends a discovered place or organization of three
    /// words or more (a head, its name, then the given name) opens the person after a title chain; the place gives it back.
    func h14ArabicGivenNameEndingPlace(_ j: Int) -> Bool {
        guard j >= 2, seedArabicWord(j), j + 1 < tokens.count, h14ArabicNameWord(j + 1),
              Self.arabicCommonGivenNames.contains(tokens[j]) || lex.givenNames.contains(tokens[j])
        else { return false }
        let (s1, e0) = (tokens[j - 1].start, tokens[j].end)
        return mentions.indices.contains { mentionKnown($0) == nil && mentionType($0) != .person && mentionType($0) != .country && mentionEnd($0) == e0 && mentionStart($0) < s1 }
    }

    /// After a family name in أبو that closed a name inside a longer one ("محمد عبدي أبو بكر" + "نور"): one more name
    /// word, with no -ية/-ات ending, right before a clause's edge (a stop mark, a stopword, the text's end).
    func h14ArabicInnerFamilyWord(_ k: Int) -> Bool {
        guard k < tokens.count, h14ArabicNameWord(k), !h14ArabicObjectNoun(k), !isCountry[k] else { return false }
        let key = tokens[k].key
        if NameFinder.arabicHasSuffix(key, "يه") || NameFinder.arabicHasSuffix(key, "ات") || Self.arabicNameParticles.contains(key, hash: tokens[k].keyHash) { return false }
        return k + 1 >= tokens.count || tokens[k + 1].kind == .punct || seedArabicWord(k + 1) && arabicFlags(k + 1).contains(.stop)
    }
}
