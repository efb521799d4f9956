import Foundation
import Testing
@testable import BulletinKit

/// China's historical leaders, named constantly in Chinese news (anniversaries, museums, former residences) and
/// rarely with a title or cue that discovery reads: the knowledge base holds them across scripts, so each is one
/// person in every language. Sentences written here.
@Suite struct KnowledgeBaseHistoricalTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    private func people(_ e: Extraction) -> Set<String> { Set(e.entities.filter { $0.type == .person }.map(\.name)) }

    @Test func historicalLeadersAreFoundInChineseWithoutACue() {
        let e = extract("孙中山先生的故居和毛泽东同志的旧居今天接待了许多游客，梁启超的故居也重新开放。", "zh")
        #expect(people(e).isSuperset(of: ["Sun Yat-sen", "Mao Zedong", "Liang Qichao"]), "\(all(e))")
        let f = extract("展览回顾了邓小平、江泽民和胡锦涛访问该市的历史照片，以及周恩来的题词。", "zh")
        #expect(people(f).isSuperset(of: ["Deng Xiaoping", "Jiang Zemin", "Hu Jintao", "Zhou Enlai"]), "\(all(f))")
    }

    @Test func theSameLeaderIsOneEntityInOtherScripts() {
        #expect(people(extract("В музее открылась выставка, посвящённая Мао Цзэдуну и Дэн Сяопину.", "ru"))
            .isSuperset(of: ["Mao Zedong", "Deng Xiaoping"]))
        #expect(people(extract("Du khách tới thăm nơi ở cũ của Tôn Trung Sơn và Lương Khải Siêu.", "vi"))
            .isSuperset(of: ["Sun Yat-sen", "Liang Qichao"]))
        #expect(people(extract("زار الوفد متحفا يعرض صورا لزعيمي الصين ماو تسي تونغ ودنغ شياو بينغ.", "ar"))
            .isSuperset(of: ["Mao Zedong", "Deng Xiaoping"]))
        #expect(people(extract("L'exposition montre des lettres de Zhou Enlai et de Sun Yat-sen.", "fr"))
            .isSuperset(of: ["Zhou Enlai", "Sun Yat-sen"]))
    }

    @Test func aStreetOrParkNamedAfterALeaderNamesNoPerson() {
        // 中山路 and 中山公园 carry Sun Yat-sen's courtesy name, not his name: no person.
        let e = extract("市民在中山路和中山公园之间的广场上观看了演出。", "zh")
        #expect(!people(e).contains("Sun Yat-sen"), "\(all(e))")
    }
}
