import CBulletinICU

/// Swift handles over the CBulletinICU facade. Each wraps one ICU object and is meant
/// for one layout call on one thread (not `Sendable`): open once, reuse per paragraph.
enum ICU {
    /// Version of the system ICU linked, e.g. "72.1".
    static var version: String { String(cString: bulletin_icu_version()) }

    /// UAX #14 line-break opportunities (ICU's `ubrk` line iterator).
    final class LineBreaker {
        private let handle: OpaquePointer?
        private var out: [Int32] = []

        init(locale: String = "") {
            handle = bulletin_linebreaker_open(locale)
        }
        deinit { bulletin_linebreaker_close(handle) }

        /// Offsets (UTF-16, relative to `text`) where a line may start, ascending, ending
        /// with `text.count`. Without ICU (failed to open) only the end is returned, and
        /// the layout falls back to hard breaks.
        func breaks(_ text: UnsafeBufferPointer<UInt16>) -> ArraySlice<Int32> {
            let n = text.count
            if out.count < n + 1 { out = [Int32](repeating: 0, count: n + 1) }
            let found = out.withUnsafeMutableBufferPointer { buf in
                bulletin_linebreaker_breaks(handle, text.baseAddress, Int32(n), buf.baseAddress, Int32(n + 1))
            }
            if found <= 0 {
                out[0] = Int32(n)
                return out[0..<(n == 0 ? 0 : 1)]
            }
            return out[0..<Int(found)]
        }
    }

    /// The bidi algorithm (UAX #9) over one paragraph at a time (ICU `ubidi`).
    final class Bidi {
        private let handle: OpaquePointer?

        init() { handle = bulletin_bidi_open() }
        deinit { bulletin_bidi_close(handle) }

        /// Resolves `text` as one paragraph; returns true when its level is right to left.
        /// Nil when ICU failed (the caller then leaves the paragraph in logical order).
        func setParagraph(_ text: UnsafeBufferPointer<UInt16>, direction: ParagraphDirection) -> Bool? {
            let d: Int32 = switch direction {
            case .ltr: Int32(BULLETIN_BIDI_LTR)
            case .rtl: Int32(BULLETIN_BIDI_RTL)
            case .auto: Int32(BULLETIN_BIDI_AUTO)
            case .autoRTL: Int32(BULLETIN_BIDI_AUTO_RTL)
            }
            let level = bulletin_bidi_set_paragraph(handle, text.baseAddress, Int32(text.count), d)
            return level < 0 ? nil : level == 1
        }

        /// Direction of the first strong character of `text` (P2–P3): true right to left,
        /// false left to right, nil when it has none. Cheaper than `setParagraph`: `wrap`
        /// needs only the direction, not the levels.
        static func baseDirection(_ text: UnsafeBufferPointer<UInt16>) -> Bool? {
            let d = bulletin_bidi_base_direction(text.baseAddress, Int32(text.count))
            return d < 0 ? nil : d == Int32(BULLETIN_BIDI_RTL)
        }

        /// The direction most words of `text` take: true right to left, false left to
        /// right, nil on a tie or with no strong character (see `ParagraphDirection.auto`).
        static func dominantDirection(_ text: UnsafeBufferPointer<UInt16>) -> Bool? {
            let d = bulletin_bidi_dominant_direction(text.baseAddress, Int32(text.count))
            return d < 0 ? nil : d == Int32(BULLETIN_BIDI_RTL)
        }

        /// Levels of the line [start, end) of the paragraph, per UTF-16 unit, after L1.
        func lineLevels(_ range: Range<Int>, into levels: inout [UInt8]) -> Bool {
            if levels.count < range.count { levels = [UInt8](repeating: 0, count: range.count) }
            return levels.withUnsafeMutableBufferPointer {
                bulletin_bidi_line_levels(handle, Int32(range.lowerBound), Int32(range.upperBound), $0.baseAddress) == 0
            }
        }

        /// Rule L2: the logical index shown at each visual position.
        static func visualOrder(levels: [UInt8]) -> [Int] {
            var order: [Int32] = []
            visualOrder(levels: levels, count: levels.count, into: &order)
            return order.prefix(levels.count).map(Int.init)
        }

        /// Rule L2: writes into `order[v]` the logical index shown at visual position v,
        /// for the first `count` levels (`order` grows as needed and is reused).
        static func visualOrder(levels: [UInt8], count: Int, into order: inout [Int32]) {
            guard count > 0 else { return }
            if order.count < count { order = [Int32](repeating: 0, count: count) }
            levels.withUnsafeBufferPointer { l in
                order.withUnsafeMutableBufferPointer { m in
                    bulletin_bidi_reorder_visual(l.baseAddress, Int32(count), m.baseAddress)
                }
            }
        }

        /// The mirrored glyph of `scalar` (rule L4), or `scalar` itself.
        static func mirror(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            Unicode.Scalar(bulletin_bidi_mirror(scalar.value)) ?? scalar
        }

        /// True for characters rule X9 removes (embedding controls, boundary neutrals).
        static func removedByX9(_ scalar: Unicode.Scalar) -> Bool {
            bulletin_bidi_removed_by_x9(scalar.value) != 0
        }
    }

    /// Arabic contextual shaping (`u_shapeArabic`) of `text` into `out` (at least as
    /// long), logical order, lam-alef ligatures compacted with the freed units moved to
    /// the end. False when ICU fails.
    static func shapeArabic(_ text: UnsafeBufferPointer<UInt16>, into out: UnsafeMutableBufferPointer<UInt16>) -> Bool {
        guard out.count >= text.count else { return false }
        return bulletin_shape_arabic(text.baseAddress, Int32(text.count), out.baseAddress) == 0
    }
}
