/// The order the article list shows the articles in, kept per corpus in the
/// reading-state database (`ReadingStateStore.listOrder(root:)`) beside the
/// list filters. By default the list keeps the corpus's own order (files by
/// path, segments in file order); the date orders sort by the date the list
/// shows (`ArticleSummary.shownDate`: the date line, else a dateline's date),
/// articles without one last, each tie in corpus order.
public enum ListOrder: String, Sendable, Hashable, CaseIterable, Codable {
    /// As the files list them (the default).
    case corpus
    case newestFirst = "newest"
    case oldestFirst = "oldest"

    /// The order the order key (`o`) goes to next: corpus → newest → oldest → corpus.
    public var next: ListOrder {
        switch self {
        case .corpus: return .newestFirst
        case .newestFirst: return .oldestFirst
        case .oldestFirst: return .corpus
        }
    }

    /// In words, as the title bar and the messages name it.
    public var name: String {
        switch self {
        case .corpus: return "corpus order"
        case .newestFirst: return "newest first"
        case .oldestFirst: return "oldest first"
        }
    }
}
