/* store.c -- a small array of buffers: an editor has tens open, not
 * thousands, so a linear search is the clearest thing that is fast. */
#include <stdlib.h>
#include <string.h>
#include "store.h"

void store_init(store *s) {
    s->v = NULL;
    s->n = s->cap = 0;
}

static void buffer_free(buffer *b) {
    if (!b) return;
    document_free(b->doc);
    job_free(&b->work);
    findings_free(&b->found);
    free(b);
}

void store_free(store *s) {
    for (size_t i = 0; i < s->n; i++) buffer_free(s->v[i]);
    free(s->v);
    store_init(s);
}

buffer *store_find(const store *s, long long id) {
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i]->id == id) return s->v[i];
    return NULL;
}

buffer *store_open(store *s, long long id) {
    buffer *b = store_find(s, id);
    if (b) return b;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        buffer **v = realloc(s->v, cap * sizeof *v);
        if (!v) return NULL;
        s->v = v;
        s->cap = cap;
    }
    b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->doc = document_new();
    if (!b->doc) {
        free(b);
        return NULL;
    }
    b->id = id;
    b->sent_tick = -1;
    b->focus_first = -1;
    findings_init(&b->found);
    job_init(&b->work);
    s->v[s->n++] = b;
    return b;
}

void store_close(store *s, long long id) {
    for (size_t i = 0; i < s->n; i++) {
        if (s->v[i]->id != id) continue;
        buffer_free(s->v[i]);
        s->v[i] = s->v[--s->n];
        return;
    }
}

void store_forget_findings(store *s) {
    for (size_t i = 0; i < s->n; i++) {
        buffer_abandon(s->v[i]);
        findings_free(&s->v[i]->found);
        s->v[i]->sent_tick = -1;
    }
}

int buffer_mark_sent(buffer *b) {
    findings_mark_sent(&b->found);
    b->sent_tick = b->tick;
    return 0;
}

int buffer_was_sent(const buffer *b, size_t i) {
    return b->found.v[i].sent;
}

void buffer_abandon(buffer *b) {
    job_free(&b->work);
    job_init(&b->work);
}
