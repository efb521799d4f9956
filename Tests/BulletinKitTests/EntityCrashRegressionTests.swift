import Testing
@testable import BulletinKit

/// Texts that once trapped the extractor (a whole indexing run dies with it): each must extract.
@Suite struct EntityCrashRegressionTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// A one-word organization after "capitalized word + du/de" (`l14EnglishCompanyNames` built the
    /// reversed range a+1...a), met in a JSON file read as an English article.
    @Test func oneWordOrganizationAfterAFrenchParticle() {
        let e = extract("      \"Friends of the Upper Wye Valley\"\n     \"canonical\": \"Hôtel du Parlement\",", "en")
        #expect(!e.entities.isEmpty)
    }

    /// A Han name after "·" followed by a short run (`hanVerbPairEnds` asked past the run's end), met in a
    /// Swift test file read as an English article.
    @Test func hanDottedNameBeforeAShortRun() {
        let text = "        let e = extract(\"吉尔吉斯斯坦能源部长马拉特别克·朱努索夫出席仪式并致辞。\", \"zh\")\n"
            + "        #expect(names(e, .person).contains(\"马拉特别克·朱努索夫\"), \"\\(all(e))\")"
        let e = extract(text, "en")
        #expect(!e.entities.isEmpty)
    }

    /// A French institution's list of fields cut off at "et", the text's last word (`h18French` read the token after
    /// it), met in a fuzzed article (fuzz-extractor seed 3501).
    @Test func frenchFieldListEndingTheText() {
        let e = extract("Les nouveaux bacheliers pourront s'inscrire à l'Université des sciences,des techniques et", "fr")
        #expect(e.entities.contains { $0.type == .organization })
    }
}
