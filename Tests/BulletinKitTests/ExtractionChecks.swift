import Foundation
@testable import BulletinKit

/// What the entity suites over written articles ask of an extraction: the names (and
/// aliases, composed) of one type, and every entity as "type:name" for failure messages.
protocol ExtractionChecks {
    var extractor: EntityExtractor { get }
}

extension ExtractionChecks {
    func extract(_ body: String, _ language: String) -> Extraction {
        extractor.extract(title: "", body: body, language: language)
    }

    func names(_ e: Extraction, _ type: EntityType) -> Set<String> {
        Set(e.entities.filter { $0.type == type }.flatMap { [$0.name] + $0.aliases }.map { $0.precomposedStringWithCanonicalMapping })
    }

    func all(_ e: Extraction) -> [String] { e.entities.map { "\($0.type):\($0.name)" } }
}
