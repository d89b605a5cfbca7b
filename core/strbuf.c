/* strbuf.c -- see strbuf.h. */
#include <stdarg.h>
#include <stdint.h>
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

void strbuf_add_slow(strbuf *b, const char *s, size_t n) {
    if (grow(b, n) < 0) return;
    if (n) memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

char *strbuf_room_slow(strbuf *b, size_t n) {
    return grow(b, n) < 0 ? NULL : b->s + b->len;
}

void strbuf_puts(strbuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }

/* Two digits at a time, from the right: half the divisions, and the
 * number's length from comparisons, not a division per digit. */
char *strbuf_put_unsigned(char *p, unsigned long long v) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    size_t n = 1;
    for (unsigned long long t = 10; n < 20 && v >= t; t *= 10) n++;
    char *e = p + n;
    while (v >= 100) {
        unsigned d = (unsigned)(v % 100) * 2;
        v /= 100;
        *--e = pairs[d + 1];
        *--e = pairs[d];
    }
    if (v >= 10) {
        *--e = pairs[v * 2 + 1];
        *--e = pairs[v * 2];
    } else {
        *--e = (char)('0' + v);
    }
    return p + n;
}

void strbuf_add_unsigned(strbuf *b, unsigned long long v) {
    char *p = strbuf_room(b, 20);
    if (!p) return;
    b->len = (size_t)(strbuf_put_unsigned(p, v) - b->s);
    b->s[b->len] = '\0';
}

static void add_signed(strbuf *b, long long v) {
    if (v < 0) strbuf_add(b, "-", 1);
    strbuf_add_unsigned(b, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v);
}

/* Output is made of many small formats ("\"start\":%zu"): formatting
 * them here instead of through vsnprintf twice is a good part of the
 * time spent writing JSON.  Returns -1 at a conversion other than %s %d
 * %u %zu %lld %% (widths, flags...), which the caller hands to vsnprintf. */
static int fast_printf(strbuf *b, const char *fmt, va_list ap) {
    const char *lit = fmt, *p = fmt;
    for (; *p; p++) {
        if (*p != '%') continue;
        strbuf_add(b, lit, (size_t)(p - lit));
        const char *c = p + 1;
        if (*c == 's') {
            const char *str = va_arg(ap, const char *);
            strbuf_puts(b, str ? str : "(null)");   /* as glibc prints it */
        } else if (*c == 'd') {
            add_signed(b, va_arg(ap, int));
        } else if (*c == 'u') {
            strbuf_add_unsigned(b, va_arg(ap, unsigned));
        } else if (c[0] == 'z' && c[1] == 'u') {
            strbuf_add_unsigned(b, va_arg(ap, size_t));
            c++;
        } else if (c[0] == 'l' && c[1] == 'l' && c[2] == 'd') {
            add_signed(b, va_arg(ap, long long));
            c += 2;
        } else if (*c == '%') {
            strbuf_add(b, "%", 1);
        } else {
            return -1;
        }
        p = c;
        lit = c + 1;
    }
    strbuf_add(b, lit, (size_t)(p - lit));
    return 0;
}

void strbuf_printf(strbuf *b, const char *fmt, ...) {
    va_list ap;
    size_t at = b->len;
    va_start(ap, fmt);
    int fast = fast_printf(b, fmt, ap);
    va_end(ap);
    if (fast == 0 || b->oom) return;
    b->len = at;                         /* undo, and let vsnprintf do it all */
    if (b->s) b->s[at] = '\0';
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

/* Bytes copied as they are inside a JSON string: printable ASCII but the
 * quote and the backslash.  Bytes from 0x80 are checked as UTF-8. */
static int json_plain(unsigned char c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Are all eight bytes of x plain?  A span's text is mostly plain ASCII:
 * eight bytes per test instead of four tests per byte.  Each term says
 * exactly whether some byte is >= 0x80, < 0x20, a quote or a backslash. */
static int json_plain8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t quote = x ^ (ones * '"'), slash = x ^ (ones * '\\');
    return ((x | ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
             ((slash - ones) & ~slash)) & high) == 0;
}

/* Bytes from the start of [u, u+n) that go into a JSON string as they
 * are. */
static size_t json_clean(const unsigned char *u, size_t n) {
    size_t run = 0, k;
    for (;;) {
        for (uint64_t x; run + 8 <= n; run += 8) {
            memcpy(&x, u + run, 8);
            if (!json_plain8(x)) break;
        }
        while (run < n && json_plain(u[run])) run++;
        if (run < n && u[run] >= 0x80 && (k = utf8_valid_len(u + run, n - run))) run += k;
        else return run;
    }
}

void strbuf_json_string(strbuf *b, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t clean = json_clean(u, n);
    if (clean == n) {                /* nearly every span: one copy */
        char *p = strbuf_room(b, n + 2);
        if (!p) return;
        *p++ = '"';
        memcpy(p, s, n);
        p[n] = '"';
        b->len += n + 2;
        b->s[b->len] = '\0';
        return;
    }
    strbuf_add(b, "\"", 1);
    /* copy clean stretches, valid UTF-8 included, in one go */
    for (size_t i = 0, run = clean;; run = i + json_clean(u + i, n - i)) {
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
            strbuf_puts(b, "\\ufffd");
            i += utf8_invalid_len(u + i, n - i);
        }
    }
    strbuf_add(b, "\"", 1);
}
