import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// QA finding: an Arabic query read backwards, its letters apart, at the `/`
/// prompt, in the message after Enter and in the title bar, while the reader
/// showed the same words right: the bars now lay out their text as the panes do.
@Suite struct BarBidiTests {
    @Test func anArabicQueryReadsRightToLeftInTheBars() throws {
        let word = "بيلار"
        let shown = String(word.reversed())  // bidi on, shaping off: the letters in visual order
        for bidi in [true, false] {
            var p = Program(state: AppState(store: MemoryStore(articles: Fixtures.all), corpusName: "fixtures",
                                            size: Size(width: 100, height: 20),
                                            display: DisplayOptions(bidi: bidi, shaping: false, theme: .mono)))
            p.send(try KeyNames.parse("Enter / " + word.map(String.init).joined(separator: " ")))
            let prompt = p.frame.row(19)
            #expect(prompt.contains("/" + (bidi ? shown : word) + "_"), "\(prompt)")
            p.send(.enter)
            let frame = p.frame
            #expect(frame.row(0).contains("search: " + (bidi ? shown : word)), "\(frame.row(0))")
            #expect(frame.row(19).contains("“" + (bidi ? shown : word) + "”") || frame.row(19).contains("”" + shown + "“"),
                    "\(frame.row(19))")
        }
    }
}

/// QA finding: with a picker open the status bar still offered the list's
/// keys ("Enter open  / search"), which the picker takes for itself; at 40
/// columns its own border had lost "Esc close".
@Suite struct OverlayHintsTests {
    @Test func theStatusBarSaysWhatThePickerKeysDo() throws {
        for size in [Size(width: 100, height: 24), Size(width: 40, height: 15)] {
            var p = Program(state: Fixtures.state(size: size))
            p.send(.char("c"))
            let bar = p.frame.row(size.height - 1)
            #expect(bar.contains("Esc close") && !bar.contains("Enter open"), "\(bar)")
            p.send(.esc)
            p.send(.char("?"))
            #expect(p.frame.row(size.height - 1).contains("any other key closes"), "\(p.frame.row(size.height - 1))")
        }
    }
}

/// The status bar's right side gave the position of the pane under an open picker
/// or help (`line 1/17 0%` under the help): now the picker's row, and nothing
/// under the help and the warnings, which say on their border how they scroll.
@Suite struct OverlayPositionTests {
    @Test func thePositionIsThePickersOrNone() throws {
        var p = Program(state: Fixtures.state(size: Size(width: 100, height: 24)))
        p.send(try KeyNames.parse("Enter c j"))
        let count = p.state.catalog.values(of: .country).count
        #expect(StatusBar.position(p.state) == "2/\(count)")
        #expect(p.frame.row(23).hasSuffix("2/\(count) "))
        p.send(try KeyNames.parse("Esc ?"))
        #expect(StatusBar.position(p.state) == "")
        #expect(!p.frame.row(23).contains("line "))
        p.send(.esc)
        #expect(StatusBar.position(p.state).hasPrefix("line ") || StatusBar.position(p.state) == "all")
    }
}
