#ifndef BULLETIN_CBULLETINICU_H
#define BULLETIN_CBULLETINICU_H
// Plain-C facade over the system ICU. Only plain C types appear here so that
// Swift can import it next to Foundation (whose own ICU module clashes with
// the system headers). Implementations live in CBulletinICU.c.
//
// Text is UTF-16 (uint16_t), offsets are UTF-16 code units. Every handle is
// owned by one thread at a time; open one per layout call, reuse it for every
// paragraph (opening ICU objects costs far more than using them).
#include <stdint.h>
#include <stddef.h>

/// The first occurrence of `needle` in `haystack` (byte strings), or NULL: the C
/// library's `memmem`, which Swift's Glibc module does not export (search's
/// diacritic check looks for a letter's bytes in each candidate's text).
const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Returns the ICU version string of the library linked (e.g. "72.1").
const char *bulletin_icu_version(void);

// MARK: Line breaking (UAX #14, ICU ubrk line iterator)

typedef struct BulletinLineBreaker BulletinLineBreaker;

/// Opens a line-break iterator for `locale` ("" for the root rules). NULL on failure.
BulletinLineBreaker *bulletin_linebreaker_open(const char *locale);
void bulletin_linebreaker_close(BulletinLineBreaker *breaker);

/// Writes the line-break opportunities of `text` into `out` in increasing order:
/// each is the UTF-16 offset where a new line may start (0 excluded, `length`
/// included). Returns how many were found (at most `capacity`; `length + 1` is
/// always enough), or -1 when ICU fails.
int32_t bulletin_linebreaker_breaks(BulletinLineBreaker *breaker, const uint16_t *text,
                                    int32_t length, int32_t *out, int32_t capacity);

// MARK: Bidirectional text (UAX #9, ICU ubidi)

typedef struct BulletinBidi BulletinBidi;

enum {
    BULLETIN_BIDI_LTR = 0,
    BULLETIN_BIDI_RTL = 1,
    /// Direction of the first strong character (rules P2-P3), left to right if none.
    BULLETIN_BIDI_AUTO = 2,
    /// Direction of the first strong character, right to left if none.
    BULLETIN_BIDI_AUTO_RTL = 3
};

BulletinBidi *bulletin_bidi_open(void);
void bulletin_bidi_close(BulletinBidi *bidi);

/// Runs the bidi algorithm over one paragraph (the text is copied). Returns the
/// paragraph embedding level (0 left to right, 1 right to left) or -1 on failure.
int32_t bulletin_bidi_set_paragraph(BulletinBidi *bidi, const uint16_t *text, int32_t length,
                                    int32_t direction);

/// Resolved embedding levels of the line [start, end) of the current paragraph, one
/// per UTF-16 unit, with rule L1 applied (trailing whitespace and separators reset to
/// the paragraph level). Returns 0, or -1 on failure.
int32_t bulletin_bidi_line_levels(BulletinBidi *bidi, int32_t start, int32_t end, uint8_t *levels);

/// Direction of the first strong character of `text` (rules P2-P3 without running
/// the whole algorithm): BULLETIN_BIDI_LTR, BULLETIN_BIDI_RTL, or -1 when it has none.
int32_t bulletin_bidi_base_direction(const uint16_t *text, int32_t length);

/// The direction most words of `text` take (a word: a run between whitespace or
/// separators, taking the direction of its first strong character): BULLETIN_BIDI_LTR
/// or BULLETIN_BIDI_RTL, or -1 on a tie or with no strong character. An Arabic
/// paragraph that opens with "BRICS" is right to left, which rule P2 (first strong
/// character) gets wrong; UAX #9 HL1 lets a higher-level protocol decide.
int32_t bulletin_bidi_dominant_direction(const uint16_t *text, int32_t length);

/// Rule L2 over any sequence of levels (clusters, here): writes into
/// `visual_to_logical[v]` the logical index shown at visual position v.
void bulletin_bidi_reorder_visual(const uint8_t *levels, int32_t length, int32_t *visual_to_logical);

/// Bidi_Mirroring_Glyph of `c` (rule L4), or `c` itself.
uint32_t bulletin_bidi_mirror(uint32_t c);

/// 1 when rule X9 removes `c` (embedding and override controls, boundary neutrals).
int32_t bulletin_bidi_removed_by_x9(uint32_t c);

// MARK: Arabic shaping (ICU u_shapeArabic)

/// Replaces the Arabic letters of `src` (logical order) with their contextual
/// presentation forms, into `dest` of the same `length`. Each lam-alef pair becomes
/// one ligature: the text after it moves one unit left and the freed units are
/// spaces at the end of `dest`. Harakat come out as spacing presentation forms (the
/// caller keeps its own combining ones). Returns 0, or -1 on failure.
int32_t bulletin_shape_arabic(const uint16_t *src, int32_t length, uint16_t *dest);

// MARK: Legacy encodings (ICU charset detection ucsdet, conversion ucnv)

/// ICU's best guess at the charset of `bytes` that is not a Unicode one (UTF-8,
/// UTF-16, UTF-32: the caller already knows the bytes are none of those), among
/// the legacy charsets ICU detects (windows-125x, ISO-8859-x, KOI8-R, Shift_JIS,
/// EUC-JP, EUC-KR, GB18030, Big5, …). Writes its NUL-terminated name into `name`
/// (at most `capacity` bytes with the NUL) and returns its confidence, 0 to 100,
/// or -1 when ICU has no candidate or fails.
int32_t bulletin_charset_detect(const uint8_t *bytes, int32_t length, char *name, int32_t capacity);

/// Converts `length` bytes from `from` to `to` (ICU converter names: "UTF-8",
/// "windows-1251", "GB18030", …) into `dest`. Returns the length of the whole
/// result (more than `capacity` when `dest` is too small: call again with that
/// size), or -1 when a converter is unknown or the conversion fails. Bytes with
/// no mapping become the target's substitution character.
int32_t bulletin_convert(const char *to, const char *from, const uint8_t *src, int32_t length,
                         uint8_t *dest, int32_t capacity);

#endif
