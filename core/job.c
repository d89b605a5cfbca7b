/* job.c -- see job.h.  A slice is a run of paragraphs costing about
 * SLICE_BYTES of analysis or packing; a part is cut when it reaches
 * PART_MAX_ANNOTATIONS or PART_MAX_BYTES, and pushed at the end of every
 * slice that put something in it, so the first screen is highlighted while
 * the rest is still being analysed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "job.h"
#include "pack.h"
#include "rpc.h"

/* A slice of about this many bytes of text takes some tens of
 * milliseconds; then the server reads input again.  A slice analyses the
 * whole analysis windows (findings_window_start) its paragraphs lie in, so
 * a text is cut into windows as `check` cuts it and finds the same. */
#define SLICE_BYTES (128 * 1024)
/* What looking at a paragraph that needs no work costs, in those bytes. */
#define PARAGRAPH_COST 16
/* A part the editor decodes and places in a few milliseconds. */
#define PART_MAX_ANNOTATIONS 2000
#define PART_MAX_BYTES (256 * 1024)

enum { STAGE_FOCUS, STAGE_BEFORE, STAGE_AFTER, STAGE_DONE };

void job_init(job *j) {
    memset(j, 0, sizeof *j);
    msgpack_sbuffer_init(&j->ranges);
    msgpack_sbuffer_init(&j->run);
    msgpack_sbuffer_init(&j->one);
}

void job_free(job *j) {
    msgpack_sbuffer_destroy(&j->ranges);
    msgpack_sbuffer_destroy(&j->run);
    msgpack_sbuffer_destroy(&j->one);
}

/* ---- packing ------------------------------------------------------------ */

static void pack_paragraph(msgpack_packer *pk, const buffer *b,
                           const noteset *notes, size_t i) {
    const findings *f = &b->found;
    span_writer w = {pk, b->doc->text, findings_offset(f, b->doc, i), b->doc, notes};
    size_t n = findings_count(f, i), pos = 0;
    for (size_t k = 0; k < n; k++) {
        annotation x;
        pos = findings_next(f, i, pos, &x);
        pack_annotation(&w, &x);
    }
}

static void pack_range_head(msgpack_packer *pk, size_t first, size_t last,
                            size_t count) {
    msgpack_pack_map(pk, 3);
    pack_cstr(pk, "first"); msgpack_pack_uint64(pk, first);
    pack_cstr(pk, "last"); msgpack_pack_uint64(pk, last);
    pack_cstr(pk, "annotations");
    msgpack_pack_array(pk, count);
}

static void pack_range(msgpack_packer *pk, const buffer *b, const noteset *notes,
                       size_t first, size_t last, size_t p0, size_t p1) {
    size_t count = 0;
    for (size_t i = p0; i < p1; i++) count += findings_count(&b->found, i);
    pack_range_head(pk, first, last, count);
    for (size_t i = p0; i < p1; i++) pack_paragraph(pk, b, notes, i);
}

/* The result map up to its `ranges` array, whose elements follow. */
static void pack_head(msgpack_packer *pk, const buffer *b, long long tick,
                      int full, int part, int more, size_t nranges) {
    msgpack_pack_map(pk, 4 + (part > 0) + (more != 0));
    pack_cstr(pk, "buf"); msgpack_pack_int64(pk, b->id);
    pack_cstr(pk, "tick"); msgpack_pack_int64(pk, tick);
    pack_cstr(pk, "full");
    if (full) msgpack_pack_true(pk);
    else msgpack_pack_false(pk);
    if (part > 0) {
        pack_cstr(pk, "part");
        msgpack_pack_int(pk, part);
    }
    if (more) {
        pack_cstr(pk, "more");
        msgpack_pack_true(pk);
    }
    pack_cstr(pk, "ranges");
    msgpack_pack_array(pk, nranges);
}

void job_pack_whole(msgpack_packer *pk, buffer *b, const noteset *notes, int full) {
    const findings *f = &b->found;
    paragraph_range c = findings_changed(f);
    size_t nranges = full ? 1 : 0;
    for (size_t i = c.lo; !full && i < c.hi; i++) nranges += !buffer_was_sent(b, i);
    pack_head(pk, b, b->tick, full, 0, 0, nranges);
    if (full) pack_range(pk, b, notes, 0, b->doc->nlines, 0, f->n);
    for (size_t i = c.lo; !full && i < c.hi; i++)
        if (!buffer_was_sent(b, i)) pack_range(pk, b, notes, f->v[i].first, f->v[i].last, i, i + 1);
}

/* ---- parts -------------------------------------------------------------- */

/* The open range joins the part's finished ones.  Packed, its annotations
 * travel as one msgpack bin of the maps one after another: the editor gets
 * one string for them, cheap to receive, and decodes them as it places
 * them, a few at a time, instead of receiving thousands of tables at once. */
static void close_run(job *j) {
    if (!j->run_next) return;
    msgpack_packer pk;
    msgpack_packer_init(&pk, &j->ranges, msgpack_sbuffer_write);
    if (j->in_parts == PARTS_PACKED) {
        msgpack_pack_map(&pk, 3);
        pack_cstr(&pk, "first"); msgpack_pack_uint64(&pk, j->run_first);
        pack_cstr(&pk, "last"); msgpack_pack_uint64(&pk, j->run_last);
        pack_cstr(&pk, "packed");
        msgpack_pack_bin(&pk, j->run.size);
        msgpack_pack_bin_body(&pk, j->run.data, j->run.size);
    } else {
        pack_range_head(&pk, j->run_first, j->run_last, j->run_n);
        if (j->run.size) msgpack_sbuffer_write(&j->ranges, j->run.data, j->run.size);
    }
    j->nranges++;
    j->nann += j->run_n;
    msgpack_sbuffer_clear(&j->run);
    j->run_n = 0;
    j->run_next = 0;
}

static void push_part(server *s, buffer *b, int more) {
    job *j = &b->work;
    close_run(j);
    j->parts++;
    msgpack_packer *pk = rpc_push_begin(s, "result");
    pack_head(pk, b, j->tick, j->full && j->parts == 1, j->parts, more, j->nranges);
    if (j->ranges.size) msgpack_sbuffer_write(&s->out, j->ranges.data, j->ranges.size);
    rpc_push_end(s);
    msgpack_sbuffer_clear(&j->ranges);
    j->nranges = j->nann = 0;
    /* until the last part is out the editor holds part of a result: if
     * the rest is abandoned, the next result must be full */
    b->sent_tick = -1;
}

/* Paragraph i goes into the part: with the open range when it follows
 * it, else in a range of its own; a full part is pushed first. */
static void add_paragraph(server *s, buffer *b, size_t i) {
    job *j = &b->work;
    const paragraph *p = &b->found.v[i];
    size_t c = findings_count(&b->found, i);
    msgpack_sbuffer_clear(&j->one);
    if (c) {
        msgpack_packer pk;
        msgpack_packer_init(&pk, &j->one, msgpack_sbuffer_write);
        pack_paragraph(&pk, b, s->notes, i);
    }
    if (j->run_next && j->run_next != i) close_run(j);
    if (j->nann + j->run_n > 0 &&
        (j->nann + j->run_n + c > PART_MAX_ANNOTATIONS ||
         j->ranges.size + j->run.size + j->one.size > PART_MAX_BYTES))
        push_part(s, b, 1);
    if (!j->run_next) j->run_first = p->first;
    j->run_last = p->last;
    j->run_next = i + 1;
    if (j->one.size) msgpack_sbuffer_write(&j->run, j->one.data, j->one.size);
    j->run_n += c;
}

/* ---- slices ------------------------------------------------------------- */

static void stage_bounds(const job *j, const findings *f, size_t *a, size_t *z) {
    switch (j->stage) {
    case STAGE_FOCUS: *a = j->focus0; *z = j->focus1; break;
    case STAGE_BEFORE: *a = 0; *z = j->focus0; break;
    case STAGE_AFTER: *a = j->focus1; *z = f->n; break;
    default: *a = *z = 0; break;
    }
    if (j->full) return;
    /* after an edit only the paragraphs around it have anything to do */
    paragraph_range c = findings_changed(f);
    if (*a < c.lo) *a = c.lo;
    if (*z > c.hi) *z = c.hi;
    if (*z < *a) *z = *a;
}

/* Move to the next stage with paragraphs left, or to STAGE_DONE. */
static void settle_stage(job *j, const findings *f) {
    size_t a, z;
    while (j->stage != STAGE_DONE) {
        stage_bounds(j, f, &a, &z);
        if (j->next < a) j->next = a;
        if (j->next < z) return;
        j->stage++;
        j->next = 0;
    }
}

static int to_send(const buffer *b, size_t i) {
    return b->work.full || !buffer_was_sent(b, i);
}

/* The end of the slice that starts at paragraph a of a stage ending at z. */
static size_t slice_end(const buffer *b, size_t a, size_t z) {
    const findings *f = &b->found;
    const document *d = b->doc;
    size_t cost = 0, i = a;
    while (i < z && cost < SLICE_BYTES) {
        const paragraph *p = &f->v[i];
        size_t bytes = d->line_start[p->last] - d->line_start[p->first];
        cost += p->fresh ? 2 * bytes : b->work.full ? bytes : PARAGRAPH_COST;
        i++;
    }
    return i;
}

static void fail(server *s, buffer *b, const char *why) {
    char msg[640];
    snprintf(msg, sizeof msg, "analysis of buffer %lld: %s", b->id, why);
    rpc_push_error(s, b->id, msg);
    b->pending = 0;
    buffer_abandon(b);
}

static int start(server *s, buffer *b) {
    job *j = &b->work;
    char why[512];
    if (!s->rules) {
        rpc_push_error(s, b->id, "no rules loaded: see :Claimlens log");
        b->pending = 0;
        return -1;
    }
    if (findings_prepare(&b->found, b->doc, why, sizeof why) < 0) {
        fail(s, b, why);
        return -1;
    }
    const findings *f = &b->found;
    j->active = 1;
    j->tick = b->tick;
    j->full = b->pending_applied < 0 || b->pending_applied != b->sent_tick;
    j->in_parts = s->parts;
    /* a client without parts gets one push: order does not matter then */
    if (j->in_parts && b->focus_first >= 0 && b->focus_last > b->focus_first) {
        j->focus0 = findings_paragraph_at(f, (size_t)b->focus_first);
        j->focus1 = findings_paragraph_at(f, (size_t)b->focus_last - 1) + 1;
        if (j->focus1 > f->n) j->focus1 = f->n;
        if (j->focus1 < j->focus0) j->focus1 = j->focus0;
    }
    j->stage = STAGE_FOCUS;
    j->next = j->focus0;
    settle_stage(j, f);
    return 0;
}

static void finish(server *s, buffer *b) {
    job *j = &b->work;
    if (j->in_parts) {
        push_part(s, b, 0);
    } else if (j->err[0] && b->found.n == 0) {
        fail(s, b, j->err);
        return;
    } else {
        job_pack_whole(rpc_push_begin(s, "result"), b, s->notes, j->full);
        rpc_push_end(s);
    }
    buffer_mark_sent(b);
    if (j->err[0]) {
        char msg[640];
        snprintf(msg, sizeof msg, "analysis of buffer %lld: %s", b->id, j->err);
        rpc_push_error(s, b->id, msg);
    }
    b->pending = 0;
    buffer_abandon(b);
}

void job_step(server *s, buffer *b) {
    job *j = &b->work;
    if (!j->active && start(s, b) < 0) return;
    findings *f = &b->found;
    if (j->stage != STAGE_DONE) {
        size_t a = j->next, z;
        stage_bounds(j, f, &a, &z);
        a = j->next;
        size_t e = slice_end(b, a, z);
        size_t wa = a, we = e;
        while (wa > 0 && !findings_window_start(f, b->doc, wa)) wa--;
        while (we < f->n && !findings_window_start(f, b->doc, we)) we++;
        char why[512];
        if (findings_analyse(f, b->doc, s->rules, s->notes, wa, we, why, sizeof why) < 0 &&
            !j->err[0])
            snprintf(j->err, sizeof j->err, "%s", why);
        for (size_t i = a; j->in_parts && i < e; i++)
            if (to_send(b, i)) add_paragraph(s, b, i);
        j->next = e;
        settle_stage(j, f);
    }
    if (j->stage == STAGE_DONE) {
        finish(s, b);
        return;
    }
    if (j->in_parts && (j->nann + j->run_n > 0 || (j->full && j->parts == 0)))
        push_part(s, b, 1);
}
