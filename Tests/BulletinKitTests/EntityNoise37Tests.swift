import Foundation
import Testing
@testable import BulletinKit

/// Sidebar names found wrong in the thirty-seventh session: a dateline in capitals named its town, church and academic
/// honorifics stayed in people's names, and a Russian plural noun of people opening a sentence ("Сотрудники",
/// "Жители") became a person with the genitive after it. Texts written here, each with a must-find and a must-not-find.
@Suite struct EntityNoise37Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    private func entity(_ e: Extraction, aliasOf alias: String) -> ArticleEntity? {
        e.entities.first { $0.aliases.contains(alias) || $0.name == alias }
    }

    @Test func aDatelineInCapitalsGivesWayToTheTownAsTheStoryWritesIt() {
        let e = extract("PLOUGASTEL, 8 décembre (AFP) - Le marché aux fraises de Plougastel a ouvert lundi. Les producteurs de Plougastel sont satisfaits.", "fr")
        let town = entity(e, aliasOf: "PLOUGASTEL")
        #expect(town?.name == "Plougastel", "\(all(e))")
        #expect(town?.aliases.contains("PLOUGASTEL") == true, "\(all(e))")
        let r = extract("ШАРКОВЩИНА, 8 декабря. /БЕЛТА/. В Шарковщина открыли школу. Шарковщина готовится к празднику.", "ru")
        #expect(entity(r, aliasOf: "ШАРКОВЩИНА")?.name == "Шарковщина", "\(all(r))")
        // A name only ever written in capitals stays so; an acronym is no shouted word of another mention.
        let a = extract("GDAŃSK, 8 grudnia (PAP) - Port GDAŃSK notuje rekord.", "pl")
        #expect(!a.entities.contains { $0.name == "Gdańsk" && !$0.aliases.contains("Gdańsk") }, "\(all(a))")
        #expect(MentionGrouper.isShouted("LOURDES") && MentionGrouper.isShouted("НОВОСИБИРСК") && MentionGrouper.isShouted("GDAŃSK"))
        #expect(!MentionGrouper.isShouted("Lourdes") && !MentionGrouper.isShouted("A") && !MentionGrouper.isShouted("北京"))
    }

    @Test func churchAndAcademicHonorificsAreNoPartOfAName() {
        let e = extract("Le Pr Mathilde Kerleroux a inauguré lundi le service, en présence de Mgr Yves Le Saux. Mathilde Kerleroux a remercié les équipes.", "fr")
        let people = names(e, .person)
        #expect(people.contains("Mathilde Kerleroux"), "\(all(e))")
        #expect(people.contains("Yves Le Saux"), "\(all(e))")
        #expect(!people.contains { $0.hasPrefix("Mgr") || $0.hasPrefix("Pr ") }, "\(all(e))")
    }

    @Test func aRussianPluralNounOfPeopleOpeningASentenceIsNoName() {
        let e = extract("Сотрудники Сибпрома приступили к работе в понедельник. Жители Новополоцка вышли на субботник, сообщил Андрей Волков.", "ru")
        #expect(!e.entities.contains { $0.name.hasPrefix("Сотрудники") || $0.name.hasPrefix("Жители") }, "\(all(e))")
        #expect(!e.entities.contains { $0.aliases.contains { $0.hasPrefix("Сотрудники") || $0.hasPrefix("Жители") } }, "\(all(e))")
        #expect(names(e, .person).contains("Андрей Волков"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Сибпром") }, "\(all(e))")
    }

    /// A user's entry for a person the extractor already finds must not split that person: the entry's matches, the
    /// surname read as the full name by its cue ("…, Sonin added") and the lone surname are one entity.
    @Test func aUserEntryForADiscoveredPersonKeepsThePersonWhole() {
        let text = """
        Sonin also met representatives of the Kienko Institute of Labour. Nikolai Sonin received the delegation of India in Rasenino on July 21. "We strive to find our niche," Nikolai Sonin remarked after the talks. Experts will prepare a road map by the end of the year, Sonin added. Observers noted that Nikolai Sonin paid attention to tourism. Sonin also visited a dairy farm.
        """
        func people(_ kb: KnowledgeBase) -> [ArticleEntity] {
            EntityExtractor(knowledgeBase: kb).extract(title: "", body: text, language: "en").entities.filter { $0.aliases.contains { $0.contains("Sonin") } }
        }
        let plain = people(.bundled)
        #expect(plain.count == 1, "\(plain.map { ($0.name, $0.mentions) })")
        let pinned = people(KnowledgeBase.bundled.merging(KnowledgeBase(entities: [KnowledgeEntity(name: "Nikolai Sonin", type: .person)])))
        #expect(pinned.count == 1, "\(pinned.map { ($0.name, $0.mentions, $0.aliases) })")
        #expect(pinned.first?.name == "Nikolai Sonin")
        #expect(pinned.first?.mentions == plain.first?.mentions)
    }

    /// Names in ASCII capitals one letter apart are two organizations across the corpus ("MILIK", "MALIK" and "MOLIK"
    /// were one entity named "MOLIK"), while transliteration variants still join.
    @Test func acronymsOneLetterApartAreNotLinked() {
        let items = [EntityLinker.Item(name: "MILIK", type: .organization, weight: 3),
                     EntityLinker.Item(name: "MALIK", type: .organization, weight: 2),
                     EntityLinker.Item(name: "MOLIK", type: .organization, weight: 5),
                     EntityLinker.Item(name: "Viktor Sergeyenko", type: .person, weight: 2),
                     EntityLinker.Item(name: "Viktor Sergeenko", type: .person, weight: 1)]
        let linked = EntityLinker.cluster(items)
        #expect(linked[0]?.name ?? "MILIK" == "MILIK", "\(linked)")
        #expect(linked[1]?.name ?? "MALIK" == "MALIK", "\(linked)")
        #expect(linked[2]?.name ?? "MOLIK" == "MOLIK", "\(linked)")
        #expect(linked[3]?.name == linked[4]?.name && linked[3] != nil, "\(linked)")
        #expect(EntityLinker.twoAcronyms("NATO", "NOTO") && !EntityLinker.twoAcronyms("NATO", "NATO") && !EntityLinker.twoAcronyms("Nato", "NOTO"))
    }
}
