/* json_out.c -- the machine-readable output.  Field names are a contract
 * (ANNOTATION.md): fields may be added, never renamed or removed. */
#include <string.h>
#include "json_out.h"

/* Appends, not formats: a 10 MB text makes a million annotations. */
#define ADD(b, lit) strbuf_add((b), (lit), sizeof(lit) - 1)

/* strbuf_puts here, inline, so that a literal's length is known where it
 * is written instead of counted on every call. */
static inline void put(strbuf *b, const char *s) {
    strbuf_add(b, s, strlen(s));
}

/* ,"name": -- one append of one literal */
#define key(b, k) ADD((b), ",\"" k "\":")

/* A literal copied to p; returns its end. */
#define PUT_AT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) + sizeof(lit) - 1)

/* "start":S,"end":E,"text":"..." without braces, for nesting.  Written
 * at once up to the text: a million spans on a 10 MB text. */
static void span_fields(strbuf *b, const char *text, span s) {
    char *p = strbuf_room(b, 64);          /* 8 + 20 + 7 + 20 + 8 bytes */
    if (!p) return;
    p = PUT_AT(p, "\"start\":");
    p = strbuf_put_unsigned(p, s.start);
    p = PUT_AT(p, ",\"end\":");
    p = strbuf_put_unsigned(p, s.end);
    p = PUT_AT(p, ",\"text\":");
    b->len = (size_t)(p - b->s);
    strbuf_json_string(b, text + s.start, span_len(s));
}

static void span_obj(strbuf *b, const char *text, span s) {
    if (span_is_null(s)) {
        put(b, "null");
        return;
    }
    strbuf_add(b, "{", 1);
    span_fields(b, text, s);
    strbuf_add(b, "}", 1);
}

static void text_or_null(strbuf *b, const char *text, span s) {
    if (span_is_null(s)) put(b, "null");
    else strbuf_json_string(b, text + s.start, span_len(s));
}

static void source_obj(strbuf *b, const char *text, const source_ref *s) {
    if (span_is_null(s->name)) {
        put(b, "null");
        return;
    }
    strbuf_add(b, "{", 1);
    span_fields(b, text, s->name);
    put(b, s->anonymous ? ",\"anonymous\":true" : ",\"anonymous\":false");
    key(b, "refers_to");
    span_obj(b, text, s->refers_to);
    key(b, "via");
    if (span_is_null(s->via)) {
        put(b, "null");
    } else {
        strbuf_add(b, "{", 1);
        span_fields(b, text, s->via);
        put(b, s->via_anonymous ? ",\"anonymous\":true}" : ",\"anonymous\":false}");
    }
    strbuf_add(b, "}", 1);
}

static void span_list(strbuf *b, const char *text, const span *v, int n,
                      int as_text) {
    strbuf_add(b, "[", 1);
    for (int i = 0; i < n; i++) {
        if (i) strbuf_add(b, ",", 1);
        if (as_text) text_or_null(b, text, v[i]);
        else span_obj(b, text, v[i]);
    }
    strbuf_add(b, "]", 1);
}

static void claim_fields(strbuf *b, const char *text, const annotation *x) {
    key(b, "source");
    source_obj(b, text, &x->source);
    key(b, "cue");
    span_obj(b, text, x->cue);
    key(b, "content");
    span_obj(b, text, x->content);
}

static void anonymous_fields(strbuf *b, const char *text, const annotation *x) {
    key(b, "count");
    if (x->count >= 0) strbuf_add_unsigned(b, (unsigned)x->count);
    else put(b, "null");
    key(b, "descriptors");
    span_list(b, text, x->descriptors, x->ndescriptors, 1);
    key(b, "reason");
    text_or_null(b, text, x->reason);
    key(b, "reason_span");
    span_obj(b, text, x->reason);
}

static void contested_fields(strbuf *b, const char *text, const annotation *x) {
    key(b, "marker");
    span_obj(b, text, x->marker);
    key(b, "reason");
    strbuf_json_string(b, x->why, strlen(x->why));
    key(b, "rebuttal");
    span_obj(b, text, x->rebuttal);
}

static void demand_fields(strbuf *b, const char *text, const annotation *x) {
    key(b, "actor");
    if (span_is_null(x->actor)) {
        put(b, "null");
    } else {
        strbuf_add(b, "{", 1);
        span_fields(b, text, x->actor);
        key(b, "canonical");
        if (x->canonical[0]) strbuf_json_string(b, x->canonical, strlen(x->canonical));
        else text_or_null(b, text, x->actor);
        strbuf_add(b, "}", 1);
    }
    key(b, "cue");
    span_obj(b, text, x->cue);
    key(b, "items");
    span_list(b, text, x->items, x->nitems, 0);
    key(b, "condition");
    span_obj(b, text, x->condition);
    key(b, "source");
    source_obj(b, text, &x->source);
    key(b, "response");
    span_obj(b, text, x->response);
}

static void notes_field(strbuf *b, const annotation *x, const noteset *notes) {
    key(b, "notes");
    strbuf_add(b, "[", 1);
    for (int i = 0; i < x->nnotes; i++) {
        const char *term = noteset_term(notes, x->notes[i]);
        const char *text = noteset_text(notes, x->notes[i]);
        put(b, i ? ",{\"term\":" : "{\"term\":");
        strbuf_json_string(b, term, strlen(term));
        put(b, ",\"text\":");
        strbuf_json_string(b, text, strlen(text));
        strbuf_add(b, "}", 1);
    }
    strbuf_add(b, "]", 1);
}

void json_out_annotation(strbuf *b, const char *text, const annotation *x,
                         const noteset *notes) {
    ADD(b, "{\"kind\":\"");
    put(b, ann_kind_name(x->kind));
    ADD(b, "\",");
    span_fields(b, text, x->whole);
    if (x->weak) put(b, ",\"weak\":true");
    if (x->nnotes && notes) notes_field(b, x, notes);
    switch (x->kind) {
    case KIND_CLAIM: claim_fields(b, text, x); break;
    case KIND_ANONYMOUS: anonymous_fields(b, text, x); break;
    case KIND_CONTESTED: contested_fields(b, text, x); break;
    case KIND_DEMAND: demand_fields(b, text, x); break;
    default: break;
    }
    strbuf_add(b, "}", 1);
}

void json_out_begin(strbuf *b, const char *name) {
    put(b, "{\"file\":");
    strbuf_json_string(b, name, strlen(name));
    put(b, ",\"annotations\":[");
}

void json_out_item(strbuf *b, size_t i, const char *text, const annotation *x,
                   const noteset *notes) {
    put(b, i ? ",\n " : "\n ");
    json_out_annotation(b, text, x, notes);
}

void json_out_end(strbuf *b) { put(b, "]}"); }

void json_out_document(strbuf *b, const char *name, const char *text,
                       const annotations *a, const noteset *notes) {
    json_out_begin(b, name);
    for (size_t i = 0; i < a->n; i++) json_out_item(b, i, text, &a->v[i], notes);
    json_out_end(b);
}
