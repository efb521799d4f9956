import Testing
@testable import BulletinKit

/// Texts found by fuzzing the extractor (scripts/fuzz-extractor) that trapped it: a trap kills the
/// indexer and the TUI for the user's whole archive. Each text is the smallest that trapped, or an
/// ordinary sentence that did; each must extract without trapping (what it finds is not the point).
@Suite struct ExtractorRobustnessTests {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func extracts(_ body: String, _ language: String, title: String = "") {
        let e = extractor.extract(title: title, body: body, language: language)
        #expect(e.entities.count >= 0)
    }

    /// `h14RussianTitledDescriptions`: a titled organization ending in a lowercase word built the empty
    /// closed range `b + 1...z` (fixed in 0c81fd5).
    @Test func russianTitledOrganizationEndingInALowercaseWord() {
        extracts("Ректор Ошского государственного университета имени Кадыра Сатаева встретил гостей.", "ru")
    }

    /// `l30aTurkicInnerCases`: a name cut after a word with a case ending right before its last word, which has a place's
    /// ending too, made the tail's piece the reversed range `z...z - 1` (found by a review's fuzzing of title-cased
    /// Azerbaijani news: "hakim Rəşad Hüseynzadənin Qərarlarından …").
    @Test func turkicCaseEndingBeforeAPlaceEndingLastWord() {
        extracts("R Hseənin Qrarda ı Onun", "az")
        extracts("R Hseənin Qrarda ı Onun", "tr")
        extracts("İsə hakim Rəşad Hüseynzadənin Qərarlarından Narazı Qaldığını deyib.", "az")
    }

    /// `h16VietnameseInstitutionTails`: a one-word capitalized organization ending the text asked `isCap(a + 1)`
    /// one token past the end.
    @Test func vietnameseAcronymEndingTheText() {
        extracts("Ông Nguyễn Văn An làm việc tại VNPT", "vi")
        extracts("ạ NG", "vi")
    }

    /// `emitName`: a run whose words are all lowercase after a hyphen ("Vietnam-based") left `a == b`, the text's
    /// end, and `latinNameEarly` read the token there.
    @Test func capitalizedWordAndHyphenatedLowercaseEndingTheText() {
        extracts("The firm is Vietnam-based", "en")
        extracts("The plane was Russian-made", "en")
        extracts("Cinese-b", "und")
    }

    /// `l29JapaneseCities`: the loop removed the mention read inside the city ("秋田") and then read the
    /// mentions by indices taken before the removal, past the end of the array.
    @Test func japaneseCityAfterItsPrefectureEndingTheMentions() {
        extracts("秋田県北秋田市で", "ja")
        extracts("秋田県北秋田市く", "ja")
    }

    /// `l29JapaneseQuotedCompanies`: 「 after a company's noun with one token left built the reversed closed
    /// range `k + 2...tokenCount - 1`.
    @Test func japaneseQuotedCompanyCutAfterItsFirstWord() {
        extracts("介護事業会社「ひだまり", "ja")
    }

    /// `kgVietnameseCommittees`: "Ủy ban nhân dân thành" ending the text asked `exactForm(u + 1)` past the end.
    @Test func vietnameseCommitteeCutAfterThanh() {
        extracts("Đoàn công tác làm việc với Ủy ban nhân dân thành", "vi")
        // Any unit ending the text read the token after it ("tỉnh", "thị").
        extracts("Ủy ban nhân dân tỉnh", "vi")
        extracts("Đoàn làm việc với Ủy ban nhân dân thị", "vi")
    }

    /// `h37TurkishJoins`: "ve" ending the text after a capitalized word asked `isCap(k + 1)` past the end.
    @Test func turkishVeEndingTheText() {
        extracts("Toplantıya Hazine ve", "tr")
        extracts("Ankara ve", "tr")
    }

    /// `l29cFrenchLowercaseHeads`: a lowercase head and "de"/"de la" ending the text read the token after them.
    @Test func frenchHeadAndDeEndingTheText() {
        extracts("Ils ont visité le musée de la", "fr")
        extracts("Il visite le musée de", "fr")
    }

    /// `l28RomancePlacesBetween`: a one-word person after "tra"/"fra"/"entre" built the reversed range `a + 1..<z`.
    @Test func italianOneWordNameAfterTra() {
        extracts("La sfida tra Calogero", "it")
    }

    /// `h18French`: a lowercase word after a name ending the text asked for the token after it.
    @Test func frenchLowercaseWordAfterANameEndingTheText() {
        extracts("Le constructeur Renault pourrait", "fr")
    }

    /// `h37Greek`: a one-word person after a locative ending the text asked `isCap(a + 1)` past the end.
    @Test func greekOneWordNameEndingTheText() {
        extracts("γείται Мичин", "el")
    }
}
