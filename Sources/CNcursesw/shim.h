#ifndef BULLETIN_CNCURSESW_SHIM_H
#define BULLETIN_CNCURSESW_SHIM_H
// The wide-character API (cchar_t, setcchar, mvwadd_wch, wget_wch) is only
// declared with these two defined before curses.h.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import (or rejects in Swift 6 mode).
static inline int bulletin_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int bulletin_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t bulletin_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t bulletin_a_bold(void) { return A_BOLD; }
static inline attr_t bulletin_a_dim(void) { return A_DIM; }
static inline attr_t bulletin_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bulletin_a_reverse(void) { return A_REVERSE; }
static inline attr_t bulletin_a_normal(void) { return A_NORMAL; }
static inline int bulletin_colors(void) { return COLORS; }
static inline int bulletin_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *bulletin_stdscr(void) { return stdscr; }
static inline int bulletin_key_resize(void) { return KEY_RESIZE; }
static inline int bulletin_key_mouse(void) { return KEY_MOUSE; }
#endif
