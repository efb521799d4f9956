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
}
