import Foundation
import Testing
@testable import BulletinKit

/// The Han rules gated on their characters (`hanArticleHasAny`) or on the middle dots' keys still fire where those occur:
/// names nobody listed, each read by the gated rule.
@Suite struct EntityGates31DTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// `discoverHanForums` (坛峰览讨谈易): a forum by its suffix.
    @Test func forumBySuffix() {
        let e = extract("第三届中老经济走廊合作论坛在万象举行，代表们出席论坛。", "zh")
        #expect(names(e, .organization).contains("中老经济走廊合作论坛"), "\(all(e))")
    }

    /// `l28HanCompanySuffixes` (团司局): a bureau's reading takes the company suffix after it.
    @Test func companySuffixAfterABureau() {
        let e = extract("中铁大桥局集团有限公司承建了这座大桥。法国电力集团也派员参加。", "zh")
        #expect(names(e, .organization).contains("中铁大桥局集团有限公司"), "\(all(e))")
    }

    /// `l30HanIslandsAndPorts` (岛港): an island after a preposition.
    @Test func islandAfterAPreposition() {
        let e = extract("会议在民丹岛举行。货轮从福州江阴港开往雅加达。", "zh")
        #expect(names(e, .place).contains("民丹岛"), "\(all(e))")
    }

    /// `l12HanCentres` (心): a country, a kind of centre and 中心 are one institution.
    @Test func centreNamedFromItsCountry() {
        let e = extract("由中国援建的塞拉利昂水稻技术示范中心正式移交。", "zh")
        #expect(names(e, .organization).contains("塞拉利昂水稻技术示范中心"), "\(all(e))")
    }

    /// `l26HanDottedNames` / `l30HanDottedNames` (the middle dots' keys): dotted transliterated names.
    @Test func dottedNames() {
        let e = extract("哈萨克斯坦总统努尔兰·萨比托夫出席会议。副部长坎平·西萨瓦以及其他官员陪同。", "zh")
        let people = names(e, .person)
        #expect(people.contains("努尔兰·萨比托夫"), "\(all(e))")
        #expect(people.contains("坎平·西萨瓦"), "\(all(e))")
    }

    /// `l30HanCapitals` (首省州): the name after 首府, written again, is a place at each of its mentions.
    @Test func capitalNamedAgain() {
        let e = extract("距首府他曲约40公里的村庄，政府在他曲建设学校，孩子们去他曲读中学。", "zh")
        #expect(names(e, .place).contains("他曲"), "\(all(e))")
        #expect(e.entities.first { $0.name == "他曲" }?.mentions == 3, "\(all(e))")
    }

    /// `discoverHanPrefecturesAndTowns` (州镇乡): a prefecture after its province, a town after its county.
    @Test func prefectureAndTown() {
        let e = extract("云南省西双版纳傣族自治州勐腊县磨憨镇是边境口岸。", "zh")
        let places = names(e, .place)
        #expect(places.contains("西双版纳傣族自治州"), "\(all(e))")
        #expect(places.contains("磨憨镇"), "\(all(e))")
    }

    /// `h39Han`'s works (厂): a known place and a works' noun in 厂.
    @Test func worksAfterAKnownPlace() {
        let e = extract("哈萨克斯坦杰特苏州的官员参观了明斯克汽车厂。", "zh")
        #expect(names(e, .organization).contains("明斯克汽车厂"), "\(all(e))")
    }

    /// `l29HanAppointedPeople` (辞, or 被 with 命免提): a family name and given characters before 被任命.
    @Test func personBeforeAnAppointment() {
        let e = extract("会议决定，彭立新被任命为湖南省交通运输厅厅长。", "zh")
        #expect(names(e, .person).contains("彭立新"), "\(all(e))")
    }

    /// `l28HanRegionSuffixes` (区): a known place runs over 大区 after it.
    @Test func regionOverItsSuffix() {
        let e = extract("他访问了新阿基坦大区的波尔多。", "zh")
        #expect(names(e, .place).contains("新阿基坦大区"), "\(all(e))")
    }

    /// `h36HanTowns` (镇乡): two characters and 镇 or 乡 after a delimiter.
    @Test func townsAfterADelimiter() {
        let e = extract("游客从大营镇和石门乡出发。", "zh")
        let places = names(e, .place)
        #expect(places.contains("大营镇"), "\(all(e))")
        #expect(places.contains("石门乡"), "\(all(e))")
    }

    /// The middle dots' keys are the keys the tokenizer gives the marks (their text), U+0387 among them.
    @Test func middleDotKeysAreTheMarksKeys() {
        for dot in NameFinder.l26MiddleDots.map({ $0 }) + ["\u{0387}"] {
            #expect(NameFinder.l26MiddleDotKeys.contains(dot, hash: Token.hash(dot)), "\(dot.unicodeScalars.map(\.value))")
        }
        #expect(NameFinder.h39DotKey.contains("\u{00B7}", hash: Token.hash("\u{00B7}")))
    }
}
