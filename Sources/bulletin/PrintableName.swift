import BulletinKit
import Foundation

/// Names that come from the file system (IDs, paths in warnings) as printed on
/// one terminal line. `TerminalSafe.sanitize` removes a whole escape sequence
/// from article text, which would turn the file `e␛]0;x␇.txt` into a name
/// that does not exist (`e.txt`); here every control instead shows as `?`, as
/// `ls` shows it, so the name stays recognizable and nothing reaches the
/// terminal as a control (colours, a window title, a cleared screen).
enum PrintableName {
    /// `text` with each C0 control (newline and tab included: the result is
    /// one line), DEL, C1 control and bidi embedding, override or isolate
    /// control (a "Trojan Source" U+202E would flip the rest of the line)
    /// replaced by `?`.
    static func of(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnprintable(scalar) ? "?" : scalar)
        }
        return String(out)
    }

    static func isUnprintable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// One printed line (`list`, `search`, `entities`) in the order a terminal
/// shows it: with bidi, right-to-left runs (an Arabic title, an alias) are
/// reordered inside the left-to-right line, so the columns before them stay in
/// place; with shaping, Arabic letters are joined. `show` and the reader do the
/// same; which of the two a run gets is `ArticleRenderer.environment` (a
/// terminal by its kind, a pipe neither unless BULLETIN_BIDI/SHAPING ask).
enum VisualLine {
    /// `direction` is the line's: left to right for a line of columns (an ID, a code,
    /// then a title), automatic for a line of running text (a search snippet).
    static func of(_ line: String, bidi: Bool, shaping: Bool, direction: ParagraphDirection = .ltr) -> String {
        guard bidi || shaping, line.unicodeScalars.contains(where: { $0.value >= 0x0590 }) else { return line }
        let width = TextWidth.width(of: line) + 1  // one line: nothing wraps
        let options = LayoutOptions(width: width, bidi: bidi, shaping: shaping, direction: direction)
        let lines = TextLayout.layout(line, options: options)
        guard lines.count == 1, let only = lines.first else { return line }
        return only.text
    }

    /// A title after a line's columns, reordered as a paragraph of its own that runs the way most of its words do
    /// (`ParagraphDirection.auto`, as the reader and the TUI's list lay titles out). Reordered with the columns
    /// in one left-to-right line, an Arabic title with a Latin word ("قمة BRICS في كازان 2026") had its words in
    /// the wrong order across the line.
    static func title(_ title: String, _ env: TextEnvironment) -> String {
        of(title, bidi: env.bidi, shaping: env.shaping, direction: .auto)
    }

    /// The environment for stdout now (see `ArticleRenderer.environment`).
    static var current: TextEnvironment {
        ArticleRenderer.environment(ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
