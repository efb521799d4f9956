import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout35 (the first Japanese and Korean set; written and
/// scored before any rule was changed for it). Every test uses other names than those articles (its texts are written
/// here), and every rule group has a must-find and a must-not-find check.
@Suite struct EntityHoldout35Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func codes(_ e: Extraction) -> Set<String> { Set(e.countries) }

    // MARK: Japanese

    @Test func japaneseDatelineTownAndAgency() {
        let e = extract("【北京共同】中国商務省は4日、新たな輸出規制を発表した。〔時事〕", "ja")
        #expect(names(e, .organization).contains("共同") && names(e, .organization).contains("時事"), "\(all(e))")
        let not = extract("両国は共同声明を発表した。", "ja")
        #expect(!names(not, .organization).contains("共同"), "\(all(not))")
    }

    @Test func japaneseSpacedNamesBeforeTitles() {
        let e = extract("元会長の深沢 誠一郎被告（61）と、主任の芦田 栞さんが出廷した。", "ja")
        let people = names(e, .person)
        for p in ["深沢 誠一郎", "芦田 栞"] { #expect(people.contains(p), "\(p): \(all(e))") }
        let not = extract("市の 予算案被告 という表現はない。", "ja")
        #expect(!names(not, .person).contains("市の 予算案"), "\(all(not))")
    }

    @Test func japaneseNamesBeforeMoreTitles() {
        let e = extract("先発の宇佐美航平投手が好投し、鷲尾真由美館長があいさつした。", "ja")
        let people = names(e, .person)
        for p in ["宇佐美航平", "鷲尾真由美"] { #expect(people.contains(p), "\(p): \(all(e))") }
        let not = extract("最優秀選手と外国人選手が表彰された。", "ja")
        #expect(!names(not, .person).contains("最優秀") && !names(not, .person).contains("外国人"), "\(all(not))")
    }

    @Test func japaneseKatakanaNamesAndCompanies() {
        let e = extract("ジョナサン・ペリグリーノ報道官は会見で、部品メーカー「クレストン・ダイナミクス」の買収を認めた。エレナ＝ソフィア・マルケッティさんも出席した。", "ja")
        #expect(names(e, .person).contains("ジョナサン・ペリグリーノ"), "\(all(e))")
        #expect(names(e, .organization).contains("クレストン・ダイナミクス"), "\(all(e))")
        #expect(names(e, .person).contains("エレナ＝ソフィア・マルケッティ"), "\(all(e))")
        let not = extract("医療機器メーカー、ノースゲート・メディカル（本社・米オハイオ州）が発表した。", "ja")
        #expect(!names(not, .person).contains("ノースゲート・メディカル") && names(not, .organization).contains("ノースゲート・メディカル"), "\(all(not))")
    }

    @Test func japaneseBodiesByTheirHeads() {
        let e = extract("国土交通省と金融庁は、立憲民主党の要請を受けた。高知県立美術館と丸亀精工株式会社、青葉テック(株)も参加した。", "ja")
        let orgs = names(e, .organization)
        for o in ["国土交通省", "金融庁", "立憲民主党", "高知県立美術館", "丸亀精工株式会社", "青葉テック"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("彼は反省し、与党と野党が協議した。", "ja")
        #expect(!names(not, .organization).contains("反省") && !names(not, .organization).contains("与党"), "\(all(not))")
    }

    @Test func japaneseClubsOfATownAndAPlural() {
        let e = extract("千葉ロッテマリーンズが仙台ゴールデンイーグルスを破った。", "ja")
        let orgs = names(e, .organization)
        #expect(orgs.contains("千葉ロッテマリーンズ"), "\(all(e))")
        let not = extract("千葉ニュータウンで祭りが開かれた。", "ja")
        #expect(!names(not, .organization).contains("千葉ニュータウン"), "\(all(not))")
    }

    @Test func japanesePlacesBySuffixAndAfterACountry() {
        let e = extract("米オハイオ州の工場と、台湾・台中の拠点を結ぶ。竹島諸島や大雪山では雪が降った。", "ja")
        let places = names(e, .place)
        for p in ["オハイオ州", "台中"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(codes(e).contains("US"), "\(e.countries)")
        let not = extract("登山や火山の話をした。", "ja")
        #expect(names(not, .place).isEmpty, "\(all(not))")
    }

    @Test func japaneseCountryAbbreviations() {
        let e = extract("日英首脳は露朝の協力を批判した。首相は来月訪韓し、独自動車大手も渡仏する。", "ja")
        for c in ["JP", "GB", "RU", "KP", "KR", "DE", "FR"] { #expect(codes(e).contains(c), "\(c): \(e.countries)") }
        let not = extract("朝日を浴びて、今日中に米を炊き、仏教と英語を学び、中米を旅した。独占禁止法。", "ja")
        #expect(codes(not).isEmpty, "\(not.countries)")
    }

    @Test func japaneseTokyoHidesNoKyoto() {
        let e = extract("東京都内で会合が開かれ、京都市長も出席した。", "ja")
        #expect(!names(e, .place).contains("京都") || names(e, .place).contains("京都市"), "\(all(e))")
        let tokyo = extract("東京都内で会合が開かれた。", "ja")
        #expect(!names(tokyo, .place).contains("Kyoto"), "\(all(tokyo))")
    }

    @Test func japaneseSurnameAloneIsTheFullName() {
        let e = extract("桐生晴臣外相は会談した。桐生氏は「前進だ」と述べた。", "ja")
        let people = e.entities.filter { $0.type == .person }
        #expect(people.count == 1, "\(all(e))")
        let two = extract("桐生晴臣外相と桐谷氏が会談した。", "ja")
        #expect(two.entities.filter { $0.type == .person }.count == 2, "\(all(two))")
    }

    // MARK: Korean

    @Test func koreanNamesBeforeTitlesAndHonorifics() {
        let e = extract("(부산=연합뉴스) 변지호 특파원 = 남궁현수 씨에게 징역 3년이 선고됐다. 목격자 채도윤씨는 증언했다. 함정우 한결바이오 회장은 말했다.", "ko")
        let people = names(e, .person)
        for p in ["변지호", "남궁현수", "채도윤", "함정우"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(names(e, .organization).contains("한결바이오"), "\(all(e))")
        let not = extract("정부는 대책 회의를 열었다. 이번 조치는 시행된다.", "ko")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func koreanNamesAfterRolesAndForeignNames() {
        let e = extract("외야수 모창민을 영입했다. 공격수 마르코스 헤르난데스가 골을 넣었고, 피터 맥도널드 국무장관과 만났다.", "ko")
        let people = names(e, .person)
        for p in ["모창민", "마르코스 헤르난데스", "피터 맥도널드"] { #expect(people.contains(p), "\(p): \(all(e))") }
        let not = extract("이번 시즌 홈 경기 일정이 나왔다.", "ko")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func koreanBodiesPartiesAndClubs() {
        let e = extract("국민의힘과 세움디스플레이, 순천군의회가 합의했다. 기아 타이거즈는 삼성 라이온즈를 이겼다.", "ko")
        let orgs = names(e, .organization)
        for o in ["국민의힘", "세움디스플레이", "순천군의회", "기아 타이거즈", "삼성 라이온즈"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("그는 바이오 산업과 디스플레이 시장을 말했다.", "ko")
        #expect(!names(not, .organization).contains("바이오") && !names(not, .organization).contains("디스플레이"), "\(all(not))")
    }

    @Test func koreanPlacesAfterACountryAndInLists() {
        let e = extract("중국 광둥성과 일본 아오모리현에 공장이 있다. 회사는 나고야와 센다이에 지점을 뒀다. 고척스카이돔경기장에서 열렸다.", "ko")
        let places = names(e, .place)
        for p in ["광둥성", "아오모리현", "센다이"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("서울과 지방에서 행사가 열렸다.", "ko")
        #expect(!names(not, .place).contains("지방"), "\(all(not))")
    }

    @Test func koreanCountryCompoundsHanjaAndPrefixes() {
        let e = extract("美 국무부와 佛 외교부는 한미일 공조를 강조했다. 한국전력공사와 독일에서도 반응이 나왔다.", "ko")
        for c in ["US", "FR", "KR", "JP", "DE"] { #expect(codes(e).contains(c), "\(c): \(e.countries)") }
        let not = extract("대한 관심이 높다. 한미라는 이름의 가게와 인도적 지원.", "ko")
        #expect(!codes(not).contains("KR") && !codes(not).contains("IN"), "\(not.countries)")
    }

    @Test func koreanRangesLeaveTheParticleOut() {
        let body = "총리는 서울에서 미국과 회담했다."
        let e = extractor.extract(title: "", body: body, language: "ko")
        let u = Array(body.utf16)
        for ent in e.entities where ent.type == .country || ent.type == .place {
            for r in ent.ranges {
                let text = String(utf16CodeUnits: Array(u[r.start..<r.end]), count: r.end - r.start)
                #expect(!text.hasSuffix("에서") && !text.hasSuffix("과"), "\(text)")
            }
        }
        #expect(names(e, .place).contains("서울"), "\(all(e))")
    }
}
