import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind holdout76's Arabic and Chinese errors (NameFinder+S53a.swift). Texts written here, with
/// other names and other sentences than the set's; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS53aTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: - Chinese

    @Test func chineseCaveSitesByTheirNoun() {
        let e = extract("专家团队今年完成了龙门石窟和云冈石窟的扫描，下一步将前往的天梯山石窟考察，游客也可以参观东千佛洞。", "zh")
        #expect(names(e, .place).contains("龙门石窟"), "\(all(e))")
        #expect(names(e, .place).contains("云冈石窟"), "\(all(e))")
        #expect(names(e, .place).contains("天梯山石窟"), "\(all(e))")
        #expect(names(e, .place).contains("东千佛洞"), "\(all(e))")
        let f = extract("研究人员对洞窟的壁画进行了修复，每个窟区都安装了监测设备，这些石窟的保护难度很大。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("窟") }, "\(all(f))")
    }

    @Test func chineseTwoCharacterCaveNameWinsOverTheTownInside() {
        let e = extract("考古人员在安西榆林窟发现了新的题记，榆林窟的保护工作随即展开。", "zh")
        #expect(names(e, .place).contains("榆林窟"), "\(all(e))")
        #expect(!e.entities.contains { $0.type == .place && $0.name.hasPrefix("Yulin") }, "\(all(e))")
    }

    @Test func chineseWallAfterAPlace() {
        let e = extract("游客可以沿着山海关长城徒步，再前往秦皇岛市区。", "zh")
        #expect(names(e, .place).contains("山海关长城"), "\(all(e))")
        let f = extract("他说长城是中华民族的象征。", "zh")
        #expect(!names(f, .place).contains("长城"), "\(all(f))")
    }

    @Test func chineseStationListedAfterAPlace() {
        let e = extract("今年旅游旺季，喀什国际机场和疏勒站客流均创新高。", "zh")
        #expect(names(e, .place).contains("疏勒站"), "\(all(e))")
        let f = extract("今年旅游旺季，喀什国际机场和火车站客流均创新高。", "zh")
        #expect(!names(f, .place).contains("火车站"), "\(all(f))")
    }

    @Test func chineseForeignCountryBeforeAPrivateBodysName() {
        let e = extract("该项目早期曾与美国洛克菲勒基金会和英国爱丁堡大学合作。", "zh")
        #expect(names(e, .organization).contains("洛克菲勒基金会"), "\(all(e))")
        #expect(names(e, .organization).contains("爱丁堡大学"), "\(all(e))")
        #expect(!names(e, .organization).contains("美国洛克菲勒基金会"), "\(all(e))")
        let f = extract("该项目由美国国家科学基金会资助，中国科学技术大学参与。", "zh")
        #expect(names(f, .organization).contains("美国国家科学基金会"), "\(all(f))")
    }
}
