/* annotation.c -- the annotation list: a growable array, sorted output. */
#include <stdlib.h>
#include <string.h>
#include "annotation.h"

static const char *kind_names[KIND__COUNT] = {
    "claim", "anonymous", "contested", "demand"
};

const char *ann_kind_name(ann_kind k) {
    return (unsigned)k < KIND__COUNT ? kind_names[k] : "unknown";
}

int ann_kind_from_name(const char *name) {
    for (int k = 0; k < KIND__COUNT; k++)
        if (strcmp(name, kind_names[k]) == 0) return k;
    return -1;
}

static source_ref source_none(void) {
    source_ref s;
    s.name = span_null();
    s.anonymous = 0;
    s.refers_to = span_null();
    s.via = span_null();
    s.via_anonymous = 0;
    return s;
}

annotation annotation_make(ann_kind kind, span whole) {
    annotation x;
    memset(&x, 0, sizeof x);
    x.kind = kind;
    x.whole = whole;
    x.source = source_none();
    x.cue = x.content = x.reason = span_null();
    x.marker = x.rebuttal = span_null();
    x.actor = x.condition = x.response = span_null();
    x.count = -1;
    return x;
}

void annotations_init(annotations *a) {
    a->v = NULL;
    a->n = a->cap = 0;
}

annotation *annotations_push(annotations *a, const annotation *x) {
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        annotation *v = realloc(a->v, cap * sizeof *v);
        if (!v) return NULL;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n] = *x;
    return &a->v[a->n++];
}

void annotations_clear(annotations *a) { a->n = 0; }

void annotations_free(annotations *a) {
    free(a->v);
    annotations_init(a);
}

static void shift(span *s, long long delta) {
    if (span_is_null(*s)) return;
    s->start = (size_t)((long long)s->start + delta);
    s->end = (size_t)((long long)s->end + delta);
}

void annotation_shift(annotation *x, long long delta) {
    shift(&x->whole, delta);
    shift(&x->source.name, delta);
    shift(&x->source.refers_to, delta);
    shift(&x->source.via, delta);
    shift(&x->cue, delta);
    shift(&x->content, delta);
    for (int i = 0; i < x->ndescriptors; i++) shift(&x->descriptors[i], delta);
    shift(&x->reason, delta);
    shift(&x->marker, delta);
    shift(&x->rebuttal, delta);
    shift(&x->actor, delta);
    for (int i = 0; i < x->nitems; i++) shift(&x->items[i], delta);
    shift(&x->condition, delta);
    shift(&x->response, delta);
}

int annotation_before(const annotation *a, const annotation *b) {
    if (a->whole.start != b->whole.start) return a->whole.start < b->whole.start;
    if (a->whole.end != b->whole.end) return a->whole.end > b->whole.end;
    return a->kind < b->kind;
}

static int by_position(const void *pa, const void *pb) {
    const annotation *a = pa, *b = pb;
    return annotation_before(a, b) ? -1 : annotation_before(b, a);
}

void annotations_sort(annotations *a) {
    if (a->n > 1) qsort(a->v, a->n, sizeof *a->v, by_position);
}
