#include "CBulletinICU.h"
#include <unicode/uversion.h>
#include <unicode/ubrk.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/ushape.h>
#include <unicode/utf16.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <stdlib.h>
#include <string.h>

// A GNU and BSD extension: declared here, as <string.h> declares it only under _GNU_SOURCE.
extern void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);

const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
}

const char *bulletin_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}

// MARK: Line breaking

struct BulletinLineBreaker {
    UBreakIterator *iterator;
};

BulletinLineBreaker *bulletin_linebreaker_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status) || it == NULL) return NULL;
    BulletinLineBreaker *b = malloc(sizeof *b);
    if (b == NULL) { ubrk_close(it); return NULL; }
    b->iterator = it;
    return b;
}

void bulletin_linebreaker_close(BulletinLineBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t bulletin_linebreaker_breaks(BulletinLineBreaker *breaker, const uint16_t *text,
                                    int32_t length, int32_t *out, int32_t capacity) {
    if (breaker == NULL || length < 0) return -1;
    if (length == 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    for (int32_t p = ubrk_following(breaker->iterator, 0); p != UBRK_DONE && n < capacity;
         p = ubrk_next(breaker->iterator)) {
        out[n++] = p;
    }
    // Do not keep a pointer to the caller's buffer past this call.
    ubrk_setText(breaker->iterator, NULL, 0, &status);
    return n;
}

// MARK: Bidi

struct BulletinBidi {
    UBiDi *paragraph;
    UBiDi *line;
    UChar *text;        // ubidi keeps a pointer to its text: we own the copy
    int32_t capacity;
    int32_t length;
};

BulletinBidi *bulletin_bidi_open(void) {
    BulletinBidi *b = calloc(1, sizeof *b);
    if (b == NULL) return NULL;
    b->paragraph = ubidi_open();
    b->line = ubidi_open();
    if (b->paragraph == NULL || b->line == NULL) { bulletin_bidi_close(b); return NULL; }
    return b;
}

void bulletin_bidi_close(BulletinBidi *bidi) {
    if (bidi == NULL) return;
    if (bidi->line) ubidi_close(bidi->line);
    if (bidi->paragraph) ubidi_close(bidi->paragraph);
    free(bidi->text);
    free(bidi);
}

int32_t bulletin_bidi_set_paragraph(BulletinBidi *bidi, const uint16_t *text, int32_t length,
                                    int32_t direction) {
    if (bidi == NULL || length < 0) return -1;
    if (length > bidi->capacity) {
        int32_t cap = length > 256 ? length : 256;
        UChar *grown = realloc(bidi->text, (size_t)cap * sizeof(UChar));
        if (grown == NULL) return -1;
        bidi->text = grown;
        bidi->capacity = cap;
    }
    if (length > 0) memcpy(bidi->text, text, (size_t)length * sizeof(UChar));
    bidi->length = length;
    UBiDiLevel level = direction == BULLETIN_BIDI_RTL ? 1
                     : direction == BULLETIN_BIDI_LTR ? 0
                     : direction == BULLETIN_BIDI_AUTO_RTL ? UBIDI_DEFAULT_RTL : UBIDI_DEFAULT_LTR;
    UErrorCode status = U_ZERO_ERROR;
    ubidi_setPara(bidi->paragraph, bidi->text, length, level, NULL, &status);
    if (U_FAILURE(status)) return -1;
    return ubidi_getParaLevel(bidi->paragraph) & 1;
}

int32_t bulletin_bidi_line_levels(BulletinBidi *bidi, int32_t start, int32_t end, uint8_t *levels) {
    if (bidi == NULL || start < 0 || end > bidi->length || start > end) return -1;
    if (start == end) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UBiDi *source = bidi->paragraph;
    if (start != 0 || end != bidi->length) {
        ubidi_setLine(bidi->paragraph, start, end, bidi->line, &status);
        if (U_FAILURE(status)) return -1;
        source = bidi->line;
    }
    const UBiDiLevel *resolved = ubidi_getLevels(source, &status);
    if (U_FAILURE(status) || resolved == NULL) return -1;
    memcpy(levels, resolved, (size_t)(end - start));
    return 0;
}

int32_t bulletin_bidi_base_direction(const uint16_t *text, int32_t length) {
    if (text == NULL || length <= 0) return -1;
    switch (ubidi_getBaseDirection((const UChar *)text, length)) {
    case UBIDI_LTR: return BULLETIN_BIDI_LTR;
    case UBIDI_RTL: return BULLETIN_BIDI_RTL;
    default: return -1;
    }
}

int32_t bulletin_bidi_dominant_direction(const uint16_t *text, int32_t length) {
    if (text == NULL || length <= 0) return -1;
    int32_t ltr = 0, rtl = 0, i = 0;
    int decided = 0;  // the current word's direction is known (or no word is open)
    while (i < length) {
        UChar32 c;
        U16_NEXT(text, i, length, c);
        switch (u_charDirection(c)) {
        case U_WHITE_SPACE_NEUTRAL: case U_SEGMENT_SEPARATOR: case U_BLOCK_SEPARATOR:
            decided = 0;
            break;
        case U_LEFT_TO_RIGHT:
            if (!decided) { ltr++; decided = 1; }
            break;
        case U_RIGHT_TO_LEFT: case U_RIGHT_TO_LEFT_ARABIC:
            if (!decided) { rtl++; decided = 1; }
            break;
        default:
            break;
        }
    }
    if (ltr == rtl) return -1;
    return rtl > ltr ? BULLETIN_BIDI_RTL : BULLETIN_BIDI_LTR;
}

void bulletin_bidi_reorder_visual(const uint8_t *levels, int32_t length, int32_t *visual_to_logical) {
    if (length <= 0) return;
    ubidi_reorderVisual(levels, length, visual_to_logical);
}

uint32_t bulletin_bidi_mirror(uint32_t c) {
    return (uint32_t)u_charMirror((UChar32)c);
}

int32_t bulletin_bidi_removed_by_x9(uint32_t c) {
    switch (u_charDirection((UChar32)c)) {
    case U_LEFT_TO_RIGHT_EMBEDDING: case U_LEFT_TO_RIGHT_OVERRIDE:
    case U_RIGHT_TO_LEFT_EMBEDDING: case U_RIGHT_TO_LEFT_OVERRIDE:
    case U_POP_DIRECTIONAL_FORMAT: case U_BOUNDARY_NEUTRAL:
        return 1;
    default:
        return 0;
    }
}

// MARK: Arabic shaping

int32_t bulletin_shape_arabic(const uint16_t *src, int32_t length, uint16_t *dest) {
    if (length <= 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_shapeArabic((const UChar *)src, length, (UChar *)dest, length,
                              U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL |
                              U_SHAPE_LAMALEF_END,
                              &status);
    if (U_FAILURE(status) || n != length) return -1;
    return 0;
}

// MARK: Legacy encodings

int32_t bulletin_charset_detect(const uint8_t *bytes, int32_t length, char *name, int32_t capacity) {
    if (length <= 0 || capacity <= 0) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t confidence = -1;
    for (int32_t i = 0; U_SUCCESS(status) && i < found; i++) {
        const char *charset = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || charset == NULL) break;
        if (strncmp(charset, "UTF-", 4) == 0) continue;
        if ((int32_t)strlen(charset) >= capacity) continue;
        strcpy(name, charset);
        confidence = ucsdet_getConfidence(matches[i], &status);
        break;
    }
    ucsdet_close(detector);
    return U_FAILURE(status) ? -1 : confidence;
}

int32_t bulletin_convert(const char *to, const char *from, const uint8_t *src, int32_t length,
                         uint8_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucnv_convert(to, from, (char *)dest, capacity, (const char *)src, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return n;
    if (U_FAILURE(status)) return -1;
    return n;
}
