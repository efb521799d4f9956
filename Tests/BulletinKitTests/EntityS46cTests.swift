import Testing
@testable import BulletinKit

/// `refineS46c`: a Chinese clause or a number and a classifier read into a place's or a body's name (sentences of our own).
@Suite struct EntityS46cTests {
    static let extractor = EntityExtractor(knowledgeBase: .bundled)

    func entities(_ body: String) -> [(String, EntityType)] {
        Self.extractor.extract(title: "", body: body, language: "zh").entities.map { ($0.name, $0.type) }
    }

    @Test func anUnnamedZoneAfterAClauseIsNoPlace() {
        let found = entities("访问团还参观了距喀什约80公里的一个工业园区。他们随后考察了一座物流园和一个经济特区。")
        let names = found.map(\.0)
        #expect(!names.contains { $0.contains("工业园区") || $0.contains("物流园") || $0.contains("经济特区") }, "\(found)")
        #expect(!names.contains { $0.contains("了") }, "\(found)")
    }

    @Test func aNamedZoneAfterAClassifierKeepsItsName() {
        let found = entities("代表团参观了一个名为苏州工业园区的项目，并前往中白工业园区。")
        let names = found.map(\.0)
        #expect(!names.contains { $0.hasPrefix("一个") || $0.contains("参观了") || $0.hasPrefix("名为") }, "\(found)")
        #expect(names.contains("苏州工业园区"), "\(found)")
        #expect(names.contains { $0.contains("中白工业园区") }, "\(found)")
    }

    @Test func aWideningVerbBeforeALoneAssemblyIsNoBody() {
        let found = entities("双方同意加强合作，扩大议会渠道交流，深化政府间往来。")
        #expect(!found.contains { $0.0 == "扩大议会" || $0.0 == "深化政府" }, "\(found)")
    }

    @Test func townsWithJiaAndOrdinalsKeepTheirNames() {
        // 三家店 is a town's name: 家 after a number opens no body's name inside a place.
        let found = entities("工作组前往北京市门头沟区三家店镇，随后走访了两家企业，并考察了第二座湄公河友谊大桥。")
        #expect(found.contains { $0.0 == "三家店镇" && $0.1 == .place }, "\(found)")
        // An ordinal stays in the name.
        #expect(!found.contains { $0.0 == "湄公河友谊大桥" }, "\(found)")
        #expect(!found.contains { $0.0 == "店镇" || $0.0.contains("两家") }, "\(found)")
    }
}
