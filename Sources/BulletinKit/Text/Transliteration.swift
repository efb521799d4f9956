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
/// one from a pool (or opens one) and puts it back.
enum Transliteration {
    static func apply(_ id: String, to text: String) -> String? {
        #if canImport(_FoundationICU)
        if let t = pool.take(id) {
            defer { pool.put(t) }
            if let out = t.apply(text) { return out }
        }
        #endif
        return text.applyingTransform(StringTransform(id), reverse: false)
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
        /// Transforms ICU could not open (Foundation then answers, as before).
        private var failed: Set<String> = []

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
            lock.unlock()
            if let t = Transliterator(id) { return t }
            lock.lock()
            failed.insert(id)
            lock.unlock()
            return nil
        }

        func put(_ t: Transliterator) {
            lock.lock()
            free[t.id, default: []].append(t)
            lock.unlock()
        }
    }
    #endif
}
