import BulletinKit
import Glibc

/// Emoji sequences drawn whole where the terminal joins them.
///
/// A curses cell holds one spacing character and four marks, and `setcchar` stops at the next spacing
/// character: a ZWJ family (👨‍👩‍👧), a skin-toned thumb (👍🏽) or a tag flag (🏴 + tags) reached the screen as its
/// first emoji (`CursesGlyphs`). Where the terminal joins a sequence into one two-column glyph (most terminal
/// emulators with a recent emoji font; tmux does not), the painter writes such a cell a second time, past curses:
/// it saves the cursor and its attributes (DECSC), moves to the cell, writes the whole cluster in the cell's style
/// and restores them (DECRC), so curses' idea of the cursor and of the attributes holds. Curses still holds the
/// first emoji in that cell, as wide as the whole one, so no later column moves.
///
/// Whether the terminal joins is asked, not guessed, for each kind (`Kinds`: tmux 3.3 joins a ZWJ family but
/// not a skin tone): at start the reader writes a sample and asks where the cursor went (`ESC [ 6 n`); two
/// columns on means joined. `BULLETIN_EMOJI=whole` or `first` decides without asking (a terminal that does not
/// answer is taken as one that joins nothing).
enum EmojiSequences {
    /// What joins an emoji sequence, each asked of the terminal apart: tmux 3.3 draws a ZWJ family in two
    /// columns but a skin-toned thumb in four.
    struct Kinds: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// Emoji joined by U+200D (a family, a profession).
        static let zwj = Kinds(rawValue: 1)
        /// A skin-tone modifier (U+1F3FB–U+1F3FF) after an emoji.
        static let modifier = Kinds(rawValue: 2)
        /// Tag characters after a black flag (a subdivision's flag: Scotland, Wales).
        static let tag = Kinds(rawValue: 4)
        static let all: Kinds = [.zwj, .modifier, .tag]
    }

    /// The clusters written to ask, one per kind: man, woman and girl joined by two ZWJs; a thumb with a
    /// medium skin tone; the flag of Wales.
    static let probes: [(Kinds, String)] = [
        (.zwj, "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"),
        (.modifier, "\u{1F44D}\u{1F3FD}"),
        (.tag, "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}"),
    ]

    /// What `BULLETIN_EMOJI` says: every kind (`whole`), none (`first`), nil (ask the terminal).
    static func choice(environment: [String: String]) -> Kinds? {
        switch environment["BULLETIN_EMOJI"]?.lowercased() {
        case "whole", "1", "yes": return .all
        case "first", "0", "no": return []
        default: return nil
        }
    }

    /// What makes `text`, a grid cell `width` columns wide, an emoji sequence curses cannot hold whole: a ZWJ,
    /// a skin-tone modifier, tag characters (empty for anything else). A flag of two regional indicators is
    /// none (`CursesGlyphs` writes it over its two columns), nor is a Devanagari conjunct written with a ZWJ.
    static func kinds(of text: String, width: Int) -> Kinds {
        guard width == 2, text.utf8.count > 4, let first = text.unicodeScalars.first,
              first.value >= 0x203C, first.properties.isEmoji else { return [] }
        var kinds: Kinds = []
        for s in text.unicodeScalars.dropFirst() {
            switch s.value {
            case 0x200D: kinds.insert(.zwj)
            case 0x1F3FB...0x1F3FF: kinds.insert(.modifier)
            case 0xE0020...0xE007F: kinds.insert(.tag)
            default: break
            }
        }
        return kinds
    }

    /// The bytes that draw `text` whole at column `x`, row `y` (from 0) in `style`, leaving the cursor and
    /// the attributes as curses left them.
    static func overwrite(_ text: String, x: Int, y: Int, style: Style, colours: Int) -> String {
        "\u{1B}7\u{1B}[\(y + 1);\(x + 1)H" + Grid.sgr(style, colours: colours) + TerminalSafe.sanitize(text) + "\u{1B}8"
    }

    /// The column (from 1) of a cursor position report (`ESC [ row ; column R`) at the end of `bytes`, if any.
    static func reportedColumn(_ bytes: [UInt8]) -> Int? {
        guard let end = bytes.lastIndex(of: UInt8(ascii: "R")),
              let start = bytes[..<end].lastIndex(of: 0x1B), start + 1 < end, bytes[start + 1] == UInt8(ascii: "[") else {
            return nil
        }
        let body = bytes[(start + 2)..<end]
        guard let semi = body.firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let column = body[(semi + 1)...]
        guard !column.isEmpty, column.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(String(decoding: column, as: UTF8.self))
    }

    /// Asks the terminal on `input`/`output` (raw mode, no echo) which kinds of sequence it draws in two columns:
    /// for each of `probes`, writes it at the start of the line, asks for the cursor's position and waits up to
    /// `timeout` milliseconds for the answer; then blanks the line. None when no answer comes.
    static func terminalJoins(input: Int32, output: Int32, timeout: Int32 = 400) -> Kinds {
        guard isatty(input) == 1, isatty(output) == 1 else { return [] }
        var joined: Kinds = []
        for (kind, sample) in probes {
            guard let column = askColumn(after: sample, input: input, output: output, timeout: timeout) else { break }
            if column == 3 { joined.insert(kind) }
        }
        let clear = Array("\r\u{1B}[K".utf8)
        _ = clear.withUnsafeBufferPointer { write(output, $0.baseAddress, $0.count) }
        return joined
    }

    /// The column the cursor reports after `sample` is written at the start of the line.
    static func askColumn(after sample: String, input: Int32, output: Int32, timeout: Int32) -> Int? {
        let ask = Array(("\r" + sample + "\u{1B}[6n").utf8)
        guard ask.withUnsafeBufferPointer({ write(output, $0.baseAddress, $0.count) }) == ask.count else { return nil }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        let deadline = DispatchTimeLike.now() + Int64(timeout) * 1_000_000
        while answer.count < 256 {
            let left = (deadline - DispatchTimeLike.now()) / 1_000_000
            guard left > 0 else { break }
            var fds = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, Int32(left)) > 0 else { break }
            let n = buffer.withUnsafeMutableBufferPointer { read(input, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            answer += buffer[0..<n]
            if answer.last == UInt8(ascii: "R") { break }
        }
        return reportedColumn(answer)
    }
}

/// Monotonic nanoseconds (`clock_gettime`), without Dispatch.
private enum DispatchTimeLike {
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}
