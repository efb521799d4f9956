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
// Mouse masks are macro expressions; wrap them.
static inline mmask_t bulletin_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t bulletin_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t bulletin_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t bulletin_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t bulletin_button5_pressed(void) { return 0; }
#endif
// The most characters (one spacing character and its marks) one cell holds.
static inline int bulletin_ccharw_max(void) { return CCHARW_MAX; }
// Whether tigetstr's answer is a real string (it returns (char *)-1 for "not a string capability").
static inline int bulletin_is_string_cap(const char *s) { return s != 0 && s != (const char *)-1; }
static inline WINDOW *bulletin_curscr(void) { return curscr; }
// wcwidth as curses measures (declared in wchar.h only under _XOPEN_SOURCE).
extern int wcwidth(wchar_t);
static inline int bulletin_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
// The colours the terminfo entry of `term` gives (its `colors` capability), without starting curses or
// touching a terminal (`bulletin screen --ansi`): -1 when there is no such entry, 0 when it has no colours.
// setupterm is declared in term.h, whose macros (lines, columns…) this header keeps out.
extern int setupterm(const char *, int, int *);
static inline int bulletin_terminfo_colors(const char *term) {
    int error = 0;
    if (setupterm(term, 2, &error) != 0) return -1;
    int n = tigetnum("colors");
    return n > 0 ? n : 0;
}
#endif
