#include "CBulletinMalloc.h"

/*
 * jemalloc reads its options from a global named `malloc_conf` at its first allocation
 * (then from the MALLOC_CONF environment variable, which overrides these).
 *
 * dirty_decay_ms:1000 and muzzy_decay_ms:0 give freed pages back to the system within a
 * second rather than ten: a cold index frees each batch's texts and extractions while the
 * next are made, and with jemalloc's defaults the 100,000-article index peaked at 293–297 MB
 * (300 MB is the target) against 262–263 MB so (scripts/BENCH-HISTORY.md, session 43).
 * Under glibc's malloc (macOS, or a build without jemalloc) the symbol is simply unused.
 */
const char *malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";

const char *bulletin_malloc_conf(void) { return malloc_conf; }
