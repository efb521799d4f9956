import BulletinKit
import Foundation

/// A search hit's snippet as `bulletin search` prints it: one line, cut to
/// the terminal's width, in display order (`VisualLine`), with the matches in
/// reverse video on a terminal and unmarked in a pipe.
///
/// Why no marks in text: `«…»` (what snippets used to carry) reads as the
/// quotation marks of a French or Russian article, `« «Minsk» »`, and any
/// mark would end up in what a script greps or cuts. `--json` gives the
/// matches as offsets beside the plain text instead.
enum SnippetLine {
    /// Reverse video on, and off again (SGR 7, 27): what `less` uses for its search matches.
    static let on = "\u{1B}[7m", off = "\u{1B}[27m"

    /// Whether stdout gets the reverse-video matches: a terminal that is not `TERM=dumb`.
    static func styled(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["TERM"] != "dumb"
    }

    /// `prefix` then `snippet`, terminal-safe, cut to `width` columns, in the
    /// order `env` asks for; the matches between `on` and `off` when `styled`.
    /// The snippet runs the way most of its words do (`ParagraphDirection.auto`),
    /// as the paragraph it comes from does in the reader: laid out left to right,
    /// an Arabic snippet opening with "BRICS" showed BRICS first at the left and
    /// the Arabic after it. The prefix (an indent) stays on the left.
    static func of(_ snippet: Snippet, prefix: String = "", width: Int, env: TextEnvironment, styled: Bool) -> String {
        // Sanitize piece by piece so the matches can be followed through it (UTF-16 offsets).
        var text = ""
        var matches: [Range<Int>] = []
        var offset = 0
        for piece in snippet.pieces {
            let clean = TerminalSafe.sanitize(String(piece.text))
            let n = clean.utf16.count
            if piece.matched, n > 0 { matches.append(offset..<(offset + n)) }
            text += clean
            offset += n
        }
        let room = max(1, width - TextWidth.width(of: prefix))
        let cut = TextLayout.truncate(text, to: room)
        guard styled, !matches.isEmpty else { return prefix + VisualLine.of(cut, bidi: env.bidi, shaping: env.shaping, direction: .auto) }
        // `truncate` keeps a prefix of the text, then "…" (one UTF-16 unit).
        let kept = TextWidth.width(of: text) > room ? cut.utf16.count - 1 : cut.utf16.count
        matches = matches.map { $0.clamped(to: 0..<max(0, kept)) }.filter { !$0.isEmpty }
        let reorders = (env.bidi || env.shaping) && cut.unicodeScalars.contains { $0.value >= 0x0590 }
        if !reorders { return prefix + insert(into: cut, matches) }
        // Right-to-left runs are reordered and Arabic shaped: mark the cells whose source is a match.
        let options = LayoutOptions(width: TextWidth.width(of: cut) + 1, bidi: env.bidi, shaping: env.shaping, direction: .auto)
        let lines = TextLayout.layout(cut, options: options)
        guard lines.count == 1, let line = lines.first else { return prefix + insert(into: cut, matches) }
        var out = prefix
        var inside = false
        for cell in line.cells {
            let hit = cell.source.map { src in matches.contains { $0.overlaps(src) } } ?? false
            if hit != inside {
                out += hit ? on : off
                inside = hit
            }
            out += cell.text
        }
        if inside { out += off }
        return out
    }

    /// `text` with `on`/`off` around `ranges` (sorted UTF-16 offsets).
    static func insert(into text: String, _ ranges: [Range<Int>]) -> String {
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count + ranges.count * 10)
        var i = 0
        for r in ranges where r.lowerBound >= i {
            out += units[i..<r.lowerBound]
            out += on.utf16
            out += units[r]
            out += off.utf16
            i = r.upperBound
        }
        out += units[i...]
        return String(decoding: out, as: UTF16.self)
    }
}
