import BulletinKit
import Foundation

/// The screen while the corpus is read in the background: where the list will
/// be, one full-width pane with a progress bar, the counts, an estimate of the
/// time left, and how to leave (quitting is safe: every indexed batch is kept).
enum LoadingPane {
    /// The lines of the progress block, for a pane `width` cells wide. The bar
    /// is line 2 when there is progress to show.
    static func lines(_ loading: LoadingState, width: Int, height: Int = .max) -> [String] {
        if let why = loading.failure {
            return ["No articles to show", "", why] + details(loading.failureDetails, room: height - 5) + ["", "q quits"]
        }
        guard let p = loading.progress else {
            return ["Looking for articles…", "", "q quits; indexing resumes next time"]
        }
        if p.waitingForOtherRun {
            // Same lines' places as the progress (see `draw`): heading, blank, (no bar), what, blank, why, how to leave.
            return [
                "Waiting for another Bulletin",
                "",
                "",
                "Another Bulletin is indexing this corpus now.",
                "",
                "The list appears when it is done, without reading the files again.",
                "q quits",
            ]
        }
        let f = loading.fraction
        let percent = "\(Int((f * 100).rounded(.down)))%"
        let barWidth = max(4, min(60, width - 4 - percent.count - 3))
        var counts = "\(Count.grouped(p.filesDone)) of \(Count.grouped(p.filesTotal)) files · \(sizes(p.bytesDone, of: p.bytesTotal))"
        if let left = loading.secondsLeft { counts += " · " + LoadingState.etaText(left) }
        if let kept = kept(p) { counts += " · " + kept }
        return [
            // Every file read: the last batch is written, entities linked, the list read.
            p.filesDone < p.filesTotal ? "Indexing the corpus" : "Finishing the index",
            "",
            bar(f, width: barWidth) + "  " + percent,
            counts,
            "",
            "The list appears when this is done; later starts read only changed files.",
            "q quits; indexing resumes next time",
        ]
    }

    /// Under the counts of a resumed indexing: the files an earlier run indexed, kept and not read again.
    /// (On the counts' line: the lines' places are fixed, see `draw`.)
    static func kept(_ p: IndexProgress) -> String? {
        guard p.filesKept > 0, p.filesDone < p.filesTotal else { return nil }
        return "\(Count.grouped(p.filesKept)) indexed before, kept"
    }

    /// The problems under a failure, as many as `room` lines hold (with a blank
    /// line first and "… and N more" last when they do not all fit). The
    /// "warning: " prefix of each line is dropped: this screen is about them.
    static func details(_ problems: [String], room: Int) -> [String] {
        guard !problems.isEmpty, room >= 2 else { return [] }
        let lines = problems.map { $0.hasPrefix("warning: ") ? String($0.dropFirst("warning: ".count)) : $0 }
        if lines.count <= room - 1 { return [""] + lines }
        let shown = max(0, room - 2)
        return [""] + lines.prefix(shown) + ["… and \(Count.grouped(lines.count - shown)) more"]
    }

    /// `[█████░░░░░]`, `width` cells in all.
    static func bar(_ fraction: Double, width: Int) -> String {
        let inner = max(1, width - 2)
        let full = Int((Double(inner) * min(1, max(0, fraction))).rounded(.down))
        return "[" + String(repeating: "█", count: full) + String(repeating: "░", count: inner - full) + "]"
    }

    static func mb(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    /// "6.0 of 12.0 MB"; under a megabyte in all, kilobytes ("12 of 38 KB"): the seeds' five files read
    /// "0.0 of 0.0 MB", as if there were nothing to index.
    static func sizes(_ done: Int64, of total: Int64) -> String {
        guard total < 1_048_576 else { return "\(mb(done)) of \(mb(total)) MB" }
        func kb(_ bytes: Int64) -> String { bytes == 0 ? "0" : "\(Count.grouped(Int(max(1, (bytes + 512) / 1024))))" }
        return "\(kb(done)) of \(kb(total)) KB"
    }

    /// The status bar's right side: the percentage while indexing.
    static func position(_ loading: LoadingState) -> String {
        guard loading.failure == nil, let p = loading.progress else { return "" }
        if p.waitingForOtherRun { return "waiting" }
        return "\(Int((loading.fraction * 100).rounded(.down)))%"
    }

    /// `line` as rows of at most `width` cells, broken between whole words: the
    /// loading screen is read on 40-column terminals too, where a truncated
    /// sentence ("later starts read o…") said nothing. A line of parts joined
    /// by " · " (the counts) breaks between parts first.
    static func wrap(_ line: String, width: Int, display: DisplayOptions) -> [String] {
        guard width > 0 else { return [] }
        guard TextWidth.width(of: line) > width else { return [line] }
        var rows: [String] = []
        var row = ""
        for part in line.components(separatedBy: " · ") {
            let joined = row.isEmpty ? part : row + " · " + part
            if TextWidth.width(of: joined) <= width {
                row = joined
                continue
            }
            if !row.isEmpty { rows.append(row) }
            row = part
            if TextWidth.width(of: part) > width {
                let options = LayoutOptions(width: width, bidi: display.bidi, shaping: display.shaping, direction: .ltr)
                let pieces = TextLayout.layout(part, options: options).map(\.text)
                rows += pieces.dropLast()
                row = pieces.last ?? ""
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    static func draw(_ state: AppState, _ loading: LoadingState, into grid: inout Grid, frame: Rect) {
        let theme = state.display.theme
        let right = loading.failure != nil ? "" : "indexing"
        Renderer.drawPaneHeader(&grid, frame: frame, title: "Articles", right: right, focused: true, theme: theme)
        let content = Rect(x: frame.x, y: frame.y + 1, width: frame.width, height: frame.height - 1)
        guard content.height > 0, content.width > 4 else { return }
        let text = lines(loading, width: content.width, height: content.height)
        let width = content.width - 4
        var rows: [(text: String, style: Style)] = []
        // Too many rows for a small screen: the explanation of the wait goes first, then
        // its blank line, so that how to leave (the last line) stays.
        var dropped: Set<Int> = []
        if loading.failure == nil, loading.progress != nil {
            let count = text.reduce(0) { $0 + max(1, wrap($1, width: width, display: state.display).count) }
            if count > content.height {
                let explanation = max(1, wrap(text[5], width: width, display: state.display).count)
                dropped = count - explanation > content.height ? [4, 5, 1] : [5]
            }
        }
        for (i, line) in text.enumerated() where !dropped.contains(i) {
            let style: Style
            switch i {
            case 0: style = theme.heading
            case 2 where loading.progress != nil && loading.failure == nil: style = theme.hotkey
            default: style = i >= text.count - 2 ? theme.muted : theme.text
            }
            // The warnings under a failure are a list, one line each (their count was fitted to the pane).
            let isDetail = loading.failure != nil && i > 2 && i < text.count - 2
            let pieces = isDetail ? [TextLayout.truncateAtWord(line, to: width)] : wrap(line, width: width, display: state.display)
            rows += (pieces.isEmpty ? [""] : pieces).map { ($0, style) }
        }
        // A third of the way down, like a dialog, but never off the pane.
        let top = content.y + max(0, min((content.height - rows.count) / 3, content.height - rows.count))
        for (i, row) in rows.enumerated() where top + i < content.maxY {
            grid.text(row.text, x: content.x + 2, y: top + i, style: row.style, maxWidth: width)
        }
    }
}

extension IndexProgress {
    /// What is read so far of how much, as the loading screen says it: "6.0 of 12.0 MB", under a megabyte in
    /// all "12 of 38 KB" (`LoadingPane.sizes`). `bulletin list`'s progress line on stderr says it too: it
    /// read "0.0 MB" for the seeds' files, as if there were nothing to index.
    public var sizeText: String { LoadingPane.sizes(bytesDone, of: bytesTotal) }
}
