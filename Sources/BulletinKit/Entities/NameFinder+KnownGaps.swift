import Foundation

/// Rules for the misses listed under "Known gaps" (README) and in the holdout10–holdout13 notes of
/// scripts/entity-unseen/README.md, as general patterns tested on other names (EntityKnownGapsTests).
///
/// Latin (`refineKnownGapsLatin`, after `refineHoldout13Latin`): an unknown one-word name after a verb or
/// noun of movement and from/to, or after leave/reach/via, is a town ("shipped from Bobruisk", "leave
/// Slonim"); a ship's name after a vessel noun is no entity ("the vessel, the Aral Breeze"); a region found
/// elsewhere in the article opening a person's name is split off ("vùng Bono East Kwasi Ofori-Atta");
/// Vietnamese "Ủy ban nhân dân <unit> X" and "Chính quyền <unit> X" are institutions; a French ministry's
/// portfolio runs over "et des" + a capitalized word ("des Infrastructures et des Transports terrestres").
extension NameFinder {
    /// Verbs and nouns of movement that make the one-word name after "from"/"to" a place.
    static let kgMovementWords = KeySet([
        "ship", "ships", "shipped", "shipping", "shipment", "shipments", "send", "sent", "deliver", "delivered", "delivery", "deliveries",
        "supply", "supplies", "supplied", "export", "exports", "exported", "import", "imports", "imported", "transport", "transported",
        "transit", "carry", "carried", "go", "goes", "went", "travel", "travelled", "traveled", "fly", "flew", "flights", "flight",
        "move", "moved", "arrive", "arrived", "return", "returned", "sail", "sailed", "depart", "departed", "trains", "trucks", "cargo",
        "route", "haul", "hauled", "bring", "brought", "come", "came", "head", "headed", "relocate", "relocated",
    ])
    /// Words right before a one-word name that make it a place by themselves ("leave Slonim", "via Ouessa").
    static let kgPlaceVerbs = KeySet(["leave", "leaves", "left", "leaving", "via", "reach", "reaches", "reached", "reaching"])
    static let kgFromTo = KeySet(["from", "to", "into", "towards", "toward"])
    /// Nouns of ships: the capitalized name after them (and "the") is a ship's.
    static let kgVesselNouns = KeySet(["vessel", "ship", "tanker", "ferry", "freighter", "boat", "icebreaker", "containership", "barge", "cruiser", "yacht", "carrier", "navire", "cargo", "buque", "schiff"])

    @inline(__always) func kgKey(_ k: Int, _ key: String) -> Bool { k >= 0 && k < tokens.count && PhraseMatcher.same(tokens[k].key, key) }

    mutating func refineKnownGapsLatin() {
        guard tokens.contains(where: { $0.script == .latin && $0.kind == .word }) else { return }
        var removed = Set<Int>()
        var added: [Mention] = []
        var placeEnds = Set<Int>()
        for n in mentions.indices where mentions[n].type == .place { placeEnds.insert(mentions[n].end) }
        var order = Array(mentions.indices)
        order.sort { mentions[$0].start < mentions[$1].start }
        for n in order where mentions[n].known == nil && mentions[n].type != .country {
            guard let a = seedTokenIndex(start: mentions[n].start), let z = seedTokenIndex(end: mentions[n].end, from: a),
                  seedLatinWord(a) else { continue }
            let type = mentions[n].type
            if type == .organization, lang.fr, let e = kgFrenchPortfolioEnd(z) {
                seedReplace(n, a, e)
                continue
            }
            guard isCap(a) else { continue }
            // "the vessel, the Aral Breeze", "the tanker Baltic Star": a ship's name is no person, place or organization.
            if type != .place, kgShipName(a) {
                removed.insert(n)
                continue
            }
            if a == z, type == nil || type == .organization && mentions[n].evidence == .guess, !tokens[a].allCaps, !tokens[a].sentenceStart,
               kgMovementPlace(a, placeEnds) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                mentions[n].placeContext = true
                placeEnds.insert(mentions[n].end)
                continue
            }
        }
        kgRegionBeforePerson(&added, placeEnds)
        if lang.vi { kgVietnameseCommittees(&added, &removed) }
        if removed.isEmpty && added.isEmpty { return }
        mentions = mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added
    }

    /// A ship's name starts at `a`: "vessel X", "the vessel X", "the tanker, the X" (a vessel noun, an
    /// optional comma, then "the").
    func kgShipName(_ a: Int) -> Bool {
        guard a >= 1 else { return false }
        var k = a - 1
        if kgKey(k, "the") { k -= 1 }
        if kgKey(k, ",") { guard k == a - 2 || kgKey(a - 1, "the") else { return false }; k -= 1 }
        return seedLatinWord(k) && !isCap(k) && Self.kgVesselNouns.contains(tokens[k].key, hash: tokens[k].keyHash)
    }

    /// The one-word name at `a` is a place by its movement context: "leave X", "via X", "reach X", a verb
    /// or noun of movement up to six words before "from/to X", or "and X" after such a place.
    func kgMovementPlace(_ a: Int, _ placeEnds: Set<Int>) -> Bool {
        guard a >= 1, seedLatinWord(a - 1) else { return false }
        let p = a - 1
        if Self.kgPlaceVerbs.contains(tokens[p].key, hash: tokens[p].keyHash) { return true }
        if kgKey(p, "and") || kgKey(p, "et") { return a >= 2 && placeEnds.contains(tokens[a - 2].end) && kgMovementPlace(a - 2, []) }
        guard Self.kgFromTo.contains(tokens[p].key, hash: tokens[p].keyHash) else { return false }
        var k = p - 1
        while k >= 0, p - k <= 6 {
            if tokens[k].kind == .punct, !kgKey(k, ",") { return false }
            if seedLatinWord(k), Self.kgMovementWords.contains(tokens[k].key, hash: tokens[k].keyHash) { return true }
            k -= 1
        }
        return false
    }

    /// "le ministère des Infrastructures" + "et des Transports terrestres": "et" and de/des/du (with la/l'),
    /// capitalized words, and one lowercase adjective that ends the phrase. The index after them.
    func kgFrenchPortfolioEnd(_ z: Int) -> Int? {
        guard z >= 2, isCap(z), kgKey(z + 1, "et") else { return nil }
        var k = z + 2
        guard kgKey(k, "des") || kgKey(k, "de") || kgKey(k, "du") || kgKey(k, "d'") else { return nil }
        k += 1
        if kgKey(k, "la") || kgKey(k, "l'") { k += 1 }
        guard k < tokens.count, seedLatinWord(k), isCap(k), !isCountry[k], !tokens[k].allCaps else { return nil }
        // The head names a portfolio: "des X" or "de l'X" inside the institution before.
        guard kgKey(z - 1, "des") || kgKey(z - 1, "de") || kgKey(z - 1, "du") || kgKey(z - 1, "l'") || kgKey(z - 1, "la") else { return nil }
        var e = k + 1
        while e < tokens.count, seedLatinWord(e), isCap(e), !isCountry[e] { e += 1 }
        if e + 1 <= tokens.count, e < tokens.count, seedLatinWord(e), !isCap(e), !isStopwordKey(e), !isConnector(e),
           e + 1 == tokens.count || tokens[e + 1].kind == .punct || tokens[e + 1].newlineBefore {
            e += 1
        }
        return e
    }

    /// "vùng Bono East Kwasi Ofori-Atta", "Region of Upper East John Mensah": a person's name that opens
    /// with (two words or more of) a place the article names on its own, after a region noun or not, is that
    /// place and the person.
    mutating func kgRegionBeforePerson(_ added: inout [Mention], _ placeEnds: Set<Int>) {
        guard mentions.contains(where: { $0.type == .person && $0.known == nil && $0.words.count >= 4 }) else { return }
        let places = mentions.filter { $0.type == .place && $0.words.count >= 2 }.map(\.words)
        guard !places.isEmpty else { return }
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil && mentions[n].words.count >= 4 {
            let w = mentions[n].words
            guard let p = places.filter({ $0.count <= w.count - 2 && w.starts(with: $0) }).max(by: { $0.count < $1.count }),
                  let a = seedTokenIndex(start: mentions[n].start), let z = seedTokenIndex(end: mentions[n].end, from: a) else { continue }
            // The place's words are the first tokens (no punctuation inside the person's name before them).
            let b = a + p.count
            guard b <= z, (a..<b).allSatisfy({ seedLatinWord($0) }), isCap(b) else { continue }
            var place = mention(a, b, type: .place, evidence: .cue)
            place.placeContext = true
            added.append(place)
            seedReplace(n, b, z + 1)
        }
    }

    /// "Ủy ban nhân dân thành phố Tuy Hòa", "Chính quyền vùng Bono East": the institution over its unit word
    /// and the place's capitalized syllables.
    mutating func kgVietnameseCommittees(_ added: inout [Mention], _ removed: inout Set<Int>) {
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard seedLatinWord(k), tokens[k].capitalized else { continue }
            var u: Int
            let f = exactForm(k)
            if f == "ủy" || f == "uỷ" {
                guard exactForm(k + 1) == "ban", exactForm(k + 2) == "nhân", exactForm(k + 3) == "dân", !tokens[k + 2].capitalized else { continue }
                u = k + 4
            } else if f == "chính" {
                guard exactForm(k + 1) == "quyền", !tokens[k + 1].capitalized else { continue }
                u = k + 2
            } else { continue }
            guard u < tokens.count, seedLatinWord(u), !tokens[u].capitalized else { continue }
            let unit = exactForm(u)
            switch unit {
            case "tỉnh", "huyện", "quận", "xã", "phường", "vùng", "bang", "thị": break
            case "thành": guard exactForm(u + 1) == "phố" else { continue }; u += 1
            default: continue
            }
            if unit == "thị" { guard exactForm(u + 1) == "xã" || exactForm(u + 1) == "trấn" else { continue }; u += 1 }
            var e = u + 1
            while e < tokens.count, e - u <= 4, seedLatinWord(e), isCap(e), !isCountry[e], !tokens[e].newlineBefore { e += 1 }
            // A place found there ends the name ("tỉnh Hòa Bình" + a person's name); a person found there
            // (the unit's own committee, then its vice-chairman's name) or inside it stops the rule.
            let s0 = tokens[u + 1].start
            if let p = mentions.first(where: { $0.start == s0 && $0.type == .place }), let pe = seedTokenIndex(end: p.end, from: u + 1) {
                e = pe + 1
            } else if e > u + 1, mentions.contains(where: { $0.type == .person && $0.start >= s0 && $0.start < tokens[e - 1].end }) {
                continue
            }
            guard e > u + 1, !mentions.contains(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[e - 1].end }) else { continue }
            // Shorter organizations inside go (the place inside stays).
            for o in mentions.indices where mentions[o].type == .organization && mentions[o].known == nil
                && mentions[o].start >= tokens[k].start && mentions[o].end <= tokens[e - 1].end { removed.insert(o) }
            added.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }
}
