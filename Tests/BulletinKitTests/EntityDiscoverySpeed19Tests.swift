import Foundation
import Testing
@testable import BulletinKit

/// The look-ups by key hash and the gates added to discovery for extraction speed (spd19) answer as the
/// tests they stand before: `WordSet.contains(_:hash:)` as `contains(_:)`, and each rule behind a gate
/// still fires when its trigger is present (and stays silent when it is not).
@Suite struct EntityDiscoverySpeed19Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// A token's key looked up with its `Token.hash` gets the answer of the plain look-up, for members and
    /// non-members of every kind (decomposed letters, the Kelvin sign, other scripts, the empty key).
    @Test func wordSetByKeyHashIsWordSet() {
        let members: Set<String> = ["école", "e\u{301}te\u{301}", "минск", "北京", "the quick", "K", "й", "through", "por"]
        let set = WordSet(members)
        for s in EntitySpeedPlainTests.words + ["été", "e\u{301}te\u{301}", "\u{212A}", "ecole", "и\u{306}", "through", "por", "porto", "thro"] {
            #expect(set.contains(s, hash: Token.hash(s)) == set.contains(s), "\(s.debugDescription)")
            #expect(set.contains(s, hash: Token.hash(s)) == members.contains(s), "\(s.debugDescription)")
        }
    }

    /// `placeListItem` first asks for a separator right before or right after the name: listed names are
    /// still places with the separator on either side (the first, the middle and the last of a list), and
    /// two people after "par" (by) stay people.
    @Test func namesListedAfterAPassagePrepositionStillPlaces() {
        let es = extract("El tren de carga pasará por Tarabuco, Zudáñez y Tomina antes de llegar al valle.", "es")
        for place in ["Tarabuco", "Zudáñez", "Tomina"] { #expect(names(es, .place).contains(place), "\(place): \(all(es))") }
        let en = extract("The new power line runs through Kalomo and Choma before it reaches the border.", "en")
        for place in ["Kalomo", "Choma"] { #expect(names(en, .place).contains(place), "\(place): \(all(en))") }
        let fr = extract("La convention a été signée par Komlan Agbeko et Sena Ahiaku mardi.", "fr")
        #expect(!names(fr, .place).contains("Komlan Agbeko") && !names(fr, .place).contains("Sena Ahiaku"), "\(all(fr))")
    }

    /// The rules of `groupEnd` asked only in their script or position still run a name over their words:
    /// Russian "и" between an institution's genitives, "the X and Y Authority".
    @Test func groupEndGatedRulesStillJoin() {
        let ru = extract("Министерство энергетики и природных ресурсов Армении сообщило о новых тарифах.", "ru")
        #expect(names(ru, .organization).contains { $0.hasPrefix("Министерство энергетики и природных ресурсов") }, "\(all(ru))")
        let en = extract("Officials of the Sugar and Cocoa Marketing Authority met growers on Monday.", "en")
        #expect(names(en, .organization).contains("Sugar and Cocoa Marketing Authority"), "\(all(en))")
        let es = extract("La Agencia de Recursos Hídricos no Renovables publicó su informe anual.", "es")
        #expect(names(es, .organization).contains { $0.contains("no Renovables") }, "\(all(es))")
    }
}
