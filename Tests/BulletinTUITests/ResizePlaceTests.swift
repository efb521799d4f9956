import BulletinKit
import Testing
@testable import BulletinTUI

/// A resize keeps each reader's place in its text (QA finding: a window made
/// taller, then back, left the reader on line 1: the taller window clamped
/// the scroll to 0 and the old size never got the place back).
@Suite struct ResizePlaceTests {
    static let article = Fixtures.long("long", paragraphs: 40)

    /// The body offset (UTF-16) where a reader's top line starts, or nil above the body.
    static func topOffset(_ p: Program, _ slot: ReaderSlot) throws -> Int? {
        let width = p.state.layout.pane(.reader(slot))?.content.width ?? p.state.size.width
        let doc = try #require(p.state.document(in: slot, width: width))
        return doc.bodySpans[p.state.scroll(in: slot)]?.lowerBound
    }

    @Test func aTallerWindowAndBackGivesTheSameTopLine() throws {
        var p = try Fixtures.run("Enter Space Space", size: Size(width: 100, height: 30), articles: [Self.article])
        let line = p.state.readerScroll
        #expect(line > 10)
        p.send(try KeyNames.parse("Resize:100x200"))  // the whole article fits: the scroll is clamped to 0
        #expect(p.state.readerScroll == 0)
        p.send(try KeyNames.parse("Resize:100x30"))
        #expect(p.state.readerScroll == line)
        #expect(p.frame.row(p.state.size.height - 1).contains("line \(line + 1)/"))
    }

    @Test func aNarrowerWindowKeepsTheTopLineInTheText() throws {
        var p = try Fixtures.run("Enter Space Space j", size: Size(width: 100, height: 30), articles: [Self.article])
        let line = p.state.readerScroll
        let offset = try #require(try Self.topOffset(p, .single))
        // 34 columns: the reader alone, 34 cells, which wraps each paragraph on one more line (at 60 columns,
        // compact since session 43, the reader alone has about the width the 100-column reader has beside the list).
        p.send(try KeyNames.parse("Resize:34x30"))
        // Re-wrapped: another line number, the same text on top.
        let width = p.state.readerWidth(.single)
        let doc = try #require(p.state.document(in: .single, width: width))
        let span = try #require(doc.bodySpans[p.state.readerScroll])
        #expect(span.contains(offset), "\(span) \(offset)")
        #expect(p.state.readerScroll != line)
        // Back to the old width: exactly the old top line, through any number of sizes.
        p.send(try KeyNames.parse("Resize:45x20 Resize:100x80 Resize:100x30"))
        #expect(p.state.readerScroll == line)
    }

    /// A blank line on top (between paragraphs) comes back as itself, not the text line next to it.
    @Test func aBlankTopLineComesBack() throws {
        var p = try Fixtures.run("Enter", size: Size(width: 100, height: 30), articles: [Self.article])
        let doc = try #require(p.state.document(in: .single, width: p.state.readerWidth(.single)))
        let blank = try #require(doc.lines.indices.first { $0 > 10 && doc.lines[$0].role == .body && doc.bodySpans[$0] == nil })
        p.state.setScroll(.single, blank)
        p.send(try KeyNames.parse("Resize:70x30 Resize:100x30"))
        #expect(p.state.readerScroll == blank)
    }

    /// Side by side, each pane keeps its own place, also with the scrolls locked.
    @Test(arguments: [false, true])
    func sideBySideKeepsBothPlaces(locked: Bool) throws {
        let other = Fixtures.long("other", paragraphs: 60)
        var p = try Fixtures.run("s Enter", size: Size(width: 160, height: 40), articles: [Self.article, other])
        #expect(p.state.sideBySide?.right != nil)
        p.send(try KeyNames.parse("Space Space j Tab Space j j j"))
        if locked { p.send(.char("=")) }
        let left = p.state.scroll(in: .left), right = p.state.scroll(in: .right)
        #expect(left > 0 && right > 0)
        let places = try [ReaderSlot.left, .right].map { slot in
            try #require(p.state.document(in: slot, width: p.state.readerWidth(slot))).place(ofLine: p.state.scroll(in: slot))
        }
        p.send(try KeyNames.parse("Resize:120x40"))
        // Each side's top line: as many lines below the text line showing the same offset as before.
        for (slot, place) in zip([ReaderSlot.left, .right], places) {
            let doc = try #require(p.state.document(in: slot, width: p.state.readerWidth(slot)))
            let offset = try #require(place.offset)
            let span = try #require(doc.bodySpans[p.state.scroll(in: slot) - place.extra])
            #expect(span.contains(offset), "\(slot): \(span) \(offset)")
        }
        p.send(try KeyNames.parse("Resize:160x120 Resize:160x40"))
        #expect(p.state.scroll(in: .left) == left && p.state.scroll(in: .right) == right)
    }

    /// Scrolling after a resize starts from where the reader then is.
    @Test func aScrollAfterAResizeIsTheNewPlace() throws {
        var p = try Fixtures.run("Enter Space Space", size: Size(width: 100, height: 30), articles: [Self.article])
        p.send(try KeyNames.parse("Resize:60x30 g"))
        p.send(try KeyNames.parse("Resize:100x30"))
        #expect(p.state.readerScroll == 0)
    }
}
