import Foundation

/// The content fingerprints of files the reader has marked this session, so
/// that saving a mark does not read and hash its whole file on the key loop
/// each time: the reading position is saved after every pause, and a digest
/// file can be large. A `stat` (size and modification time) tells whether the
/// remembered fingerprint still holds; only a changed file is read again.
public final class FingerprintMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (stat: FileFingerprint, print: ContentFingerprint)] = [:]
    private let read: @Sendable (String) -> ContentFingerprint?

    /// `read`: how a file's fingerprint is taken when it is not known (tests count the calls).
    public init(read: @escaping @Sendable (String) -> ContentFingerprint? = ContentFingerprint.ofFile) {
        self.read = read
    }

    /// The fingerprint of the file at `path` as it is now, nil when it cannot be read.
    public func fingerprint(of path: String) -> ContentFingerprint? {
        guard let stat = FileFingerprint.of(path: path) else { return nil }
        lock.lock()
        let cached = known[path]
        lock.unlock()
        if let cached, cached.stat == stat { return cached.print }
        guard let print = read(path) else { return nil }
        lock.lock()
        known[path] = (stat, print)
        lock.unlock()
        return print
    }
}
