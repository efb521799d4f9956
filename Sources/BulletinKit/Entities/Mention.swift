/// One occurrence of a name in an article, before mentions are grouped into entities.
struct Mention: Sendable {
    /// How sure the finder is of the type: a knowledge-base hit beats a cue, a cue beats a guess.
    enum Evidence: Int, Sendable, Comparable {
        case guess = 0, cue = 1, known = 2
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    var surface: String
    var start: Int
    var end: Int
    /// nil: not decided yet (a lone capitalized word), settled when mentions are grouped.
    var type: EntityType?
    var evidence: Evidence
    /// Index into the knowledge base, for known entities.
    var known: Int?
    /// ISO code, for countries.
    var code: String?
    /// Folded word keys of the name (no punctuation), for linking.
    var words: [String]
    /// The word before the name says it is a place ("in", "à", "в", "tại").
    var placeContext = false
    /// Extra names this mention is also known by (a name without its country qualifier, a head noun phrase).
    var variants: [String] = []
    /// Written in parentheses: another name for what precedes it ("(MTZ)").
    var parenthesized = false

    var span: TextSpan { TextSpan(start: start, end: end) }
}
