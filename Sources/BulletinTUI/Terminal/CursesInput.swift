import CNcursesw
import Glibc

/// Reads keys with `wget_wch` (so Arabic or Vietnamese can be typed at the
/// search prompt) and turns them into `Key`s.
struct CursesInput {
    let window: UnsafeMutablePointer<WINDOW>

    /// Blocks for the next key; nil when the read failed (e.g. interrupted).
    func next() -> Key? {
        var ch: wint_t = 0
        let r = wget_wch(window, &ch)
        if r == KEY_CODE_YES { return CursesInput.functionKey(Int32(ch), window: window) }
        if r == OK { return CursesInput.character(UInt32(ch)) }
        return nil
    }

    /// A key from a plain character code.
    static func character(_ c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .esc
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(c + 96)!))
        case 0, 28...31: return nil
        default:
            guard let s = UnicodeScalar(c) else { return nil }
            return .char(Character(s))
        }
    }

    static func functionKey(_ code: Int32, window: UnsafeMutablePointer<WINDOW>) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case bulletin_key_resize():
            return .resize(width: Int(bulletin_getmaxx(window)), height: Int(bulletin_getmaxy(window)))
        case bulletin_key_mouse():
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return nil }
            let x = Int(ev.x), y = Int(ev.y)
            if ev.bstate & bulletin_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
            if bulletin_button5_pressed() != 0, ev.bstate & bulletin_button5_pressed() != 0 {
                return .mouse(MouseEvent(.wheelDown, x: x, y: y))
            }
            if ev.bstate & (bulletin_button1_pressed() | bulletin_button1_clicked()) != 0 {
                return .mouse(MouseEvent(.press, x: x, y: y))
            }
            return nil
        default: return nil
        }
    }
}
