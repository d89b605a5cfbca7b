/* compact.c -- see compact.h.  Layout of one annotation:
 *   flags byte: kind (3 bits), weak, source anonymous, via anonymous
 *   varint: which optional spans follow (bit per span, in `spans` order)
 *   whole, then each present span: zigzag varint start, varint length
 *   varint count + 1 (0: unknown); descriptors, items: varint n, spans
 *   why, canonical: varint length, bytes; notes: varint n, varints
 * Starts are signed: an antecedent may lie paragraphs before. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "compact.h"

void compact_init(compact_list *l) { memset(l, 0, sizeof *l); }

void compact_free(compact_list *l) {
    free(l->b);
    compact_init(l);
}

/* Where each optional span of an annotation sits, in stored order. */
static const size_t span_at[] = {
    offsetof(annotation, source.name), offsetof(annotation, source.refers_to),
    offsetof(annotation, source.via), offsetof(annotation, cue),
    offsetof(annotation, content), offsetof(annotation, reason),
    offsetof(annotation, marker), offsetof(annotation, rebuttal),
    offsetof(annotation, actor), offsetof(annotation, condition),
    offsetof(annotation, response),
};

static const span *span_of(const annotation *x, int i) {
    return (const span *)((const char *)x + span_at[i]);
}

static span *span_to(annotation *x, int i) {
    return (span *)((char *)x + span_at[i]);
}
#define NSPANS ((int)(sizeof span_at / sizeof *span_at))

/* Worst case of one annotation. */
#define MAX_BYTES (2 + 10 + 20 * (1 + NSPANS + ANN_MAX_DESCRIPTORS + ANN_MAX_ITEMS) + \
                   10 * 4 + 2 * ANN_NAME_MAX + 10 * ANN_MAX_NOTES)

static unsigned char *put_uint(unsigned char *p, unsigned long long v) {
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    return p;
}

static unsigned char *put_span(unsigned char *p, span s) {
    long long start = (long long)s.start;
    unsigned long long z = start < 0 ? ((unsigned long long)(-(start + 1)) << 1) | 1
                                     : (unsigned long long)start << 1;
    p = put_uint(p, z);
    return put_uint(p, s.end - s.start);
}

static unsigned char *put_name(unsigned char *p, const char *s) {
    size_t n = strnlen(s, ANN_NAME_MAX - 1);
    p = put_uint(p, n);
    memcpy(p, s, n);
    return p + n;
}

/* x's bytes at p; returns the end. */
static unsigned char *put_annotation(unsigned char *p, const annotation *x) {
    *p++ = (unsigned char)((unsigned)x->kind | (x->weak ? 8u : 0u) |
                           (x->source.anonymous ? 16u : 0u) |
                           (x->source.via_anonymous ? 32u : 0u));
    unsigned mask = 0;
    for (int i = 0; i < NSPANS; i++)
        if (!span_is_null(*span_of(x, i))) mask |= 1u << i;
    p = put_uint(p, mask);
    p = put_span(p, x->whole);
    for (int i = 0; i < NSPANS; i++)
        if (mask & (1u << i)) p = put_span(p, *span_of(x, i));
    p = put_uint(p, (unsigned long long)(x->count + 1));
    p = put_uint(p, (unsigned)x->ndescriptors);
    for (int i = 0; i < x->ndescriptors; i++) p = put_span(p, x->descriptors[i]);
    p = put_uint(p, (unsigned)x->nitems);
    for (int i = 0; i < x->nitems; i++) p = put_span(p, x->items[i]);
    p = put_name(p, x->why);
    p = put_name(p, x->canonical);
    p = put_uint(p, (unsigned)x->nnotes);
    for (int i = 0; i < x->nnotes; i++) p = put_uint(p, (unsigned)x->notes[i]);
    return p;
}

/* The list grows by what x takes, not by its worst case: thousands of
 * lists reserved at the worst case (kilobytes each) and then shrunk left
 * holes no later list fitted in, and the heap grew by them. */
int compact_push(compact_list *l, const annotation *x) {
    unsigned char one[MAX_BYTES];
    size_t n = (size_t)(put_annotation(one, x) - one);
    if (l->len + n > l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        while (cap < l->len + n) cap *= 2;
        unsigned char *b = realloc(l->b, cap);
        if (!b) return -1;
        l->b = b;
        l->cap = cap;
    }
    memcpy(l->b + l->len, one, n);
    l->len += n;
    l->n++;
    return 0;
}

void compact_shrink(compact_list *l) {
    if (l->cap == l->len) return;
    if (!l->len) {
        compact_free(l);
        return;
    }
    unsigned char *b = realloc(l->b, l->len);
    if (b) {
        l->b = b;
        l->cap = l->len;
    }
}

static const unsigned char *get_uint(const unsigned char *p, unsigned long long *v) {
    unsigned long long r = 0;
    int shift = 0;
    while (*p & 0x80) {
        r |= (unsigned long long)(*p++ & 0x7f) << shift;
        shift += 7;
    }
    *v = r | ((unsigned long long)*p++ << shift);
    return p;
}

static const unsigned char *get_span(const unsigned char *p, span *s) {
    unsigned long long z, n;
    p = get_uint(p, &z);
    p = get_uint(p, &n);
    long long start = z & 1 ? -(long long)(z >> 1) - 1 : (long long)(z >> 1);
    s->start = (size_t)start;
    s->end = s->start + (size_t)n;
    return p;
}

static const unsigned char *get_name(const unsigned char *p, char *s) {
    unsigned long long n;
    p = get_uint(p, &n);
    memcpy(s, p, (size_t)n);
    s[n] = '\0';
    return p + n;
}

size_t compact_read(const compact_list *l, size_t pos, annotation *out) {
    const unsigned char *p = l->b + pos;
    unsigned flags = *p++;
    unsigned long long v, mask;
    *out = annotation_make((ann_kind)(flags & 7), span_null());
    out->weak = (flags & 8) != 0;
    out->source.anonymous = (flags & 16) != 0;
    out->source.via_anonymous = (flags & 32) != 0;
    p = get_uint(p, &mask);
    p = get_span(p, &out->whole);
    for (int i = 0; i < NSPANS; i++)
        if (mask & (1u << i)) p = get_span(p, span_to(out, i));
    p = get_uint(p, &v);
    out->count = (int)v - 1;
    p = get_uint(p, &v);
    out->ndescriptors = (int)v;
    for (int i = 0; i < out->ndescriptors; i++) p = get_span(p, &out->descriptors[i]);
    p = get_uint(p, &v);
    out->nitems = (int)v;
    for (int i = 0; i < out->nitems; i++) p = get_span(p, &out->items[i]);
    p = get_name(p, out->why);
    p = get_name(p, out->canonical);
    p = get_uint(p, &v);
    out->nnotes = (int)v;
    for (int i = 0; i < out->nnotes; i++) {
        p = get_uint(p, &v);
        out->notes[i] = (int)v;
    }
    return (size_t)(p - l->b);
}
