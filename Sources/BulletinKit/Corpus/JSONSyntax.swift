import Foundation

/// Where a text stops being JSON, for warnings that say where a file broke: Foundation's parser says
/// "Unexpected end of file during JSON parse" or "around character 18" (of what unit, it does not say),
/// and a user repairing a truncated download or a missing brace needs a line and a column.
///
/// A small scanner of JSON's grammar, run only after `JSONSerialization` refused the text (its cost
/// never touches a good file); it is lax about numbers' and escapes' details, which the message
/// does not need.
enum JSONSyntax {
    /// Why the text is not JSON and where: ("unexpected end of file", 1, 3004), ("unexpected '}'", 3, 5); `end` names
    /// the text's end ("end of file", "end of the line"). Nil when the scanner finds no fault (then Foundation's own
    /// reason is all there is).
    static func problem(_ text: Substring, end: String = "end of file") -> (what: String, line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        guard let (offset, endOfFile) = firstError(bytes) else { return nil }
        // At an unexpected end, the place after the last character written (not after trailing newlines).
        var at = offset
        if endOfFile { while at > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at - 1]) { at -= 1 } }
        let lineStart = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<at].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        // Columns in characters, as an editor counts them.
        let column = String(decoding: bytes[lineStart..<at], as: UTF8.self).count + 1
        let what: String
        if endOfFile {
            what = "unexpected \(end)"
        } else {
            let c = String(decoding: bytes[offset...].prefix(4), as: UTF8.self).unicodeScalars.first.map(Character.init)
            what = c.map { $0.isLetter || $0.isNumber || $0.isPunctuation || $0.isSymbol ? "unexpected '\($0)'" : "unexpected character" }
                ?? "unexpected character"
        }
        return (what, line, column)
    }

    /// The byte offset of the first byte JSON cannot have there (`bytes.count` and true at an unexpected end), or nil
    /// when `bytes` scan as one JSON value. Iterative, so that deep nesting cannot exhaust the stack.
    static func firstError(_ b: [UInt8]) -> (offset: Int, endOfFile: Bool)? {
        enum State { case value, valueOrClose, key, keyOrClose, after }
        var stack: [UInt8] = []
        var state = State.value
        var i = 0
        let n = b.count
        func skipSpace() { while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 } }
        /// A string from its opening quote; false at a fault (`i` there).
        func string() -> Bool {
            i += 1
            while i < n {
                switch b[i] {
                case UInt8(ascii: "\""): i += 1; return true
                case UInt8(ascii: "\\"): i += 2
                case 0..<0x20: return false
                default: i += 1
                }
            }
            i = n
            return false
        }
        while true {
            skipSpace()
            guard i < n else { return state == .after && stack.isEmpty ? nil : (n, true) }
            let c = b[i]
            switch state {
            case .value, .valueOrClose:
                if state == .valueOrClose, c == UInt8(ascii: "]") { i += 1; stack.removeLast(); state = .after; continue }
                switch c {
                case UInt8(ascii: "{"): stack.append(c); i += 1; state = .keyOrClose
                case UInt8(ascii: "["): stack.append(c); i += 1; state = .valueOrClose
                case UInt8(ascii: "\""):
                    guard string() else { return (i, i == n) }
                    state = .after
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    while i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: ".")
                        || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) { i += 1 }
                    state = .after
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    let word: [UInt8] = c == UInt8(ascii: "t") ? Array("true".utf8) : c == UInt8(ascii: "f") ? Array("false".utf8) : Array("null".utf8)
                    for k in word.indices {
                        guard i + k < n else { return (n, true) }
                        guard b[i + k] == word[k] else { return (i + k, false) }
                    }
                    i += word.count
                    state = .after
                default: return (i, false)
                }
            case .key, .keyOrClose:
                if state == .keyOrClose, c == UInt8(ascii: "}") { i += 1; stack.removeLast(); state = .after; continue }
                guard c == UInt8(ascii: "\"") else { return (i, false) }
                guard string() else { return (i, i == n) }
                skipSpace()
                guard i < n else { return (n, true) }
                guard b[i] == UInt8(ascii: ":") else { return (i, false) }
                i += 1
                state = .value
            case .after:
                guard let top = stack.last else { return (i, false) }  // text after the value
                if c == UInt8(ascii: ",") {
                    i += 1
                    state = top == UInt8(ascii: "{") ? .key : .value
                } else if c == UInt8(ascii: top == UInt8(ascii: "{") ? "}" : "]") {
                    i += 1
                    stack.removeLast()
                } else {
                    return (i, false)
                }
            }
        }
    }
}
