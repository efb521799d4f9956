import Foundation
import Testing
@testable import BulletinKit

/// The rules of NameFinder+Left16/24/25/26/27/28/29Core/29East/30Core/30RuZh and +CP15 gated on their cue words
/// (`articleHas`) still fire when a cue word is in the text (must-find examples of their own tests), and the one-word
/// gates the session added hold the folded keys their rules compare.
@Suite struct EntityGates31CTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// The new gates' words are keys as the tokenizer folds them: a gate on a key no token has would never open.
    @Test func newGateWordsAreFoldedKeys() {
        let cues: [(String, KeySet)] = [("Métropole", NameFinder.l29cMetropoleCue), ("City", NameFinder.l29cCityCue),
            ("quartier", NameFinder.l29cQuarterCue), ("Palais", NameFinder.l29cPalaisCue), ("khu", NameFinder.l29cKhuCue),
            ("Báo", NameFinder.l29cBaoCue), ("HĐND", NameFinder.l29cCouncilAcronymKeys), ("UBND", NameFinder.l29cCouncilAcronymKeys),
            ("khẩu", NameFinder.l30cKhauCue), ("Thương", NameFinder.l30cThuongCue), ("Perum", NameFinder.l30cPerumCue),
            ("mer", NameFinder.l30cPalaisMerCues), ("agroholding", NameFinder.l30cHoldingCues), ("усть", NameFinder.l27RussianMouthCue),
            ("имени", NameFinder.l29eNamedAfterCues), ("під", NameFinder.l29ePodCues), ("Sankt", NameFinder.l25SaintCues),
            ("St", NameFinder.l25SaintCues), ("&", NameFinder.l28AmpersandCue), ("al", NameFinder.l24AlCue), ("e", NameFinder.l27AndCue)]
        for (word, set) in cues {
            let key = TextFolding.key(word)
            #expect(set.contains(key, hash: Token.hash(key)), "\(word) → \(key)")
        }
        // "ووكالة": the doubled conjunction before a body's head.
        let doubled = TextFolding.key("ووكالة")
        #expect(NameFinder.l30cArabicDoubledHeads.contains(doubled, hash: Token.hash(doubled)), "\(doubled)")
    }

    @Test func left27ListsGovernorsAndParticlesStillFire() {
        let pt = extract("A seca atinge municípios como Serra Talhada, Arcoverde, Afogados da Ingazeira e Petrolândia, segundo a Defesa Civil.", "pt")
        #expect(names(pt, .place).isSuperset(of: ["Serra Talhada", "Arcoverde", "Petrolândia"]), "\(all(pt))")
        let gov = extract("O governador do Tocantins, Wanderlei Barbosa, visitou a obra ao lado do prefeito de Araguaína.", "pt")
        #expect(names(gov, .place).isSuperset(of: ["Tocantins", "Araguaína"]), "\(all(gov))")
        let berber = extract("La neige a fermé le col de Tizi n'Ouchen et la route vers Imi n'Tanoute jeudi.", "fr")
        #expect(names(berber, .place).isSuperset(of: ["Tizi n'Ouchen", "Imi n'Tanoute"]), "\(all(berber))")
        let surname = extract("O ministro José Ribeiro e Castro disse que o plano será aprovado.", "pt")
        #expect(names(surname, .person).contains("José Ribeiro e Castro"), "\(all(surname))")
    }

    @Test func left29CoreGroupsAndVenuesStillFire() {
        let bands = extract("KINSHASA, 3 déc (AFP) - Il a joué dans les orchestres Victoria Eleison et Choc Stars avant de rejoindre Paris. Son fils Gaston Mpiana l'a annoncé.", "fr")
        #expect(names(bands, .organization).isSuperset(of: ["Victoria Eleison", "Choc Stars"]), "\(all(bands))")
        let stadium = extract("SHILLONG (PTI) -- Rangdajied United beat Aizawl FC 2-0 at the Jawahar Singh Memorial Stadium on Friday.", "en")
        #expect(names(stadium, .place).contains("Jawahar Singh Memorial Stadium"), "\(all(stadium))")
    }

    @Test func left30CoreInitialsOfficesAndPalacesStillFire() {
        let initials = extract("Ulaanbaatar, March 5 (MONTSAME). Minister Ch.Khurelbaatar met the delegation. Ts is not a name.", "en")
        #expect(names(initials, .person).contains("Ch.Khurelbaatar"), "\(all(initials))")
        let office = extract("Rabat, 5/3 (TTXVN) - Thương vụ Việt Nam tại Maroc phối hợp với Bộ Công Thương tổ chức hội chợ hàng Việt. Thương vụ này có giá trị 2 triệu USD.", "vi")
        #expect(names(office, .organization).contains("Thương vụ Việt Nam tại Maroc"), "\(all(office))")
        let gates = extract("Quảng Bình, 5/3 (TTXVN) - Hai tỉnh thống nhất nâng cấp cặp cửa khẩu quốc tế Cha Lo - Na Phàu và sửa đường 12A từ Ba Đồn. Hàng hóa qua cửa khẩu Việt Nam tăng mạnh, trong khi đường 5 vẫn đang sửa chữa.", "vi")
        #expect(names(gates, .place).isSuperset(of: ["Cha Lo", "Na Phàu"]), "\(all(gates))")
        let palace = extract("Astana (AFP) - Le président a reçu les investisseurs au palais Akorda, avant une visite sur la mer d'Azov. Le palais de justice était fermé.", "fr")
        #expect(names(palace, .place).isSuperset(of: ["palais Akorda", "mer d'Azov"]), "\(all(palace))")
        let holding = extract("Almaty (AFP) - Le groupe a conclu un accord avec l'agroholding public Kazagrofinance pour une usine. Le holding restera minoritaire.", "fr")
        #expect(names(holding, .organization).contains("Kazagrofinance"), "\(all(holding))")
    }

    @Test func left25And26And28RulesStillFire() {
        let oblasts = extract("Совещание прошло с участием акимов Павлодарской, Восточно-Казахстанской и Карагандинской областей.", "ru")
        #expect(names(oblasts, .place).contains(where: { $0.hasPrefix("Павлодарск") }), "\(all(oblasts))")
        let saint = extract("The train reached St. Pölten before noon, said engineer Marcus St. James.", "en")
        #expect(names(saint, .place).contains("St. Pölten"), "\(all(saint))")
        let turkic = extract("Министром энергетики назначен Таалайбек Жумабек уулу. Его заместителем стала Гульзат Сапарбек кызы.", "ru")
        #expect(names(turkic, .person).isSuperset(of: ["Таалайбек Жумабек уулу", "Гульзат Сапарбек кызы"]), "\(all(turkic))")
        let amp = extract("Shares of Marston & Pryce Logistics fell after Johnson & Johnson reported results.", "en")
        #expect(names(amp, .organization).isSuperset(of: ["Marston & Pryce Logistics", "Johnson & Johnson"]), "\(all(amp))")
    }

    @Test func cp15DemonymBodiesStillFire() {
        let e = extract("This story by the Australian Associated Press was first published on Monday. The Irish Broadcasting Society aired it.", "en")
        #expect(names(e, .organization).isSuperset(of: ["Australian Associated Press", "Irish Broadcasting Society"]), "\(all(e))")
    }
}
