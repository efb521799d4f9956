import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// The help and the pickers take the keys and the mouse a user tries on them:
/// `Q` quits as everywhere else, the wheel scrolls, a click on a picker row
/// toggles it.
@Suite struct OverlayInputTests {
    @Test(arguments: ["? Q", "c Q", "L Q"])
    func shiftQQuitsFromAnOverlay(keys: String) throws {
        let p = try Fixtures.run(keys)
        #expect(p.finished, "\(keys)")
    }

    @Test func theWheelScrollsTheHelp() throws {
        var p = try Fixtures.run("?", size: Size(width: 80, height: 24))
        #expect(HelpOverlay.maxScroll(for: p.state.display, size: p.state.size) > 3, "the help must be longer than its box")
        p.send(.mouse(MouseEvent(.wheelDown, x: 40, y: 12)))
        #expect(p.state.overlay == .help(scroll: 3))
        p.send(.mouse(MouseEvent(.wheelUp, x: 40, y: 12)))
        #expect(p.state.overlay == .help(scroll: 0))
    }

    @Test func theWheelMovesThePickerCursor() throws {
        var p = try Fixtures.run("c", size: Size(width: 80, height: 24))
        let count = p.state.catalog.values(of: .country).count
        #expect(count >= 2)
        p.send(.mouse(MouseEvent(.wheelDown, x: 40, y: 12)))
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == min(3, count - 1))
    }

    @Test func aClickOnAPickerRowTogglesItAndAClickOutsideCloses() throws {
        var p = try Fixtures.run("c", size: Size(width: 80, height: 24))
        let values = p.state.catalog.values(of: .country)
        let inner = PickerOverlay.box(p.state.size, count: values.count).inner
        // The second row: its value is chosen, the picker stays open with the cursor on it.
        p.send(.mouse(MouseEvent(.press, x: inner.x + 10, y: inner.y + 1)))
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == 1)
        #expect(p.state.filters.countries == [values[1].code])
        #expect(p.frame.plainText.contains("[x]"))
        // Again: chosen no more.
        p.send(.mouse(MouseEvent(.press, x: inner.x + 10, y: inner.y + 1)))
        #expect(p.state.filters.countries.isEmpty)
        // On the border: nothing; outside the box: closed.
        p.send(.mouse(MouseEvent(.press, x: inner.x - 1, y: inner.y)))
        #expect(p.state.overlay != .none)
        p.send(.mouse(MouseEvent(.press, x: 0, y: 2)))
        #expect(p.state.overlay == .none)
    }
}
