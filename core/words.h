/* words.h -- caseless comparisons of words, shared by the rule set and the
 * analysers.  ASCII only, like strcasecmp in the C locale the core runs
 * in: a byte of a UTF-8 sequence never folds, so "É" never equals "é". */
#ifndef CLAIMLENS_WORDS_H
#define CLAIMLENS_WORDS_H

#include <stddef.h>

static inline unsigned char word_fold(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* A byte that can be part of a word: an ASCII letter or digit, or any
 * byte of a UTF-8 sequence (so "café" and "Zürich" stay whole). */
static inline int word_byte_any(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* [s, s+n) is the NUL-terminated word w, folded.  One pass and no strlen:
 * the analysers ask this with short literals of almost every token. */
static inline int word_is(const char *s, size_t n, const char *w) {
    for (size_t i = 0; i < n; i++)
        if (!w[i] || word_fold((unsigned char)s[i]) != word_fold((unsigned char)w[i])) return 0;
    return w[n] == '\0';
}

/* [s, s+n) ends in the NUL-terminated word w of m bytes and has more
 * before it, folded ("payments" ends in "ment"; "ment" does not). */
static inline int word_ends_in(const char *s, size_t n, const char *w, size_t m) {
    return m < n && word_is(s + n - m, m, w);
}

#endif
