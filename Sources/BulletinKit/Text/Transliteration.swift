import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// `text.applyingTransform(StringTransform(id), reverse: false)` with the ICU
/// transliterator opened once and reused: Foundation opens one for every call,
/// and opening one parses the transform's rules (`TransliteratorParser`,
/// `TransliterationRuleSet::freeze`), which was two thirds of the cost of
/// transliterating a name (the index's finish links every distinct name of the
/// corpus, each Cyrillic or Han one through a transform). The same ICU library
/// Foundation calls (`_FoundationICU`), the same transform over the whole text:
/// the same output (tests compare the two).
///
/// A transliterator is not to be used by two threads at once: each call takes
/// one from a pool and puts it back. A transform's rules are compiled once
/// (`utrans_openU`, 0.7 G instructions for Russian-Latin/BGN and Han-Latin
/// together); a second thread's transliterator is a copy of that one
/// (`utrans_clone`, no parsing), where each thread opened its own before.
/// `prewarm` compiles a transform ahead of its first use on another thread:
/// the index asks for it when the first Cyrillic or Han name is written, so
/// the compilation runs beside the workers instead of in the update's finish.
enum Transliteration {
    static func apply(_ id: String, to text: String) -> String? {
        if id == "Han-Latin", let r = hanLatinByCharacter(text) { return r }
        return applyWhole(id, to: text)
    }

    /// `apply(id, to: text)` through ICU (or Foundation), the whole text in one call.
    static func applyWhole(_ id: String, to text: String) -> String? {
        #if canImport(_FoundationICU)
        if let t = pool.take(id) {
            defer { pool.put(t) }
            if let out = t.apply(text) { return out }
        }
        #endif
        return text.applyingTransform(StringTransform(id), reverse: false)
    }

    /// `apply(id, to: text)` word by word (split at each U+0020 SPACE, the spaces kept), each
    /// distinct word transliterated once per process: names share their words (given names,
    /// family names, Иванов of Иван Иванов and Пётр Иванов), and one ICU call per name was most
    /// of the index finish's skeletons (7,941 names, 1.07 G instructions, at 10,000 articles).
    /// For a transform whose rules look at most one character across a word's edge, through
    /// sets that either hold both the space and ICU's text boundary (U+FFFF, as the
    /// `[^[:L:][:M:][:N:]]` word boundary of Russian-Latin/BGN does) or neither: then a word
    /// alone reads as it does between spaces (tests compare the two on names).
    static func applyByWord(_ id: String, to text: String) -> String? {
        guard text.utf8.contains(0x20) else { return memoized(id, text) }
        var out = ""
        var first = true
        for word in text.utf8.split(separator: 0x20, omittingEmptySubsequences: false) {
            if !first { out += " " }
            first = false
            if word.isEmpty { continue }
            guard let r = memoized(id, String(Substring(word))) else { return apply(id, to: text) }
            out += r
        }
        return out
    }

    private static func memoized(_ id: String, _ word: String) -> String? {
        if let r = words.value(id, word) { return r }
        guard let r = applyWhole(id, to: word) else { return nil }
        words.store(id, word, r)
        return r
    }

    static let words = WordMemo()

    /// `Han-Latin` of a name written only in CJK Unified Ideographs (U+4E00–U+9FFF), from
    /// each character's reading alone, joined by spaces: nil for any other text (then ICU
    /// reads the whole of it). ICU matches its rules character by character (about 80,000
    /// instructions per character), and the index's finish transliterates every distinct
    /// Han name of the corpus (0.9 G instructions at 10,000 articles), when a few thousand
    /// characters make up all of them. Exact: the transform's rules (`utrans_toRules`) are
    /// `Han-Spacedhan`, which puts one space between adjacent ideographs and leaves these
    /// as they are (NFKC keeps unified ideographs), then one reading per character, but for
    /// four characters read by the next one (藏 before 文 or 语, 重 before 庆, 沈 before 阳,
    /// 秘 before 鲁: `HanReadings.reading(_:before:)`). Checked against ICU on every character
    /// of the block, each with random neighbours (126,000 strings), and every Han name of
    /// the generated corpora.
    ///
    /// The readings come from a table (`HanReadings`), not from ICU: compiling ICU's
    /// `Han-Latin` rules costs 686 M instructions (a quarter of a second) in every process that
    /// links a Han name, the index's first and every later update. Without the table (a
    /// missing resource), each character is read by ICU once and remembered, and the four
    /// characters read by their neighbour leave the whole text to ICU.
    static func hanLatinByCharacter(_ text: String) -> String? {
        var count = 0
        for s in text.unicodeScalars {
            guard HanReadings.covers(s.value) else { return nil }
            count += 1
        }
        guard count > 0 else { return nil }
        var out = ""
        out.reserveCapacity(count * 7)
        if let table = HanReadings.shared {
            var scalars = text.unicodeScalars.makeIterator()
            var current = scalars.next()
            while let s = current {
                let next = scalars.next()
                if !out.isEmpty { out += " " }
                table.append(s.value, before: next?.value, to: &out)
                current = next
            }
            return out
        }
        var first = true
        for s in text.unicodeScalars {
            guard !hanReadByContext.contains(s.value), let r = memoized("Han-Latin", String(s)) else { return nil }
            if !first { out += " " }
            first = false
            out += r
        }
        return out
    }

    /// The characters whose `Han-Latin` reading depends on the next character (藏 重 沈 秘).
    static let hanReadByContext: Set<UInt32> = [0x85CF, 0x91CD, 0x6C88, 0x79D8]

    /// Whether transliterating `name` through `Han-Latin` may need ICU's compiled rules (the
    /// index compiles them ahead, beside the workers, when a name written so may come): a name
    /// with a Han character outside the table's block, or with anything but the block's
    /// characters and the separators the linker splits a person's name at. A timing hint only.
    static func hanNameNeedsICU(_ name: String) -> Bool {
        guard HanReadings.shared != nil else { return true }
        for s in name.unicodeScalars where !HanReadings.covers(s.value) {
            if TextFolding.isHan(s) { return true }
            switch s { case "·", "•", "・", "‧": continue; default: return true }
        }
        return false
    }

    /// Words already transliterated, per transform (bounded: cleared when full).
    final class WordMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [String: [String: String]] = [:]
        private var count = 0
        static let limit = 100_000

        func value(_ id: String, _ word: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return table[id]?[word]
        }

        func store(_ id: String, _ word: String, _ result: String) {
            lock.lock()
            defer { lock.unlock() }
            if count >= WordMemo.limit {
                table = [:]
                count = 0
            }
            table[id, default: [:]][word] = result
            count += 1
        }
    }

    /// Compiles transform `id` on a background thread unless it is compiled
    /// (or being compiled) already; a later `apply` then only copies it.
    static func prewarm(_ id: String) {
        #if canImport(_FoundationICU)
        guard pool.claimPrewarm(id) else { return }
        DispatchQueue.global(qos: .utility).async { pool.put(pool.take(id)) }
        #endif
    }

    #if canImport(_FoundationICU)
    static let pool = Pool()

    final class Transliterator: @unchecked Sendable {
        let id: String
        let handle: UnsafeMutablePointer<UTransliterator?>

        init?(_ id: String) {
            let u = Array(id.utf16)
            var status = U_ZERO_ERROR
            guard let h = swift_utrans_openU(u, Int32(u.count), UTRANS_FORWARD, nil, 0, nil, &status),
                  status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            self.id = id
            handle = h
        }

        private init(id: String, handle: UnsafeMutablePointer<UTransliterator?>) {
            self.id = id
            self.handle = handle
        }

        /// An independent copy (ICU's clone shares no state the copy changes), nil when ICU fails.
        func copy() -> Transliterator? {
            var status = U_ZERO_ERROR
            guard let h = swift_utrans_clone(handle, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            return Transliterator(id: id, handle: h)
        }

        deinit { swift_utrans_close(handle) }

        /// The transform over the whole text; nil when ICU reports an error.
        func apply(_ text: String) -> String? {
            let input = Array(text.utf16)
            var capacity = input.count * 4 + 16
            while true {
                var buffer = input
                buffer.append(contentsOf: repeatElement(0, count: capacity - input.count))
                var length = Int32(input.count)
                var limit = length
                var status = U_ZERO_ERROR
                swift_utrans_transUChars(handle, &buffer, &length, Int32(capacity), 0, &limit, &status)
                if status == U_BUFFER_OVERFLOW_ERROR, capacity < 1 << 24 {
                    capacity = max(Int(length), capacity * 2) + 16
                    continue
                }
                guard status.rawValue <= U_ZERO_ERROR.rawValue, Int(length) <= capacity else { return nil }
                return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
            }
        }
    }

    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [String: [Transliterator]] = [:]
        /// Per transform, the first one compiled: never handed out, only copied.
        private var prototypes: [String: Transliterator] = [:]
        /// Held while a transform's rules are compiled, so that two threads
        /// asking at once compile them once (the second waits, then copies).
        private var compiling: [String: NSLock] = [:]
        /// Transforms ICU could not open (Foundation then answers, as before).
        private var failed: Set<String> = []
        /// Transforms `prewarm` was asked for.
        private var prewarmed: Set<String> = []

        func take(_ id: String) -> Transliterator? {
            lock.lock()
            if failed.contains(id) {
                lock.unlock()
                return nil
            }
            if let t = free[id]?.popLast() {
                lock.unlock()
                return t
            }
            if let p = prototypes[id] {
                lock.unlock()
                return p.copy()
            }
            let gate: NSLock
            if let g = compiling[id] {
                gate = g
            } else {
                gate = NSLock()
                compiling[id] = gate
            }
            lock.unlock()
            gate.lock()
            defer { gate.unlock() }
            lock.lock()
            if let p = prototypes[id] {
                lock.unlock()
                return p.copy()
            }
            if failed.contains(id) {
                lock.unlock()
                return nil
            }
            lock.unlock()
            guard let p = Transliterator(id) else {
                lock.lock()
                failed.insert(id)
                lock.unlock()
                return nil
            }
            lock.lock()
            prototypes[id] = p
            lock.unlock()
            return p.copy()
        }

        func put(_ t: Transliterator?) {
            guard let t else { return }
            lock.lock()
            free[t.id, default: []].append(t)
            lock.unlock()
        }

        /// True the first time `id` is asked for.
        func claimPrewarm(_ id: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return prewarmed.insert(id).inserted
        }
    }
    #endif
}

/// ICU's `Han-Latin` reading of each CJK Unified Ideograph (U+4E00–U+9FFF) alone, from
/// `Resources/entities/han-latin.txt` (one line per character in code point order, written
/// from ICU by `HanReadings.tableText()`; a test compares the two), so that a process reading
/// Han names need not compile ICU's rules (686 M instructions). One buffer and its line
/// starts: 107 KB and 84 KB, read at the first Han name.
final class HanReadings: Sendable {
    static let first: UInt32 = 0x4E00
    static let last: UInt32 = 0x9FFF
    private let bytes: [UInt8]
    /// Per character, the offset of its line in `bytes` (and one past the last line's end).
    private let starts: [Int32]

    static let shared: HanReadings? = {
        guard let url = EntityResources.url("han-latin.txt"), let data = FileManager.default.contents(atPath: url.path) else {
            return nil
        }
        return HanReadings(bytes: [UInt8](data))
    }()

    /// nil unless `bytes` holds exactly one non-empty line per character of the block.
    init?(bytes: [UInt8]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(Int(HanReadings.last - HanReadings.first) + 2)
        for (i, b) in bytes.enumerated() where b == 0x0A {
            guard Int32(i) > starts[starts.count - 1] else { return nil }
            starts.append(Int32(i + 1))
        }
        guard starts.count == Int(HanReadings.last - HanReadings.first) + 2, starts.last == Int32(bytes.count) else { return nil }
        self.bytes = bytes
        self.starts = starts
    }

    @inline(__always) static func covers(_ v: UInt32) -> Bool { v >= first && v <= last }

    /// The readings ICU's rules give by the next character (`{藏}' '?[文语] > zàng;` …):
    /// (character, next characters, reading).
    static let contextual: [(UInt32, [UInt32], String)] = [
        (0x85CF, [0x6587, 0x8BED], "zàng"),  // 藏 before 文 语
        (0x91CD, [0x5E86], "chóng"),         // 重 before 庆
        (0x6C88, [0x9633], "shěn"),          // 沈 before 阳
        (0x79D8, [0x9C81], "bì"),            // 秘 before 鲁
    ]

    /// Appends the reading of `v` (in the block) followed by `next` (nil: the text's end) to `out`.
    func append(_ v: UInt32, before next: UInt32?, to out: inout String) {
        if let next, HanReadings.hasContext(v) {
            for (c, nexts, reading) in HanReadings.contextual where c == v && nexts.contains(next) {
                out += reading
                return
            }
        }
        let i = Int(v - HanReadings.first)
        let a = Int(starts[i]), b = Int(starts[i + 1]) - 1
        bytes.withUnsafeBufferPointer { out += String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    @inline(__always) static func hasContext(_ v: UInt32) -> Bool { v == 0x85CF || v == 0x91CD || v == 0x6C88 || v == 0x79D8 }

    /// The reading of `v` before `next`, as a string (tests).
    func reading(_ v: UInt32, before next: UInt32? = nil) -> String {
        var out = ""
        append(v, before: next, to: &out)
        return out
    }

    /// The table's text from ICU (each character of the block alone): what the resource holds.
    static func tableText() -> String {
        var out = ""
        for v in first...last {
            let c = String(Unicode.Scalar(v)!)
            out += (Transliteration.applyWhole("Han-Latin", to: c) ?? c) + "\n"
        }
        return out
    }
}
