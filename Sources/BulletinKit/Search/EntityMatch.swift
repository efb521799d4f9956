import Foundation

/// Which entities of a corpus a name typed on the command line stands for (`bulletin list --entity NAME`),
/// resolved as entity search resolves a name in a query: the entity whose canonical name it is (what the
/// TUI's sidebar filters on), and every entity that has it as another name, compared as search compares
/// names (case, diacritics and punctuation ignored: `to lam` is `Tô Lâm`; an Arabic clitic or a Russian case
/// ending dropped), or that the knowledge base knows by it in another script or spelling (`Лукашенко` is
/// Alexander Lukashenko, whichever spelling the corpus uses).
public struct EntityMatch: Sendable {
    /// Name key → the canonical names of the corpus's entities with a name or alias of that key.
    let byKey: [String: Set<String>]
    /// Canonical name → its type and how many articles mention it (for notes and suggestions).
    let entities: [String: (type: EntityType, articles: Int)]
    let knowledge: KnowledgeAliases

    /// Over the entities of a corpus (`EntitySummary.summarize`, or the index's `entitySummaries`: no body
    /// read), their names and aliases, with `knowledge`'s other names for them.
    public init(entities list: [EntitySummary], knowledge: KnowledgeAliases) {
        var forms: [String: Set<String>] = [:]
        var entities: [String: (type: EntityType, articles: Int)] = [:]
        for e in list {
            forms[e.name, default: []].insert(e.name)
            for alias in e.aliases { forms[alias, default: []].insert(e.name) }
            // One name may stand for entities of two types (a country and an organization): the most widespread.
            if let known = entities[e.name], known.articles >= e.articles.count { continue }
            entities[e.name] = (e.type, e.articles.count)
        }
        var byKey: [String: Set<String>] = [:]
        var memo: [[UInt8]: String] = [:]
        for (form, names) in forms {
            let key = EntityNameKey.key(form, memo: &memo)
            if !key.isEmpty { byKey[key, default: []].formUnion(names) }
        }
        self.byKey = byKey
        self.entities = entities
        self.knowledge = knowledge
    }

    /// Over the entities of `articles`.
    public init(articles: [Article], knowledge: KnowledgeAliases) {
        self.init(entities: EntitySummary.summarize(articles), knowledge: knowledge)
    }

    /// The canonical names `text` stands for, most widespread first (then by name); empty when none.
    public func canonicalNames(_ text: String) -> [String] {
        var found = Set<String>()
        if entities[text] != nil { found.insert(text) }
        let candidates = EntityNameKey.candidates(text)
        var keys = candidates
        for name in knowledge.names(forKeys: candidates) {
            let key = EntityNameKey.key(name)
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        for key in keys { found.formUnion(byKey[key] ?? []) }
        // The extractor names the entities the knowledge base holds by their canonical name.
        for name in knowledge.canonicalNames(forKeys: candidates) where entities[name] != nil { found.insert(name) }
        return ranked(found)
    }

    /// The type of the entity named `name` (canonical), if the corpus has it.
    public func type(of name: String) -> EntityType? { entities[name]?.type }

    /// How many articles mention the entity named `name` (canonical).
    public func articleCount(of name: String) -> Int { entities[name]?.articles ?? 0 }

    /// Up to `limit` canonical names close to `text`, for a name that matched none: those with a name or
    /// alias whose key holds `text`'s key (`lukash` → Alexander Lukashenko), most widespread first.
    public func suggestions(_ text: String, limit: Int = 5) -> [String] {
        let key = EntityNameKey.key(text)
        guard key.count >= 3 else { return [] }
        var found = Set<String>()
        for (k, names) in byKey where k.contains(key) { found.formUnion(names) }
        return Array(ranked(found).prefix(limit))
    }

    func ranked(_ names: Set<String>) -> [String] {
        names.sorted { (articleCount(of: $1), $0) < (articleCount(of: $0), $1) }
    }
}
