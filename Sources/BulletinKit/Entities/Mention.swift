/// One occurrence of a name in an article, before mentions are grouped into entities.
///
/// The name finder's passes copy mentions often (a test of `mentions.contains { … && … }` copies
/// the one it tests, and passes too large for the inliner copy a whole mention to read one field),
/// and a copy retains every reference the mention holds: the strings and arrays (`surface`,
/// `words`, `code`, `variants`) share one box, so that a copy or a destruction touches one
/// reference count instead of three or four (those were about a twentieth of an extraction).
/// Still a value: the box is copied before a change when another mention shares it.
struct Mention: Sendable {
    /// How sure the finder is of the type: a knowledge-base hit beats a cue, a cue beats a guess.
    enum Evidence: Int, Sendable, Comparable {
        case guess = 0, cue = 1, known = 2
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    var start: Int
    var end: Int
    /// nil: not decided yet (a lone capitalized word), settled when mentions are grouped.
    var type: EntityType?
    var evidence: Evidence
    /// Index into the knowledge base, for known entities.
    var known: Int?
    /// The word before the name says it is a place ("in", "à", "в", "tại").
    var placeContext = false
    /// Written in parentheses: another name for what precedes it ("(MTZ)").
    var parenthesized = false
    /// A road, a railway or a section named by its ends ("Bishkek-Osh", "达卡至邦加段"): the grouper keeps it over the known
    /// ends inside, and the ends read inside it (NameFinder+S50c.swift; a spaced dash says so by itself, `s48cIsRoute`).
    var route = false
    /// The first and last token of the span as `NameFinder.mention(_:_:…)` built it (-1: built otherwise); a hint
    /// only, read by `NameFinder.hintedTokenSpan`, which checks it against `start` and `end` (the passes move them).
    var firstToken: Int32 = -1, lastToken: Int32 = -1
    /// The mention's strings and arrays.
    private var box: Box

    /// The fields that hold references. Changed only when not shared (see `uniqueBox`); read in
    /// place (no dynamic exclusivity checks: a box is never changed while another mention reads it).
    private final class Box: @unchecked Sendable {
        @exclusivity(unchecked) var surface: String
        @exclusivity(unchecked) var words: [String]
        @exclusivity(unchecked) var code: String?
        @exclusivity(unchecked) var variants: [String]
        init(surface: String, words: [String], code: String?, variants: [String]) {
            self.surface = surface
            self.words = words
            self.code = code
            self.variants = variants
        }
    }

    init(surface: String, start: Int, end: Int, type: EntityType? = nil, evidence: Evidence, known: Int? = nil,
         code: String? = nil, words: [String], placeContext: Bool = false, variants: [String] = [], parenthesized: Bool = false) {
        self.start = start
        self.end = end
        self.type = type
        self.evidence = evidence
        self.known = known
        self.placeContext = placeContext
        self.parenthesized = parenthesized
        box = Box(surface: surface, words: words, code: code, variants: variants)
    }

    /// The name as written.
    var surface: String {
        @inline(__always) _read { yield box.surface }
        set { uniqueBox().surface = newValue }
        _modify {
            let b = uniqueBox()
            yield &b.surface
        }
    }

    /// Folded word keys of the name (no punctuation), for linking.
    var words: [String] {
        @inline(__always) _read { yield box.words }
        set { uniqueBox().words = newValue }
        _modify {
            let b = uniqueBox()
            yield &b.words
        }
    }

    /// ISO code, for countries.
    var code: String? {
        @inline(__always) _read { yield box.code }
        set { uniqueBox().code = newValue }
    }

    /// Extra names this mention is also known by (a name without its country qualifier, a head noun phrase).
    var variants: [String] {
        @inline(__always) _read { yield box.variants }
        set { uniqueBox().variants = newValue }
        _modify {
            let b = uniqueBox()
            yield &b.variants
        }
    }

    /// The box, copied first if another mention shares it.
    private mutating func uniqueBox() -> Box {
        if !isKnownUniquelyReferenced(&box) {
            box = Box(surface: box.surface, words: box.words, code: box.code, variants: box.variants)
        }
        return box
    }

    var span: TextSpan { TextSpan(start: start, end: end) }
}
