#if os(Linux)
import Glibc
#endif

/// Returns freed heap memory to the system.
///
/// An allocator keeps what threads free for reuse, so a process's resident size stays at its
/// high-water mark after a parallel phase ends. Called between phases of a large update, it
/// lets the next phase's peak start from what is really in use. The executables are linked with
/// jemalloc (Package.swift), whose arenas are purged through `mallctl`; the library and its tests
/// run on glibc's malloc, whose arenas `malloc_trim` gives back.
public enum MemoryTrim {
    static func releaseFreedMemory() {
        #if os(Linux)
        if let purge = jemallocPurge {
            _ = purge("arena.4096.purge", nil, nil, nil, 0)   // 4096: MALLCTL_ARENAS_ALL, every arena
        } else {
            _ = glibcMallocTrim(0)
        }
        #endif
    }

    /// Whether jemalloc is the process's allocator (its `mallctl` is found among the loaded symbols).
    public static var usesJemalloc: Bool {
        #if os(Linux)
        return jemallocPurge != nil
        #else
        return false
        #endif
    }

    #if os(Linux)
    typealias MallCtl = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                        UnsafeMutableRawPointer?, Int) -> Int32
    /// jemalloc's `mallctl`, looked up once at run time (nil under glibc's malloc).
    private static let jemallocPurge: MallCtl? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallctl") else { return nil }   // RTLD_DEFAULT
        return unsafeBitCast(symbol, to: MallCtl.self)
    }()
    #endif
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
