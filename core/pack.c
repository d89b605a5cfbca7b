/* pack.c -- see pack.h.  Absent parts are left out of the map, never
 * packed as nil, so Lua sees nil rather than vim.NIL. */
#include <string.h>
#include "pack.h"

void pack_str(msgpack_packer *pk, const char *s, size_t n) {
    msgpack_pack_str(pk, n);
    msgpack_pack_str_body(pk, s, n);
}

void pack_cstr(msgpack_packer *pk, const char *s) { pack_str(pk, s, strlen(s)); }

static void pack_bool(msgpack_packer *pk, int v) {
    if (v) msgpack_pack_true(pk);
    else msgpack_pack_false(pk);
}

/* The span's own fields, `extra` more entries to follow in the map. */
static void span_map(const span_writer *w, span s, size_t extra) {
    msgpack_packer *pk = w->pk;
    size_t a = w->base + s.start, b = w->base + s.end;
    if (w->doc) {
        size_t l0, c0, l1, c1;
        document_position(w->doc, a, &l0, &c0);
        document_position(w->doc, b, &l1, &c1);
        msgpack_pack_map(pk, 5 + extra);
        pack_cstr(pk, "lnum"); msgpack_pack_uint64(pk, l0);
        pack_cstr(pk, "col"); msgpack_pack_uint64(pk, c0);
        pack_cstr(pk, "end_lnum"); msgpack_pack_uint64(pk, l1);
        pack_cstr(pk, "end_col"); msgpack_pack_uint64(pk, c1);
    } else {
        msgpack_pack_map(pk, 3 + extra);
        pack_cstr(pk, "start"); msgpack_pack_uint64(pk, a);
        pack_cstr(pk, "end"); msgpack_pack_uint64(pk, b);
    }
    pack_cstr(pk, "text");
    pack_str(pk, w->text + a, s.end - s.start);
}

static void span_entry(const span_writer *w, const char *key, span s) {
    pack_cstr(w->pk, key);
    span_map(w, s, 0);
}

static size_t present(span s) { return !span_is_null(s); }

static void source_entry(const span_writer *w, const source_ref *src) {
    msgpack_packer *pk = w->pk;
    pack_cstr(pk, "source");
    span_map(w, src->name, 1 + present(src->refers_to) + present(src->via));
    pack_cstr(pk, "anonymous");
    pack_bool(pk, src->anonymous);
    if (present(src->refers_to)) span_entry(w, "refers_to", src->refers_to);
    if (present(src->via)) {
        pack_cstr(pk, "via");
        span_map(w, src->via, 1);
        pack_cstr(pk, "anonymous");
        pack_bool(pk, src->via_anonymous);
    }
}

static void span_list_entry(const span_writer *w, const char *key,
                            const span *v, int n, int as_text) {
    pack_cstr(w->pk, key);
    msgpack_pack_array(w->pk, (size_t)n);
    for (int i = 0; i < n; i++) {
        if (as_text) pack_str(w->pk, w->text + w->base + v[i].start, span_len(v[i]));
        else span_map(w, v[i], 0);
    }
}

static size_t claim_count(const annotation *x) {
    return present(x->source.name) + present(x->cue) + present(x->content);
}

static void claim_entries(const span_writer *w, const annotation *x) {
    if (present(x->source.name)) source_entry(w, &x->source);
    if (present(x->cue)) span_entry(w, "cue", x->cue);
    if (present(x->content)) span_entry(w, "content", x->content);
}

static size_t anonymous_count(const annotation *x) {
    return (x->count >= 0) + 1 + present(x->reason);
}

static void anonymous_entries(const span_writer *w, const annotation *x) {
    if (x->count >= 0) {
        pack_cstr(w->pk, "count");
        msgpack_pack_int(w->pk, x->count);
    }
    span_list_entry(w, "descriptors", x->descriptors, x->ndescriptors, 1);
    if (present(x->reason)) span_entry(w, "reason", x->reason);
}

static size_t contested_count(const annotation *x) {
    return present(x->marker) + 1 + present(x->rebuttal);
}

static void contested_entries(const span_writer *w, const annotation *x) {
    if (present(x->marker)) span_entry(w, "marker", x->marker);
    pack_cstr(w->pk, "why");
    pack_cstr(w->pk, x->why);
    if (present(x->rebuttal)) span_entry(w, "rebuttal", x->rebuttal);
}

static size_t demand_count(const annotation *x) {
    return present(x->actor) + (x->canonical[0] != 0) + present(x->cue) + 1 +
           present(x->condition) + present(x->response) + present(x->source.name);
}

static void demand_entries(const span_writer *w, const annotation *x) {
    if (present(x->actor)) span_entry(w, "actor", x->actor);
    if (x->canonical[0]) {
        pack_cstr(w->pk, "canonical");
        pack_cstr(w->pk, x->canonical);
    }
    if (present(x->cue)) span_entry(w, "cue", x->cue);
    span_list_entry(w, "items", x->items, x->nitems, 0);
    if (present(x->condition)) span_entry(w, "condition", x->condition);
    if (present(x->response)) span_entry(w, "response", x->response);
    if (present(x->source.name)) source_entry(w, &x->source);
}

static size_t kind_count(const annotation *x) {
    switch (x->kind) {
    case KIND_CLAIM: return claim_count(x);
    case KIND_ANONYMOUS: return anonymous_count(x);
    case KIND_CONTESTED: return contested_count(x);
    case KIND_DEMAND: return demand_count(x);
    default: return 0;
    }
}

static void notes_entry(const span_writer *w, const annotation *x) {
    pack_cstr(w->pk, "notes");
    msgpack_pack_array(w->pk, (size_t)x->nnotes);
    for (int i = 0; i < x->nnotes; i++) {
        msgpack_pack_map(w->pk, 2);
        pack_cstr(w->pk, "term");
        pack_cstr(w->pk, noteset_term(w->notes, x->notes[i]));
        pack_cstr(w->pk, "text");
        pack_cstr(w->pk, noteset_text(w->notes, x->notes[i]));
    }
}

void pack_annotation(const span_writer *w, const annotation *x) {
    msgpack_packer *pk = w->pk;
    int with_notes = x->nnotes > 0 && w->notes;
    span_map(w, x->whole, 1 + (size_t)(x->weak != 0) + (size_t)with_notes + kind_count(x));
    pack_cstr(pk, "kind");
    pack_cstr(pk, ann_kind_name(x->kind));
    if (x->weak) {
        pack_cstr(pk, "weak");
        msgpack_pack_true(pk);
    }
    if (with_notes) notes_entry(w, x);
    switch (x->kind) {
    case KIND_CLAIM: claim_entries(w, x); break;
    case KIND_ANONYMOUS: anonymous_entries(w, x); break;
    case KIND_CONTESTED: contested_entries(w, x); break;
    case KIND_DEMAND: demand_entries(w, x); break;
    default: break;
    }
}
