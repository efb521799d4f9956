import Foundation
import Testing

/// The same corpus gives the same entities in every process. `Dictionary` and `Set` order is
/// seeded per process, so an extraction or linking step that depended on it would show here as
/// output differing between runs (in-process repetition cannot see it).
@Suite struct EntityDeterminismCLITests {
    /// Articles written for this test: people known by surname in a second article, spelling
    /// variants across languages, organizations with acronyms, and countries in several forms.
    static let files: [String: String] = [
        "a_en.txt": """
        Minister Grace Mwansa of Zambia met her Botswanan counterpart Kabelo Seretse in Gaborone. The Southern \
        African Development Community (SADC) welcomed the agreement. Mwansa said Kafue Copper Holdings would invest.
        """,
        "b_fr.txt": """
        La ministre zambienne Grace Mwansa a rencontré à Lusaka le président de la Banque africaine de développement. \
        Mme Mwansa a salué le soutien de la Communauté de développement de l'Afrique australe.
        """,
        "c_ru.txt": """
        Министр Грейс Мванса встретилась в Минске с Ольгой Кравченко, директором компании «Полесские сети». \
        Мванса обсудила поставки меди в Беларусь и Казахстан.
        """,
        "d_vi.txt": """
        Phó Thủ tướng Lê Minh Khoa tiếp Bộ trưởng Grace Mwansa tại Hà Nội. Ông Khoa đề nghị Bộ Công Thương \
        phối hợp với Ủy ban Nhân dân tỉnh Quảng Ngãi.
        """,
    ]

    @Test func entitiesAndListAreTheSameInSeparateProcesses() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in Self.files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for command in [["entities", "--no-index", "--json", dir.path], ["list", "--no-index", "--json", dir.path]] {
            let first = try CLI.run(command)
            #expect(first.status == 0, "\(command): \(first.stderr)")
            #expect(first.stdout.contains("Mwansa"))
            // A few more processes, each with its own hashing seed.
            for _ in 0..<3 {
                let again = try CLI.run(command)
                #expect(again.stdout == first.stdout, "\(command[0]) differs between processes")
            }
        }
    }
}
