import BulletinKit
import Foundation

/// One proposal for "the other report of this story" (`s`): an article in
/// another language that names the same people, organizations and places as
/// the pinned one (one entity across scripts: the index links Loukachenko and
/// لوكاشينكو to one canonical name, which both summaries carry).
public struct OtherReport: Sendable, Hashable {
    /// The proposed article's index in the catalog's summaries (when ranked).
    public var index: Int
    public var id: String
    public var language: String
    /// The names both articles mention (canonical), rarest in the corpus first.
    public var shared: [String]
    /// The sum of the shared names' rarity (`OtherReports.weight`).
    public var score: Double
    /// Days between the two articles' dates; nil when either has no date.
    public var days: Int?
}

/// Ranks the other reports of an article's story. Pure: the corpus comes in
/// as its summaries and the articles that mention each name (the catalog's
/// postings: no summary's names are read, only the candidates' languages).
///
/// A candidate is an article in another language than the pinned one that
/// shares at least `minimumShared` of its people, organizations and places
/// (countries are left out: two reports of Vietnam and Belarus are not one
/// story because they both name the two countries). Its score is the sum of
/// the shared names' rarity, log((N + 1) / articles naming it): "Tô Lâm" in
/// 4 articles weighs more than "Hanoi" in 3,000. Equal scores go to the
/// article nearest in date, then to the first in the corpus.
public enum OtherReports {
    /// Fewer shared names than this is no proposal.
    public static let minimumShared = 2
    /// The proposals kept (`s` steps through them).
    public static let limit = 50

    /// The weight of a name that `count` of `total` articles mention.
    public static func weight(count: Int, total: Int) -> Double {
        log(Double(total + 1) / Double(max(1, count)))
    }

    /// The other reports of summary `pinned`, best first. `entities`: the
    /// pinned article's entities (name and type; countries are skipped).
    /// `rows`: the articles that mention a name (indices into `summaries`,
    /// each once; how many they are is the name's rarity).
    public static func rank(pinned: Int, entities: [(name: String, type: EntityType)], summaries: [ArticleSummary],
                            rows: (String) -> [Int]) -> [OtherReport] {
        guard summaries.indices.contains(pinned) else { return [] }
        let language = summaries[pinned].language
        var names: [String] = []
        for e in entities where e.type != .country && !names.contains(e.name) { names.append(e.name) }
        guard names.count >= minimumShared else { return [] }
        // Rarest first: each candidate's shared names then come in that order.
        let postings = names.map(rows)
        let weights = postings.map { weight(count: $0.count, total: summaries.count) }
        let order = names.indices.sorted { (weights[$0], names[$1]) > (weights[$1], names[$0]) }

        // Per candidate (by first appearance): its summary, score and shared names.
        var slot: [Int: Int] = [:]
        var found: [(index: Int, score: Double, shared: [Int])] = []
        summaries.withUnsafeBufferPointer { all in
            for n in order {
                for i in postings[n] where i != pinned && all.indices.contains(i) {
                    if let k = slot[i] {
                        guard k >= 0 else { continue }
                        found[k].score += weights[n]
                        found[k].shared.append(n)
                    } else if all[i].language != language {
                        slot[i] = found.count
                        found.append((i, weights[n], [n]))
                    } else {
                        slot[i] = -1  // same language: never a candidate
                    }
                }
            }
        }
        found.removeAll { $0.shared.count < minimumShared }
        let pinnedDay = summaries[pinned].shownDate.flatMap(dayNumber)
        var reports = found.map { f -> OtherReport in
            let s = summaries[f.index]
            let days = pinnedDay.flatMap { p in s.shownDate.flatMap(dayNumber).map { abs($0 - p) } }
            return OtherReport(index: f.index, id: s.id, language: s.language, shared: f.shared.map { names[$0] },
                               score: f.score, days: days)
        }
        reports.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.days != b.days { return (a.days ?? Int.max) < (b.days ?? Int.max) }
            return a.index < b.index
        }
        return Array(reports.prefix(limit))
    }

    /// `YYYY-MM-DD` as a count of days (since 1970-01-01); nil for any other form.
    public static func dayNumber(_ date: String) -> Int? {
        guard let n = ListOrdering.day(date) else { return nil }
        let y = n / 10000, m = (n / 100) % 100, d = n % 100
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// How far apart in time: "same day", "1 day apart", "12 days apart"; nil when unknown.
    public static func distance(_ days: Int?) -> String? {
        guard let days else { return nil }
        switch days {
        case 0: return "same day"
        case 1: return "1 day apart"
        default: return "\(Count.grouped(days)) days apart"
        }
    }
}
