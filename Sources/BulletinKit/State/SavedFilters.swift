import Foundation

/// The list filters the reader left on a corpus, kept per corpus in the
/// reading-state database (`ReadingStateStore.listFilters(root:)`) beside the
/// list place, so that a user who reads only French articles about Belarus
/// does not pick the same three filters again at every start. The search
/// query is not kept: a search is a question of the moment, a filter a way of
/// reading. (The reader's own `Filters` is converted to and from this value:
/// BulletinKit knows nothing of the TUI.)
public struct SavedFilters: Sendable, Hashable, Codable {
    /// Country codes (any of them), sorted so that equal sets store equal rows.
    public var countries: [String]
    /// Language codes (any of them), sorted.
    public var languages: [String]
    /// The canonical name of an entity the articles must mention.
    public var entity: String?
    public var unreadOnly: Bool
    public var flaggedOnly: Bool

    public init(countries: some Sequence<String> = [], languages: some Sequence<String> = [], entity: String? = nil,
                unreadOnly: Bool = false, flaggedOnly: Bool = false) {
        self.countries = Array(Set(countries)).sorted()
        self.languages = Array(Set(languages)).sorted()
        self.entity = entity
        self.unreadOnly = unreadOnly
        self.flaggedOnly = flaggedOnly
    }

    /// No filter: nothing to keep (the row is deleted rather than stored empty).
    public var isEmpty: Bool { countries.isEmpty && languages.isEmpty && entity == nil && !unreadOnly && !flaggedOnly }

    /// A list of codes as the table stores it: a JSON array (codes are short
    /// and plain today, but a user's knowledge base may name any code).
    static func encode(_ codes: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(codes), as: UTF8.self)) ?? "[]"
    }

    /// The codes a stored column holds; none when it is not a JSON array of
    /// strings (a row damaged by hand loses its codes, not the reader's start).
    static func decode(_ text: String?) -> [String] {
        guard let text, let codes = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return codes
    }
}
