/* methods.c -- the RPC methods of doc/protocol.md.  Arguments are checked
 * here, so a wrong type is an error answer, never a crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "findings.h"
#include "job.h"
#include "methods.h"
#include "pack.h"
#include "version.h"

/* ---- arguments ---------------------------------------------------------- */

static const msgpack_object *arg(const msgpack_object *params, uint32_t i) {
    if (params->type != MSGPACK_OBJECT_ARRAY || i >= params->via.array.size)
        return NULL;
    return &params->via.array.ptr[i];
}

static int get_int(const msgpack_object *o, long long *out) {
    if (!o) return -1;
    if (o->type == MSGPACK_OBJECT_POSITIVE_INTEGER) {
        if (o->via.u64 > (uint64_t)INT64_MAX) return -1;
        *out = (long long)o->via.u64;
    } else if (o->type == MSGPACK_OBJECT_NEGATIVE_INTEGER) {
        *out = o->via.i64;
    } else {
        return -1;
    }
    return 0;
}

/* A list of strings as pointer and length arrays (caller frees both). */
static int get_lines(const msgpack_object *o, const char ***lines,
                     size_t **lens, size_t *n) {
    if (!o || o->type != MSGPACK_OBJECT_ARRAY) return -1;
    *n = o->via.array.size;
    *lines = malloc((*n ? *n : 1) * sizeof **lines);
    *lens = malloc((*n ? *n : 1) * sizeof **lens);
    if (!*lines || !*lens) goto fail;
    for (size_t i = 0; i < *n; i++)
        if (rpc_str(&o->via.array.ptr[i], &(*lines)[i], &(*lens)[i]) < 0) goto fail;
    return 0;
fail:
    free(*lines);
    free(*lens);
    *lines = NULL;
    *lens = NULL;
    return -1;
}

/* Value of `key` in a map, or NULL. */
static const msgpack_object *map_get(const msgpack_object *m, const char *key) {
    if (!m || m->type != MSGPACK_OBJECT_MAP) return NULL;
    size_t klen = strlen(key);
    for (uint32_t i = 0; i < m->via.map.size; i++) {
        const msgpack_object_kv *kv = &m->via.map.ptr[i];
        const char *s;
        size_t n;
        if (rpc_str(&kv->key, &s, &n) == 0 && n == klen && memcmp(s, key, n) == 0)
            return &kv->val;
    }
    return NULL;
}

/* A boolean option that is there and true. */
static int flag(const msgpack_object *o) {
    return o && o->type == MSGPACK_OBJECT_BOOLEAN && o->via.boolean;
}

/* NUL-terminated copies of a list of strings (paths); caller frees. */
static char **get_paths(const msgpack_object *o, size_t *n, strbuf *err) {
    *n = 0;
    if (!o || o->type == MSGPACK_OBJECT_NIL) return NULL;
    if (o->type != MSGPACK_OBJECT_ARRAY) {
        strbuf_puts(err, "expected a list of file paths");
        return NULL;
    }
    char **v = calloc(o->via.array.size + 1, sizeof *v);
    for (uint32_t i = 0; v && i < o->via.array.size; i++) {
        const char *s;
        size_t len;
        if (rpc_str(&o->via.array.ptr[i], &s, &len) < 0 || memchr(s, 0, len)) continue;
        v[*n] = strndup(s, len);
        if (v[*n]) (*n)++;
    }
    return v;
}

static void free_paths(char **v, size_t n) {
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

static buffer *get_buffer(server *s, const msgpack_object *params, strbuf *err) {
    long long id;
    if (get_int(arg(params, 0), &id) < 0) {
        strbuf_puts(err, "expected a buffer number as the first argument");
        return NULL;
    }
    buffer *b = store_find(&s->buffers, id);
    if (!b) strbuf_printf(err, "unknown buffer %lld", id);
    return b;
}

/* ---- hello, reload, ping, stats ----------------------------------------- */

static void pack_rules_state(server *s, msgpack_packer *pk) {
    msgpack_pack_map(pk, 5);
    pack_cstr(pk, "name");
    pack_cstr(pk, "claimlens");
    pack_cstr(pk, "version");
    pack_cstr(pk, CLAIMLENS_VERSION);
    pack_cstr(pk, "protocol");
    msgpack_pack_int(pk, CLAIMLENS_PROTOCOL);
    size_t npacks = s->rules ? ruleset_pack_count(s->rules) : 0;
    pack_cstr(pk, "packs");
    msgpack_pack_array(pk, npacks);
    for (size_t i = 0; i < npacks; i++) pack_cstr(pk, ruleset_pack_name(s->rules, i));
    pack_cstr(pk, "errors");
    msgpack_pack_array(pk, s->rule_errors.n);
    for (size_t i = 0; i < s->rule_errors.n; i++) pack_cstr(pk, s->rule_errors.v[i]);
}

/* Rebuild the rule set from the shipped packs and `opts.packs`; the old
 * set stays when the new one cannot be built. */
/* Notes from every readable file; a bad file is reported and skipped. */
static noteset *load_notes(char **paths, size_t n, msglist *errors) {
    char why[512];
    noteset *ns = noteset_new();
    for (size_t i = 0; ns && i < n; i++)
        if (noteset_add_file(ns, paths[i], why, sizeof why) < 0)
            msglist_add(errors, why);
    if (ns && noteset_finish(ns, why, sizeof why) < 0) {
        msglist_add(errors, why);
        noteset_free(ns);
        ns = NULL;
    }
    return ns;
}

static int reload(server *s, const msgpack_object *opts, strbuf *err) {
    size_t n, nnotes;
    char **paths = get_paths(map_get(opts, "packs"), &n, err);
    char **notes = get_paths(map_get(opts, "notes"), &nnotes, err);
    if (err->len) {
        free_paths(paths, n);
        free_paths(notes, nnotes);
        return -1;
    }
    msglist errors = {0};
    ruleset *rs = packs_load(s->rules_dir, (const char *const *)paths, n, 1, &errors);
    noteset *ns = load_notes(notes, nnotes, &errors);
    free_paths(paths, n);
    free_paths(notes, nnotes);
    msglist_free(&s->rule_errors);
    s->rule_errors = errors;
    if (rs) {                   /* else reported in `errors`; old rules stay */
        ruleset_free(s->rules);
        s->rules = rs;
    }
    noteset_free(s->notes);
    s->notes = ns;
    store_forget_findings(&s->buffers);
    return 0;
}

/* The answer of hello and reload: the response to a request, else a push. */
static void answer_rules_state(server *s, int request, msgpack_packer *pk) {
    if (request) {
        pack_rules_state(s, pk);
    } else {
        pack_rules_state(s, rpc_push_begin(s, "hello"));
        rpc_push_end(s);
        msgpack_pack_nil(pk);
    }
}

static int m_hello(server *s, const msgpack_object *params, int request,
                   msgpack_packer *pk, strbuf *err) {
    const msgpack_object *opts = arg(params, 0);
    const char *client;
    size_t n;
    /* the client first, so that even a refusal travels the way it reads */
    if (rpc_str(map_get(opts, "client"), &client, &n) == 0)
        s->nvim = n == 4 && memcmp(client, "nvim", 4) == 0;
    s->parts = !flag(map_get(opts, "parts")) ? PARTS_NONE
             : flag(map_get(opts, "packed")) ? PARTS_PACKED : PARTS_MAPS;
    long long protocol = CLAIMLENS_PROTOCOL;
    const msgpack_object *p = map_get(opts, "protocol");
    if (p && get_int(p, &protocol) < 0) protocol = -1;
    if (protocol != CLAIMLENS_PROTOCOL) {
        strbuf_printf(err, "protocol %lld not supported: this core speaks %d",
                      protocol, CLAIMLENS_PROTOCOL);
        return -1;
    }
    if ((map_get(opts, "packs") || map_get(opts, "notes")) && reload(s, opts, err) < 0)
        return -1;
    answer_rules_state(s, request, pk);
    return 0;
}

static int m_reload(server *s, const msgpack_object *params, int request,
                    msgpack_packer *pk, strbuf *err) {
    if (reload(s, arg(params, 0), err) < 0) return -1;
    answer_rules_state(s, request, pk);
    return 0;
}

static int m_ping(server *s, const msgpack_object *params, int request,
                  msgpack_packer *pk, strbuf *err) {
    (void)s, (void)params, (void)request, (void)err;
    pack_cstr(pk, "pong");
    return 0;
}

static int m_stats(server *s, const msgpack_object *params, int request,
                   msgpack_packer *pk, strbuf *err) {
    (void)params, (void)request, (void)err;
    size_t bytes = 0, paragraphs = 0, analysed = 0;
    for (size_t i = 0; i < s->buffers.n; i++) {
        bytes += s->buffers.v[i]->doc->len;
        paragraphs += s->buffers.v[i]->found.n;
        analysed += s->buffers.v[i]->found.analysed;
    }
    msgpack_pack_map(pk, 4);
    pack_cstr(pk, "buffers"); msgpack_pack_uint64(pk, s->buffers.n);
    pack_cstr(pk, "bytes"); msgpack_pack_uint64(pk, bytes);
    pack_cstr(pk, "paragraphs"); msgpack_pack_uint64(pk, paragraphs);
    pack_cstr(pk, "analysed"); msgpack_pack_uint64(pk, analysed);
    return 0;
}

/* ---- buffers ------------------------------------------------------------ */

static int m_open(server *s, const msgpack_object *params, int request,
                  msgpack_packer *pk, strbuf *err) {
    (void)request;
    long long id, tick;
    const char **lines;
    size_t *lens, n;
    if (get_int(arg(params, 0), &id) < 0 || get_int(arg(params, 1), &tick) < 0 ||
        get_lines(arg(params, 2), &lines, &lens, &n) < 0) {
        strbuf_puts(err, "open: expected [buf, tick, lines]");
        return -1;
    }
    store_close(&s->buffers, id);       /* a re-open starts afresh */
    buffer *b = store_open(&s->buffers, id);
    int rc = b ? document_set_lines(b->doc, lines, lens, n) : -1;
    free(lines);
    free(lens);
    if (rc < 0) {
        store_close(&s->buffers, id);
        strbuf_puts(err, "open: out of memory");
        return -1;
    }
    b->tick = tick;
    msgpack_pack_nil(pk);
    return 0;
}

static int m_edit(server *s, const msgpack_object *params, int request,
                  msgpack_packer *pk, strbuf *err) {
    (void)request;
    long long tick, first, last;
    const char **lines;
    size_t *lens, n;
    buffer *b = get_buffer(s, params, err);
    if (!b) return -1;
    if (get_int(arg(params, 1), &tick) < 0 || get_int(arg(params, 2), &first) < 0 ||
        get_int(arg(params, 3), &last) < 0 ||
        get_lines(arg(params, 4), &lines, &lens, &n) < 0) {
        strbuf_puts(err, "edit: expected [buf, tick, first, last, lines]");
        return -1;
    }
    int rc = -1;
    if (first < 0 || last < first || (size_t)last > b->doc->nlines)
        strbuf_printf(err, "edit: lines [%lld, %lld) outside buffer %lld of %zu lines",
                      first, last, b->id, b->doc->nlines);
    else if ((rc = document_replace_lines(b->doc, (size_t)first, (size_t)last,
                                          lines, lens, n)) < 0)
        strbuf_puts(err, "edit: out of memory");
    free(lines);
    free(lens);
    if (rc < 0) return -1;
    if (b->work.active) {
        /* the paragraphs under way moved: start again with the new tick,
         * unless parts of the old one are out (nothing more of it goes) */
        if (b->work.parts) b->pending = 0;
        buffer_abandon(b);
    }
    b->tick = tick;
    msgpack_pack_nil(pk);
    return 0;
}

static int m_close(server *s, const msgpack_object *params, int request,
                   msgpack_packer *pk, strbuf *err) {
    (void)request;
    long long id;
    if (get_int(arg(params, 0), &id) < 0) {
        strbuf_puts(err, "close: expected [buf]");
        return -1;
    }
    store_close(&s->buffers, id);
    msgpack_pack_nil(pk);
    return 0;
}

/* ---- analysis ----------------------------------------------------------- */

static int update(server *s, buffer *b, strbuf *err) {
    char why[512];
    if (!s->rules) {
        strbuf_puts(err, "no rules loaded: see :Claimlens log");
        return -1;
    }
    if (findings_update(&b->found, b->doc, s->rules, s->notes, why, sizeof why) < 0) {
        strbuf_printf(err, "analysis of buffer %lld: %s", b->id, why);
        return -1;
    }
    return 0;
}

static int analyse_now(server *s, buffer *b, long long applied,
                       msgpack_packer *pk, strbuf *err) {
    int rc = update(s, b, err);
    int full = applied < 0 || applied != b->sent_tick;
    job_pack_whole(pk, b, s->notes, full);
    buffer_mark_sent(b);
    return rc < 0 && !b->found.n ? -1 : 0;
}

/* focus: [first_line, last_line), or nil; first -1 when absent. */
static int get_focus(const msgpack_object *o, long long *first, long long *last) {
    *first = *last = -1;
    if (!o || o->type == MSGPACK_OBJECT_NIL) return 0;
    if (o->type != MSGPACK_OBJECT_ARRAY || o->via.array.size != 2 ||
        get_int(&o->via.array.ptr[0], first) < 0 || get_int(&o->via.array.ptr[1], last) < 0)
        return -1;
    if (*first < 0 || *last <= *first) *first = *last = -1;
    return 0;
}

static int m_analyse(server *s, const msgpack_object *params, int request,
                     msgpack_packer *pk, strbuf *err) {
    long long tick, applied = -1, f0, f1;
    buffer *b = get_buffer(s, params, err);
    if (!b) return -1;
    if (get_int(arg(params, 1), &tick) < 0 ||
        (arg(params, 2) && get_int(arg(params, 2), &applied) < 0) ||
        get_focus(arg(params, 3), &f0, &f1) < 0) {
        strbuf_puts(err, "analyse: expected [buf, tick, applied_tick, focus?]");
        return -1;
    }
    /* the editor's tick moves on changes without text too */
    if (tick > b->tick) b->tick = tick;
    /* a newer request replaces the one under way: its remaining parts
     * are not sent */
    buffer_abandon(b);
    if (request) return analyse_now(s, b, applied, pk, err);
    b->pending = 1;
    b->pending_applied = applied;
    b->focus_first = f0;
    b->focus_last = f1;
    msgpack_pack_nil(pk);
    return 0;
}

int methods_pending(const server *s) {
    for (size_t i = 0; i < s->buffers.n; i++)
        if (s->buffers.v[i]->pending) return 1;
    return 0;
}

/* One slice for the next buffer with work, in turn, so one large buffer
 * does not hold up the others. */
void methods_run_pending(server *s) {
    size_t n = s->buffers.n;
    for (size_t k = 0; k < n; k++) {
        size_t i = (s->next_pending + k) % n;
        buffer *b = s->buffers.v[i];
        if (!b->pending) continue;
        s->next_pending = i + 1;
        job_step(s, b);
        return;
    }
}

static int m_check(server *s, const msgpack_object *params, int request,
                   msgpack_packer *pk, strbuf *err) {
    (void)request;
    const char *text;
    size_t len;
    if (rpc_str(arg(params, 0), &text, &len) < 0) {
        strbuf_puts(err, "check: expected [text]");
        return -1;
    }
    buffer tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.doc = document_new();
    findings_init(&tmp.found);
    int rc = tmp.doc && document_set_bytes(tmp.doc, text, len) == 0 ? 0 : -1;
    if (rc == 0) rc = update(s, &tmp, err);
    annotations all;
    annotations_init(&all);
    if (rc == 0) rc = findings_collect(&tmp.found, tmp.doc, &all);
    if (rc == 0) {
        annotations_sort(&all);
        msgpack_pack_map(pk, 1);
        pack_cstr(pk, "annotations");
        msgpack_pack_array(pk, all.n);
        span_writer w = {pk, tmp.doc->text, 0, NULL, s->notes};
        for (size_t i = 0; i < all.n; i++) pack_annotation(&w, &all.v[i]);
    } else if (!err->len) {
        strbuf_puts(err, "check: out of memory");
    }
    annotations_free(&all);
    findings_free(&tmp.found);
    document_free(tmp.doc);
    return rc;
}

/* ---- dispatch ----------------------------------------------------------- */

typedef int (*method_fn)(server *, const msgpack_object *, int,
                         msgpack_packer *, strbuf *);

static const struct {
    const char *name;
    method_fn fn;
} methods[] = {
    {"hello", m_hello}, {"ping", m_ping}, {"open", m_open},
    {"edit", m_edit}, {"close", m_close}, {"analyse", m_analyse},
    {"check", m_check}, {"reload", m_reload}, {"stats", m_stats},
};

int methods_call(server *s, const char *method, size_t mlen,
                 const msgpack_object *params, int request,
                 msgpack_packer *result, strbuf *err) {
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        if (strlen(methods[i].name) == mlen &&
            memcmp(methods[i].name, method, mlen) == 0)
            return methods[i].fn(s, params, request, result, err);
    }
    strbuf_puts(err, "unknown method: ");
    strbuf_add(err, method, mlen);
    return -1;
}
