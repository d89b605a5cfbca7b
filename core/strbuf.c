/* strbuf.c -- see strbuf.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "strbuf.h"

void strbuf_init(strbuf *b) {
    b->s = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

void strbuf_free(strbuf *b) {
    free(b->s);
    strbuf_init(b);
}

static int grow(strbuf *b, size_t extra) {
    if (b->oom) return -1;
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) {
        b->oom = 1;
        return -1;
    }
    b->s = s;
    b->cap = cap;
    return 0;
}

void strbuf_add(strbuf *b, const char *s, size_t n) {
    if (grow(b, n) < 0) return;
    if (n) memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void strbuf_puts(strbuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }

void strbuf_printf(strbuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || grow(b, (size_t)n) < 0) return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

size_t utf8_valid_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t need;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) need = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) need = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) need = 4, min = 0x10000;
    else return 0;
    if (n < need) return 0;
    unsigned cp = c & (0x7F >> need);
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return need;
}

/* Bytes one U+FFFD stands for at an invalid sequence: the longest start
 * of a valid one ("maximal subpart", as Python and browsers decode), so
 * the JSON text of a span equals what any decoder makes of its bytes. */
static size_t utf8_invalid_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 :
                  c >= 0xF0 && c <= 0xF4 ? 4 : 1;
    size_t i = 1;
    for (; i < need && i < n; i++) {
        unsigned lo = 0x80, hi = 0xBF;
        if (i == 1 && c == 0xE0) lo = 0xA0;
        if (i == 1 && c == 0xED) hi = 0x9F;
        if (i == 1 && c == 0xF0) lo = 0x90;
        if (i == 1 && c == 0xF4) hi = 0x8F;
        if (s[i] < lo || s[i] > hi) break;
    }
    return i;
}

void strbuf_json_string(strbuf *b, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    strbuf_add(b, "\"", 1);
    size_t i = 0;
    while (i < n) {
        size_t run = i;   /* copy plain stretches in one go */
        while (run < n && u[run] >= 0x20 && u[run] < 0x80 &&
               u[run] != '"' && u[run] != '\\') run++;
        strbuf_add(b, s + i, run - i);
        if (run == n) break;
        i = run;
        unsigned c = u[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            strbuf_add(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            static const char *named[] = {
                ['\b'] = "\\b", ['\f'] = "\\f", ['\n'] = "\\n",
                ['\r'] = "\\r", ['\t'] = "\\t"};
            if (c < sizeof named / sizeof *named && named[c]) strbuf_puts(b, named[c]);
            else strbuf_printf(b, "\\u%04x", c);
            i++;
        } else {
            size_t k = utf8_valid_len(u + i, n - i);
            if (k) strbuf_add(b, s + i, k), i += k;
            else strbuf_puts(b, "\\ufffd"), i += utf8_invalid_len(u + i, n - i);
        }
    }
    strbuf_add(b, "\"", 1);
}
