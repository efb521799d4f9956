import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 44: the gaps session 43 left. `V` goes back to the layout the width decides; side by side at 80
/// columns keeps the pinned article on screen while the second is chosen; the sidebar alone names its
/// article; emoji sequences are drawn whole where the terminal joins them.
@Suite struct Gaps44Tests {
    static let eighty = Size(width: 80, height: 24)

    static func story(_ id: String, _ title: String, paragraphs: Int = 1, entities: [(String, EntityType, [String], String?)] = []) -> Article {
        let body = (0..<paragraphs).map { i in
            "Part \(i + 1) of the orchard report: the apple growers of the valley counted their crates twice, "
                + "and the cooperative in Riga printed the prices for the winter market."
        }.joined(separator: "\n\n")
        return Fixtures.article(id, title: title, date: "2026-11-0\(id.count % 9 + 1)", language: "en", body: body,
                                countries: ["LV"], entities: entities)
    }

    static let orchard = [
        story("a", "Apple growers count their crates before the winter market opens", paragraphs: 20,
              entities: [("Riga", .place, ["Riga"], nil)]),
        story("b", "Cooperative prints the winter prices for pears and plums"),
        story("c", "Valley roads closed for the cider festival weekend"),
    ]

    // MARK: - V: back to the layout the width decides

    @Test func capitalVGoesBackToTheLayoutTheWidthDecides() {
        var p = Fixtures.program(Self.orchard, size: Self.eighty)
        // Never chosen: nothing to go back to, nothing kept.
        #expect(p.send(.char("V")).isEmpty)
        #expect(p.state.message?.hasPrefix("Layout already follows the width") == true, "\(p.state.message ?? "")")
        // v at 80 columns: list | reader, held through resizes; its message names V.
        #expect(p.send(.char("v")) == [.keepLayout(.all)])
        #expect(p.state.message?.contains("V by width") == true, "\(p.state.message ?? "")")
        p.send(.resize(width: 120, height: 40))
        p.send(.resize(width: 80, height: 24))
        #expect(p.state.layout.panes.map(\.kind) == [.list, .reader(.single)])
        // V: the width decides again, and the choice is forgotten for the next runs.
        #expect(p.send(.char("V")) == [.keepLayout(nil)])
        #expect(p.state.layoutChoice == nil)
        #expect(p.state.layout.panes.map(\.kind) == [.list])
        #expect(p.state.message?.hasPrefix("Layout follows the width again") == true, "\(p.state.message ?? "")")
        // Whole on the 80-column status line beside the position (the longer wording was cut).
        #expect(p.frame.row(23).contains(p.state.message ?? "-"), "\(p.frame.row(23))")
        p.send(.resize(width: 120, height: 40))
        #expect(p.state.layout.panes.map(\.kind) == [.list, .reader(.single), .sidebar])
        // The help lists V.
        #expect(KeyMap.reference.contains { $0.entries.contains { $0.0.split(separator: " ").contains("V") } })
    }

    /// A kept "auto" (what `V` stores) reads as no choice.
    @Test func theStoredAutomaticValueIsNoChoice() {
        #expect(LayoutChoice(rawValue: LayoutChoice.automaticValue) == nil)
        #expect(LayoutChoice.allCases.allSatisfy { $0.rawValue != LayoutChoice.automaticValue })
    }

    // MARK: - Side by side at 80 columns

    @Test func choosingTheSecondArticleKeepsThePinnedOneOnScreen() throws {
        var p = Fixtures.program(Self.orchard, size: Self.eighty)
        #expect(p.state.layout.panes.map(\.kind) == [.list])
        p.send(.char("s"))
        #expect(p.state.sideBySide != nil)
        #expect(p.state.layout.panes.map(\.kind) == [.list, .reader(.left)])
        let frame = p.frame
        let header = frame.row(1)
        #expect(header.contains("Pinned"), "\(header)")
        let reader = try #require(p.state.layout.pane(.reader(.left)))
        let text = (reader.content.y..<reader.content.maxY).map { frame.row($0) }.joined(separator: "\n")
        #expect(text.contains("Apple growers"), "the pinned article's title is on screen: \(text)")
        // The second article: both readers, in halves.
        p.send(.char("j"))
        p.send(.enter)
        #expect(p.state.layout.panes.map(\.kind) == [.reader(.left), .reader(.right)])
        // Under 60 columns there is room for the list alone.
        var small = Fixtures.program(Self.orchard, size: Size(width: 50, height: 16))
        small.send(.char("s"))
        #expect(small.state.layout.panes.map(\.kind) == [.list])
    }

    // MARK: - The sidebar alone names its article

    @Test func theWholeWidthSidebarNamesItsArticle() throws {
        var p = Fixtures.program(Self.orchard, size: Self.eighty)
        p.send(.char("e"))
        #expect(p.state.layout.panes.map(\.kind) == [.sidebar])
        let header = p.frame.row(1)
        #expect(header.contains("Entities of Apple growers count their crates before the winter market opens"), "\(header)")
        // Narrower, the title is cut to the room the count leaves.
        p.send(.resize(width: 50, height: 16))
        let narrow = p.frame.row(1)
        #expect(narrow.contains("Entities of Apple growers"), "\(narrow)")
        #expect(narrow.contains("…") && !narrow.contains("winter market opens"), "cut to fit: \(narrow)")
        #expect(narrow.hasSuffix(" 1 "), "the count stays: \(narrow)")
        // Beside the reader (100 columns, every pane), the reader shows whose entities they are.
        var wide = Fixtures.program(Self.orchard, size: Size(width: 100, height: 30))
        wide.send(.enter)
        wide.send(.char("e"))
        #expect(wide.state.layout.pane(.reader(.single)) != nil)
        let sidebar = try #require(wide.state.layout.pane(.sidebar))
        let wideHeader = String(wide.frame.row(1).dropFirst(sidebar.frame.x))
        #expect(wideHeader.hasPrefix(" Entities"), "\(wideHeader)")
        #expect(!wideHeader.contains("Entities of"), "\(wideHeader)")
    }

    @Test func theSidebarNamesAnArabicArticleInReadingOrder() {
        var p = Fixtures.program([Fixtures.arabic], size: Self.eighty)
        p.send(.char("e"))
        let title = SidebarPane.headerTitle(p.state, width: 80, right: "5")
        #expect(title.hasPrefix("Entities of "))
        // Laid out as the bars lay out Arabic (reordered and shaped), not the logical string.
        let logical = "Entities of " + Fixtures.arabic.title
        #expect(title != logical)
        #expect(TextWidth.width(of: title) <= 80 - 3 - 1)
    }

    // MARK: - Emoji sequences

    @Test func emojiSequencesCursesCannotHoldAreDrawnWhole() {
        let family = "\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        let thumb = "\u{1F44D}\u{1F3FE}"
        let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(EmojiSequences.kinds(of: family, width: 2) == .zwj)
        #expect(EmojiSequences.kinds(of: thumb, width: 2) == .modifier)
        #expect(EmojiSequences.kinds(of: scotland, width: 2) == .tag)
        // A woman technologist with a skin tone needs both: a terminal that joins ZWJs only (tmux 3.3) gets the first.
        #expect(EmojiSequences.kinds(of: "\u{1F469}\u{1F3FE}\u{200D}\u{1F4BB}", width: 2) == [.zwj, .modifier])
        // Not: a flag of two indicators (drawn over two columns), a lone emoji, accented or Indic text.
        #expect(EmojiSequences.kinds(of: "\u{1F1F1}\u{1F1FB}", width: 2).isEmpty)
        #expect(EmojiSequences.kinds(of: "\u{1F34E}", width: 2).isEmpty)
        #expect(EmojiSequences.kinds(of: "e\u{301}\u{323}", width: 1).isEmpty)
        #expect(EmojiSequences.kinds(of: "\u{0915}\u{094D}\u{200D}\u{0937}", width: 2).isEmpty)
        #expect(EmojiSequences.probes.map(\.0) == [.zwj, .modifier, .tag])
        // The bytes: save the cursor and attributes, go to the cell (1-based), the style, the cluster, restore.
        let style = Style(fg: .ansi(2), bg: .default, [.bold])
        let bytes = EmojiSequences.overwrite(family, x: 9, y: 4, style: style, colours: 256)
        #expect(bytes.hasPrefix("\u{1B}7\u{1B}[5;10H\u{1B}[0;1;32m"), "\(bytes.debugDescription)")
        #expect(bytes.hasSuffix(family + "\u{1B}8"))
    }

    @Test func theTerminalsAnswerSaysWhetherItJoins() {
        // "ESC [ 12 ; 3 R": the cursor two columns on after the family, joined.
        #expect(EmojiSequences.reportedColumn(Array("\u{1B}[12;3R".utf8)) == 3)
        #expect(EmojiSequences.reportedColumn(Array("x\u{1B}[1;7R".utf8)) == 7)
        #expect(EmojiSequences.reportedColumn(Array("\u{1B}[1;R".utf8)) == nil)
        #expect(EmojiSequences.reportedColumn(Array("\u{1B}[1;3".utf8)) == nil)
        #expect(EmojiSequences.reportedColumn([]) == nil)
        #expect(EmojiSequences.choice(environment: ["BULLETIN_EMOJI": "whole"]) == .all)
        #expect(EmojiSequences.choice(environment: ["BULLETIN_EMOJI": "first"]) == [])
        #expect(EmojiSequences.choice(environment: [:]) == nil)
        // Not a terminal: no question asked, the first emoji as before.
        #expect(EmojiSequences.terminalJoins(input: -1, output: -1).isEmpty)
    }
}
