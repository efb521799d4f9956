#ifndef CBULLETIN_MALLOC_H
#define CBULLETIN_MALLOC_H

/// jemalloc's options for the executables (see malloc_conf.c). Returns the option string,
/// so that Swift code can name this target and its tests can read what was set.
const char *bulletin_malloc_conf(void);

#endif
