/* strbuf.h -- a growable byte string for building output.  A failed
 * allocation sets `oom` and later appends do nothing, so callers check once
 * at the end instead of after every append. */
#ifndef CLAIMLENS_STRBUF_H
#define CLAIMLENS_STRBUF_H

#include <stddef.h>
#include <string.h>

typedef struct strbuf {
    char *s;
    size_t len, cap;
    int oom;
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_free(strbuf *b);
void strbuf_add_slow(strbuf *b, const char *s, size_t n);
/* Output is made of many short appends: those that fit are done here. */
static inline void strbuf_add(strbuf *b, const char *s, size_t n) {
    if (b->len + n < b->cap) {
        if (n > 16) memcpy(b->s + b->len, s, n);
        else for (size_t i = 0; i < n; i++) b->s[b->len + i] = s[i];
        b->len += n;
        b->s[b->len] = '\0';
    } else {
        strbuf_add_slow(b, s, n);
    }
}
char *strbuf_room_slow(strbuf *b, size_t n);
/* Where n more bytes may be written (NULL once out of memory): for
 * writers that put several pieces at once, then set len and the NUL. */
static inline char *strbuf_room(strbuf *b, size_t n) {
    return b->len + n < b->cap ? b->s + b->len : strbuf_room_slow(b, n);
}
void strbuf_puts(strbuf *b, const char *s);
/* Decimal digits of v. */
void strbuf_add_unsigned(strbuf *b, unsigned long long v);
/* The same written at p, which has room for 20; returns their end. */
char *strbuf_put_unsigned(char *p, unsigned long long v);
void strbuf_printf(strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* `s` as a JSON string literal: control bytes and NUL escaped, invalid
 * UTF-8 replaced by U+FFFD so the document always parses. */
void strbuf_json_string(strbuf *b, const char *s, size_t n);

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid. */
size_t utf8_valid_len(const unsigned char *s, size_t n);

#endif
