/// One occurrence of a name in an article, before mentions are grouped into entities.
///
/// The name finder's passes copy mentions often (a test of `mentions.contains { … && … }` copies
/// the one it tests), and a copy retains every reference the mention holds: the two fields few
/// mentions set (`code`, `variants`) share one box, absent when neither is set, so that a copy
/// retains two references (surface, words) instead of four. Still a value: the box is copied
/// before a change when another mention shares it.
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
    /// Folded word keys of the name (no punctuation), for linking.
    var words: [String]
    /// The word before the name says it is a place ("in", "à", "в", "tại").
    var placeContext = false
    /// Written in parentheses: another name for what precedes it ("(MTZ)").
    var parenthesized = false
    /// `code` and `variants`, when either is set.
    private var rare: Rare?

    /// The fields few mentions set.
    private final class Rare: @unchecked Sendable {   // changed only when not shared (see `uniqueRare`)
        var code: String?
        var variants: [String]
        init(code: String?, variants: [String]) {
            self.code = code
            self.variants = variants
        }
    }

    init(surface: String, start: Int, end: Int, type: EntityType? = nil, evidence: Evidence, known: Int? = nil,
         code: String? = nil, words: [String], placeContext: Bool = false, variants: [String] = [], parenthesized: Bool = false) {
        self.surface = surface
        self.start = start
        self.end = end
        self.type = type
        self.evidence = evidence
        self.known = known
        self.words = words
        self.placeContext = placeContext
        self.parenthesized = parenthesized
        if code != nil || !variants.isEmpty { rare = Rare(code: code, variants: variants) }
    }

    /// ISO code, for countries.
    var code: String? {
        get { rare?.code }
        set {
            if rare == nil && newValue == nil { return }
            uniqueRare().code = newValue
        }
    }

    /// Extra names this mention is also known by (a name without its country qualifier, a head noun phrase).
    var variants: [String] {
        get { rare?.variants ?? [] }
        set {
            if rare == nil && newValue.isEmpty { return }
            uniqueRare().variants = newValue
        }
        _modify {
            let box = uniqueRare()
            yield &box.variants
        }
    }

    /// The box, made first or copied first if another mention shares it.
    private mutating func uniqueRare() -> Rare {
        if rare == nil {
            rare = Rare(code: nil, variants: [])
        } else if !isKnownUniquelyReferenced(&rare) {
            rare = Rare(code: rare.unsafelyUnwrapped.code, variants: rare.unsafelyUnwrapped.variants)
        }
        return rare.unsafelyUnwrapped
    }

    var span: TextSpan { TextSpan(start: start, end: end) }
}
