#ifndef BULLETIN_CBULLETINICU_H
#define BULLETIN_CBULLETINICU_H
// Plain-C facade over the system ICU. Only plain C types appear here so that
// Swift can import it next to Foundation (whose own ICU module clashes with
// the system headers). Implementations live in CBulletinICU.c.
#include <stdint.h>

/// Returns the ICU version string of the library linked (e.g. "72.1").
const char *bulletin_icu_version(void);

#endif
