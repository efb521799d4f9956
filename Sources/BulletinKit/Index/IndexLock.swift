import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on `<index>.lock`, held while one run brings the index up to date.
///
/// Why: two Bulletins opened at once on a corpus with no index yet both started indexing it; the later one could
/// not write (SQLite's lock), said the index was busy and read every file itself, about twice the time. With
/// the lock the later one waits (its loading screen says why), then finds the index finished and opens it at once.
/// A run that dies holding it (kill -9, a crash) releases it with its file descriptors: the lock cannot go stale,
/// unlike a pid file. Only the update is locked: reading a finished index (`storedStore`, the warm start's first
/// frame) never waits.
final class IndexLock {
    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { unlock() }

    /// Lets the lock go (once; also on deinit): a waiting run takes it within 50 ms.
    func unlock() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    /// The lock file beside the index (never listed or swept as an index: `IndexHousekeeping.isIndexName`).
    static func lockPath(for indexPath: String) -> String { indexPath + ".lock" }

    /// Takes the lock of the index at `indexPath`, waiting while another run holds it: `waiting` is called once
    /// when it must wait, and `isCancelled` is polled meanwhile (every 50 ms). `.cancelled` when the user gave up
    /// waiting; `.unlocked` when no lock file can be made (a read-only folder, an index on a file system without
    /// `flock`): the run goes on without it, as before the lock existed (SQLite still keeps the file whole).
    static func acquire(indexPath: String, waiting: () -> Void, isCancelled: () -> Bool) -> Outcome {
        let folder = URL(fileURLWithPath: indexPath).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = open(lockPath(for: indexPath), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .unlocked }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return .locked(IndexLock(fd: fd)) }
        guard errno == EWOULDBLOCK else {
            close(fd)
            return .unlocked
        }
        waiting()
        while true {
            if isCancelled() {
                close(fd)
                return .cancelled
            }
            usleep(50_000)
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return .locked(IndexLock(fd: fd)) }
            if errno != EWOULDBLOCK {
                close(fd)
                return .unlocked
            }
        }
    }

    enum Outcome {
        case locked(IndexLock)
        case unlocked
        case cancelled
    }
}
