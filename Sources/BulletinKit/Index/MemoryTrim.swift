/// Returns freed heap memory to the system.
///
/// glibc keeps what threads free in their arenas for reuse, so a process's
/// resident size stays at its high-water mark after a parallel phase ends.
/// Called between phases of a large update, it lets the next phase's peak
/// start from what is really in use.
enum MemoryTrim {
    static func releaseFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
