/* findings.c -- split a document into paragraphs, key each by its own bytes
 * and its neighbours', and analyse only paragraphs whose key is new.  A run
 * of new paragraphs is analysed in windows of a bounded size: a whole file
 * costs one pass, not one per paragraph, and never holds the analysis state
 * of all its text at once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analyse.h"
#include "compact.h"
#include "findings.h"

/* Context the analysers may look at around what they annotate: antecedents
 * a few paragraphs back, a rebuttal in the next one.  Before a paragraph,
 * at least CONTEXT_BEFORE paragraphs and CONTEXT_BEFORE_BYTES: twice the
 * analysers' look-back, because what they find back there (an unnamed
 * source that "the official" then points at) was itself found looking
 * back.  With less, a paragraph analysed again after an edit could come
 * out unlike the same paragraph in one pass. */
#define CONTEXT_BEFORE 2
#define CONTEXT_BEFORE_BYTES (2 * ANALYSE_LOOKBACK_BYTES)
#define CONTEXT_AFTER 1
#define CONTEXT_AFTER_BYTES ANALYSE_LOOKAHEAD_BYTES
/* A paragraph longer than this is cut at the next line end, so that an
 * edit in a huge unbroken text does not re-analyse all of it. */
#define PARAGRAPH_MAX_BYTES (16 * 1024)
/* Real paragraphs have tens of findings; a paragraph with more than this
 * is machine-made text (a 50 MB line of claims) that no reader or editor
 * can use more of, and keeping all of it would cost gigabytes. */
#define PARAGRAPH_MAX_FINDINGS ANALYSE_MAX_FINDINGS
/* A run of paragraphs to analyse is cut into windows of about this many
 * bytes (each with its context): analysis state grows with the window. */
#define WINDOW_BYTES (256 * 1024)

void findings_init(findings *f) {
    memset(f, 0, sizeof *f);
}

void findings_free(findings *f) {
    for (size_t i = 0; i < f->n; i++) compact_free(&f->v[i].found);
    free(f->v);
    findings_init(f);
}

/* ---- ranges of paragraphs ---------------------------------------------- */

static void range_take(paragraph_range *r, size_t a, size_t b) {
    if (a >= b) return;
    if (r->lo == r->hi) {
        r->lo = a;
        r->hi = b;
        return;
    }
    if (a < r->lo) r->lo = a;
    if (b > r->hi) r->hi = b;
}

/* Where index i lands when paragraphs [pa, pz) become nn new ones; one
 * among the replaced lands at the end of the new ones. */
static size_t spliced_index(size_t i, size_t pa, size_t pz, size_t nn) {
    if (i <= pa) return i;
    if (i >= pz) return i - (pz - pa) + nn;
    return pa + nn;
}

static void range_splice(paragraph_range *r, size_t pa, size_t pz, size_t nn) {
    if (r->lo == r->hi) return;
    r->lo = spliced_index(r->lo, pa, pz, nn);
    r->hi = spliced_index(r->hi, pa, pz, nn);
    if (r->lo >= r->hi) r->lo = r->hi = 0;
}

paragraph_range findings_changed(const findings *f) {
    return f->changed;
}

void findings_mark_sent(findings *f) {
    for (size_t i = f->changed.lo; i < f->changed.hi; i++) f->v[i].sent = 1;
    f->changed.lo = f->changed.hi = 0;
}

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h ^ (h >> 32);
}

static uint64_t mix(uint64_t h, uint64_t x) {
    h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

/* Findings as stored (offsets relative to the paragraph); never 0. */
static uint64_t found_hash(const compact_list *l) {
    return mix(hash_bytes((const char *)l->b, l->len), l->n) | 1;
}

static int is_blank_line(const document *d, size_t i) {
    const char *s = d->text + d->line_start[i];
    size_t n = document_line_len(d, i);
    for (size_t k = 0; k < n; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r') return 0;
    return 1;
}

/* A line that ends a sentence followed by one that starts one: the
 * line-per-paragraph style of much wire copy. */
static int ends_sentence(const document *d, size_t i) {
    const char *s = d->text + d->line_start[i];
    size_t n = document_line_len(d, i);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '"' ||
                 s[n - 1] == ')' || s[n - 1] == '\'')) n--;
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
        (unsigned char)s[n - 2] == 0x80 &&
        ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
        n -= 3;                                   /* closing curly quote */
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

static int starts_paragraph(const document *d, size_t i, size_t bytes) {
    if (is_blank_line(d, i)) return 0;
    if (is_blank_line(d, i - 1)) return 1;
    if (ends_sentence(d, i - 1)) return 1;
    return bytes >= PARAGRAPH_MAX_BYTES;
}

static int push_paragraph(paragraph **v, size_t *n, size_t *cap,
                          size_t first, size_t last) {
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        paragraph *nv = realloc(*v, c * sizeof *nv);
        if (!nv) return -1;
        *v = nv;
        *cap = c;
    }
    paragraph *p = &(*v)[(*n)++];
    memset(p, 0, sizeof *p);
    p->first = first;
    p->last = last;
    compact_init(&p->found);
    return 0;
}

static int split(const document *d, paragraph **v, size_t *n, size_t *cap) {
    *n = 0;
    size_t first = 0;
    for (size_t i = 1; i < d->nlines; i++) {
        size_t bytes = d->line_start[i] - d->line_start[first];
        if (!starts_paragraph(d, i, bytes)) continue;
        if (push_paragraph(v, n, cap, first, i) < 0) return -1;
        first = i;
    }
    if (d->nlines && push_paragraph(v, n, cap, first, d->nlines) < 0) return -1;
    return 0;
}

static void hash_paragraphs(const document *d, paragraph *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t a = d->line_start[v[i].first], b = d->line_start[v[i].last];
        v[i].hash = hash_bytes(d->text + a, b - a);
        v[i].bytes = b - a;
    }
}

/* The first paragraph of i's context before it.  It depends only on the
 * lengths of the paragraphs in between, so an edit further back leaves it
 * (and i's key) alone. */
static size_t context_first(const paragraph *v, size_t i) {
    size_t j = i, bytes = 0;
    while (j > 0 && (i - j < CONTEXT_BEFORE || bytes < CONTEXT_BEFORE_BYTES)) {
        j--;
        bytes += v[j].bytes;
    }
    return j;
}

/* The last paragraph of i's context after it (i itself at the end). */
static size_t context_last(const paragraph *v, size_t n, size_t i) {
    size_t j = i, bytes = 0;
    while (j + 1 < n && (j - i < CONTEXT_AFTER || bytes < CONTEXT_AFTER_BYTES)) {
        j++;
        bytes += v[j].bytes;
    }
    return j;
}

/* ---- the context of one paragraph after another --------------------- */

/* A text of one-line paragraphs ("Yes.") has thousands in 8000 bytes:
 * walking each paragraph's context made keying it quadratic.  Instead the
 * context slides along with the paragraph (both of its ends only move
 * forward) and each side's hash is a polynomial of its paragraphs'
 * hashes, so a step adds one and drops a few, whatever the length. */
#define ROLL 0x100000001b3ULL
#define UNROLL 0xce965057aff6957bULL    /* ROLL's inverse: a step back */
_Static_assert(ROLL * UNROLL == 1, "UNROLL undoes ROLL (mod 2^64)");

typedef struct run {
    size_t lo, hi;       /* paragraphs [lo, hi) */
    size_t bytes;
    uint64_t h;          /* sum of v[j].hash * ROLL^(hi-1-j) */
    uint64_t pw;         /* ROLL^(hi-lo) */
} run;

typedef struct context {
    const paragraph *v;
    size_t n, at;        /* the paragraph whose context this is */
    run before, after;   /* [first, at) and [at+1, last+1) */
} context;

static void run_push(run *r, const paragraph *v) {
    r->h = r->h * ROLL + v[r->hi].hash;
    r->pw *= ROLL;
    r->bytes += v[r->hi].bytes;
    r->hi++;
}

static void run_drop(run *r, const paragraph *v) {
    r->pw *= UNROLL;
    r->h -= v[r->lo].hash * r->pw;
    r->bytes -= v[r->lo].bytes;
    r->lo++;
}

static void run_empty(run *r, size_t at) {
    *r = (run){at, at, 0, 0, 1};
}

/* Grow the run after `at` to CONTEXT_AFTER paragraphs and bytes. */
static void fill_after(context *cx) {
    run *r = &cx->after;
    while (r->hi < cx->n && (r->hi - 1 - cx->at < CONTEXT_AFTER || r->bytes < CONTEXT_AFTER_BYTES))
        run_push(r, cx->v);
}

static void context_start(context *cx, const paragraph *v, size_t n, size_t at) {
    cx->v = v;
    cx->n = n;
    cx->at = at;
    run_empty(&cx->before, context_first(v, at));
    while (cx->before.hi < at) run_push(&cx->before, v);
    run_empty(&cx->after, at + 1);
    fill_after(cx);
}

/* The context of the next paragraph. */
static void context_next(context *cx) {
    run *b = &cx->before, *a = &cx->after;
    run_push(b, cx->v);                     /* at joins the paragraphs before */
    cx->at++;
    while (cx->at - (b->lo + 1) >= CONTEXT_BEFORE &&
           b->bytes - cx->v[b->lo].bytes >= CONTEXT_BEFORE_BYTES)
        run_drop(b, cx->v);
    if (a->lo < a->hi) run_drop(a, cx->v);   /* the new at leaves */
    else run_empty(a, cx->at + 1);
    fill_after(cx);
}

static size_t context_low(const context *cx) { return cx->before.lo; }
static size_t context_high(const context *cx) { return cx->after.hi - 1; }

/* The cache key of the paragraph at cx: its bytes and its context's. */
static uint64_t context_key(const context *cx) {
    uint64_t k = mix(mix(cx->v[cx->at].hash, cx->before.h), cx->after.h);
    /* the start and the end of the text are context too */
    k = mix(mix(k, cx->at - context_low(cx)), context_high(cx) - cx->at);
    return k ? k : 1;
}

static uint64_t key_of(const paragraph *v, size_t n, size_t i) {
    context cx;
    context_start(&cx, v, n, i);
    return context_key(&cx);
}

/* Open addressing from key to index in the old paragraph array. */
typedef struct keymap {
    uint64_t *keys;
    size_t *idx;
    size_t mask;
} keymap;

static int keymap_build(keymap *m, const paragraph *v, size_t n) {
    size_t size = 16;
    while (size < n * 2) size *= 2;
    m->keys = calloc(size, sizeof *m->keys);
    m->idx = malloc(size * sizeof *m->idx);
    m->mask = size - 1;
    if (!m->keys || !m->idx) return -1;
    for (size_t i = 0; i < n; i++) {
        size_t s = (size_t)v[i].key & m->mask;
        while (m->keys[s] && m->keys[s] != v[i].key) s = (s + 1) & m->mask;
        m->keys[s] = v[i].key;
        m->idx[s] = i;
    }
    return 0;
}

static long keymap_find(const keymap *m, uint64_t key) {
    size_t s = (size_t)key & m->mask;
    while (m->keys[s]) {
        if (m->keys[s] == key) return (long)m->idx[s];
        s = (s + 1) & m->mask;
    }
    return -1;
}

static void keymap_free(keymap *m) {
    free(m->keys);
    free(m->idx);
}

/* Take the old paragraph's findings when the new one has the same key.
 * Each old entry is taken once; a duplicate key is analysed afresh. */
static void reuse(paragraph *nv, size_t n, paragraph *old, size_t oldn,
                  char *fresh) {
    keymap m;
    if (keymap_build(&m, old, oldn) < 0) {
        keymap_free(&m);
        memset(fresh, 1, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        long j = keymap_find(&m, nv[i].key);
        if (j >= 0 && old[j].key && !old[j].fresh) {
            nv[i].found = old[j].found;
            nv[i].sent = old[j].sent;
            compact_init(&old[j].found);
            old[j].key = 0;
            fresh[i] = 0;
        } else {
            fresh[i] = 1;
        }
    }
    keymap_free(&m);
}

size_t findings_offset(const findings *f, const document *d, size_t i) {
    return d->line_start[f->v[i].first];
}

/* Widen [*lo, *hi) to take in span s. */
static void extend(span s, size_t *lo, size_t *hi) {
    if (span_is_null(s)) return;
    if (s.start < *lo) *lo = s.start;
    if (s.end > *hi) *hi = s.end;
}

/* The bytes every span of x reaches, offsets as in x. */
static void reach(const annotation *x, size_t *lo, size_t *hi) {
    *lo = x->whole.start;
    *hi = x->whole.end;
    extend(x->source.name, lo, hi);
    extend(x->source.refers_to, lo, hi);
    extend(x->source.via, lo, hi);
    extend(x->cue, lo, hi);
    extend(x->content, lo, hi);
    for (int i = 0; i < x->ndescriptors; i++) extend(x->descriptors[i], lo, hi);
    extend(x->reason, lo, hi);
    extend(x->marker, lo, hi);
    extend(x->rebuttal, lo, hi);
    extend(x->actor, lo, hi);
    for (int i = 0; i < x->nitems; i++) extend(x->items[i], lo, hi);
    extend(x->condition, lo, hi);
    extend(x->response, lo, hi);
}

/* A paragraph whose findings reach past the paragraphs its key covers
 * must not be reused: an edit out there would leave stale spans, even
 * spans past the end of the text.  It gets a key no text hashes to. */
static void unkey_if_reaching(findings *f, const document *d, const context *cx,
                              const annotation *x, size_t wstart) {
    size_t lo, hi, p = cx->at;
    reach(x, &lo, &hi);
    if (lo + wstart < findings_offset(f, d, context_low(cx)) ||
        hi + wstart > d->line_start[f->v[context_high(cx)].last]) {
        f->v[p].key = mix(0x5bd1e9955bd1e995ULL, ++f->unkeyed) | 1;
        f->v[p].unkeyed = 1;
        range_take(&f->unkeyed_at, p, p + 1);
    }
}

/* The indexes of l's annotations in annotations_sort's order, without
 * moving the 720-byte annotations; ties keep the analysers' order.  The
 * analysers emit sentence by sentence, out of order only inside a
 * sentence: an insertion sort does about one comparison per annotation,
 * of neighbours in memory.  -1 past a budget of moves (a text that
 * defeats that): the caller sorts the annotations themselves. */
static int sort_order(const annotations *l, size_t *order) {
    size_t moves = 0, budget = 64 * l->n + 4096;
    for (size_t k = 0; k < l->n; k++) {
        size_t i = k;
        for (; i > 0 && annotation_before(&l->v[k], &l->v[order[i - 1]]); i--) {
            if (++moves > budget) return -1;
            order[i] = order[i - 1];
        }
        order[i] = k;
    }
    return 0;
}

/* Analyse paragraphs [a, b) in one window with their context, and hand
 * each annotation to the paragraph it starts in. */
static int analyse_run(findings *f, const document *d, const ruleset *rs,
                       const noteset *notes, size_t a, size_t b,
                       char *err, size_t errlen) {
    context cx;
    context_start(&cx, f->v, f->n, a);
    size_t ca = context_low(&cx);
    size_t cb = context_last(f->v, f->n, b - 1) + 1;
    size_t wstart = findings_offset(f, d, ca);
    size_t wend = d->line_start[f->v[cb - 1].last];
    size_t from = findings_offset(f, d, a) - wstart;
    size_t to = d->line_start[f->v[b - 1].last] - wstart;
    annotations found;
    annotations_init(&found);
    int rc = analyse(rs, d->text + wstart, wend - wstart, from, to, &found,
                     err, errlen);
    size_t p = a, cut = 0;
    size_t *order = found.n ? malloc(found.n * sizeof *order) : NULL;
    if (order && sort_order(&found, order) < 0) {
        free(order);
        order = NULL;
    }
    if (!order) annotations_sort(&found);
    for (size_t k = 0; k < found.n; k++) {
        annotation *x = &found.v[order ? order[k] : k];   /* each once: changed in place */
        noteset_attach(notes, d->text + wstart, wend - wstart, x);
        size_t at = x->whole.start + wstart;
        while (p + 1 < b && findings_offset(f, d, p + 1) <= at) {
            p++;
            context_next(&cx);
        }
        unkey_if_reaching(f, d, &cx, x, wstart);
        annotation_shift(x, (long long)wstart - (long long)findings_offset(f, d, p));
        if (f->v[p].found.n >= PARAGRAPH_MAX_FINDINGS) {
            if (!cut++)
                snprintf(err, errlen, "the paragraph at line %zu has more than %d findings; "
                         "the rest are not shown", f->v[p].first + 1, PARAGRAPH_MAX_FINDINGS);
            continue;
        }
        if (compact_push(&f->v[p].found, x) < 0) rc = -1;
    }
    if (cut) rc = -1;
    for (size_t i = a; i < b; i++) {
        paragraph *q = &f->v[i];
        compact_shrink(&q->found);
        /* a neighbour analysed again because its context changed mostly
         * finds what it found before: the editor keeps those marks */
        if (q->had && q->had == found_hash(&q->found)) q->sent = 1;
        q->had = 0;
    }
    f->analysed += b - a;
    free(order);
    annotations_free(&found);
    return rc;
}

/* Split, key and reuse from scratch: the first time, or when the whole
 * text was replaced. */
static int prepare_all(findings *f, const document *d, char *err, size_t errlen) {
    paragraph *nv = NULL;
    size_t n = 0, cap = 0;
    if (split(d, &nv, &n, &cap) < 0) {
        free(nv);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    hash_paragraphs(d, nv, n);
    context cx;
    for (size_t i = 0; i < n; i++) {
        if (i == 0) context_start(&cx, nv, n, 0);
        else context_next(&cx);
        nv[i].key = context_key(&cx);
    }
    char *fresh = malloc(n ? n : 1);
    if (!fresh) {
        free(nv);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    reuse(nv, n, f->v, f->n, fresh);
    for (size_t i = 0; i < n; i++) nv[i].fresh = fresh[i];
    free(fresh);
    uint64_t unkeyed = f->unkeyed;
    findings_free(f);
    f->unkeyed = unkeyed;
    f->v = nv;
    f->n = n;
    f->cap = cap;
    f->changed.lo = 0;
    f->changed.hi = n;
    return 0;
}

/* Split lines from paragraph pa's first on until the new split meets the
 * old one again at or after line b (past the changed lines, a paragraph
 * start depends only on unchanged text).  *pz: the old paragraph where
 * they meet, f->n when they do not. */
static int resplit(const findings *f, const document *d, size_t pa, size_t b,
                   long long delta, paragraph **nv, size_t *nn, size_t *ncap,
                   size_t *pz) {
    size_t first = f->v[pa].first, j = pa + 1;
    for (size_t i = first + 1; i < d->nlines; i++) {
        size_t bytes = d->line_start[i] - d->line_start[first];
        if (!starts_paragraph(d, i, bytes)) continue;
        if (push_paragraph(nv, nn, ncap, first, i) < 0) return -1;
        first = i;
        long long old = (long long)i - delta;
        if (i < b || old < 0) continue;
        while (j < f->n && (long long)f->v[j].first < old) j++;
        if (j < f->n && (long long)f->v[j].first == old) {
            *pz = j;
            return 0;
        }
    }
    if (push_paragraph(nv, nn, ncap, first, d->nlines) < 0) return -1;
    *pz = f->n;
    return 0;
}

/* Paragraph i must be analysed again: its key changed or its findings
 * reach past its context. */
static void refresh(findings *f, size_t i, uint64_t key) {
    paragraph *p = &f->v[i];
    range_take(&f->changed, i, i + 1);
    p->key = key;
    p->fresh = 1;
    p->had = p->sent ? found_hash(&p->found) : 0;
    p->sent = 0;
    p->unkeyed = 0;
    compact_free(&p->found);
}

static int reserve_paragraphs(findings *f, size_t n) {
    if (n <= f->cap) return 0;
    paragraph *v = realloc(f->v, n * sizeof *v);
    if (!v) return -1;
    f->v = v;
    f->cap = n;
    return 0;
}

/* Old paragraphs [pa, pz) become the nn paragraphs of nv and the ones
 * after move by delta lines; then the keys whose context holds a new
 * paragraph are made again.  A new paragraph takes the findings of an old
 * one with its key; a neighbour whose key changed is analysed again. */
static int splice(findings *f, size_t pa, size_t pz, const paragraph *nv,
                  size_t nn, long long delta) {
    size_t nold = pz - pa, n = f->n - nold + nn;
    paragraph *old = malloc((nold ? nold : 1) * sizeof *old);
    char *fresh = malloc(nn ? nn : 1);
    if (!old || !fresh || reserve_paragraphs(f, n) < 0) {
        free(old);
        free(fresh);
        return -1;
    }
    memcpy(old, f->v + pa, nold * sizeof *old);
    /* typing changes no paragraph count and no line count: then the
     * paragraphs after are left alone */
    if (nn != nold) memmove(f->v + pa + nn, f->v + pz, (f->n - pz) * sizeof *f->v);
    memcpy(f->v + pa, nv, nn * sizeof *nv);
    for (size_t i = pa + nn; delta && i < n; i++) {
        f->v[i].first = (size_t)((long long)f->v[i].first + delta);
        f->v[i].last = (size_t)((long long)f->v[i].last + delta);
    }
    f->n = n;
    range_splice(&f->changed, pa, pz, nn);
    range_splice(&f->unkeyed_at, pa, pz, nn);
    range_take(&f->changed, pa, pa + nn);
    /* the paragraphs around whose context reaches the new ones (or, when
     * nn is 0, reached the ones removed): back from pa while the context
     * after reaches pa, on from pa + nn while the one before reaches back */
    size_t k0 = pa, bytes = 0;                 /* bytes of [k0, pa) */
    if (nn == 0 && k0 > 0) bytes += f->v[--k0].bytes;
    while (k0 > 0 && pa < n && (pa - k0 < CONTEXT_AFTER || bytes < CONTEXT_AFTER_BYTES))
        bytes += f->v[--k0].bytes;
    context cx;
    for (size_t i = k0; i < n; i++) {
        if (i == k0) context_start(&cx, f->v, n, k0);
        else context_next(&cx);
        if (i >= pa + nn && i != pa && context_low(&cx) >= pa + nn) break;
        uint64_t key = context_key(&cx);
        if (i >= pa && i < pa + nn) f->v[i].key = key;
        else if (key != f->v[i].key) refresh(f, i, key);
    }
    reuse(f->v + pa, nn, old, nold, fresh);
    for (size_t i = 0; i < nn; i++) f->v[pa + i].fresh = fresh[i];
    for (size_t i = 0; i < nold; i++) compact_free(&old[i].found);
    free(old);
    free(fresh);
    return 0;
}

/* Only the paragraphs around the changed lines are split and keyed again:
 * on a 10 MB buffer a keystroke must not cost a pass over all of it. */
static int prepare_changed(findings *f, const document *d, char *err, size_t errlen) {
    long long delta = (long long)d->nlines - (long long)f->nlines;
    size_t a = d->dirty_first, b = d->dirty_last;
    size_t pa = a ? findings_paragraph_at(f, a - 1) : 0;
    if (pa >= f->n) pa = f->n - 1;
    paragraph *nv = NULL;
    size_t nn = 0, ncap = 0, pz;
    int rc = resplit(f, d, pa, b, delta, &nv, &nn, &ncap, &pz);
    if (rc == 0) {
        hash_paragraphs(d, nv, nn);
        rc = splice(f, pa, pz, nv, nn, delta);
    }
    free(nv);
    if (rc < 0) snprintf(err, errlen, "out of memory");
    return rc;
}

int findings_prepare(findings *f, document *d, char *err, size_t errlen) {
    int rc;
    if (!f->synced || d->replaced || !f->n || !d->nlines)
        rc = prepare_all(f, d, err, errlen);
    else if (d->dirty)
        rc = prepare_changed(f, d, err, errlen);
    else
        rc = 0;
    f->analysed = 0;
    if (rc < 0) {
        findings_free(f);       /* start afresh next time */
        return -1;
    }
    /* findings that reach past their context are never reused */
    paragraph_range u = f->unkeyed_at;
    for (size_t i = u.lo; i < u.hi; i++)
        if (f->v[i].unkeyed) refresh(f, i, key_of(f->v, f->n, i));
    f->unkeyed_at.lo = f->unkeyed_at.hi = 0;
    f->synced = 1;
    f->nlines = d->nlines;
    document_mark_clean(d);
    return 0;
}

/* The end of a window that starts at paragraph i: the run of fresh
 * paragraphs up to b, cut where a new WINDOW_BYTES block of the text
 * begins, so that the segments and tokens of a 10 MB file are never held
 * at once.  The cuts do not depend on where a caller's slice begins, so
 * a text analysed a slice at a time is cut where it is cut in one go. */
static size_t window_end(const findings *f, const document *d, size_t i, size_t b) {
    size_t j = i + 1;
    while (j < b && f->v[j].fresh && !findings_window_start(f, d, j)) j++;
    return j;
}

int findings_window_start(const findings *f, const document *d, size_t i) {
    return i > 0 && i < f->n &&
           findings_offset(f, d, i) / WINDOW_BYTES != findings_offset(f, d, i - 1) / WINDOW_BYTES;
}

int findings_analyse(findings *f, const document *d, const ruleset *rs,
                     const noteset *notes, size_t a, size_t b,
                     char *err, size_t errlen) {
    int rc = 0;
    if (b > f->n) b = f->n;
    if (b > f->changed.hi) b = f->changed.hi;    /* none fresh outside */
    if (a < f->changed.lo) a = f->changed.lo;
    for (size_t i = a; i < b;) {
        if (!f->v[i].fresh) { i++; continue; }
        size_t j = window_end(f, d, i, b);
        if (analyse_run(f, d, rs, notes, i, j, err, errlen) < 0) rc = -1;
        for (size_t k = i; k < j; k++) f->v[k].fresh = 0;
        i = j;
    }
    return rc;
}

int findings_update(findings *f, document *d, const ruleset *rs,
                    const noteset *notes, char *err, size_t errlen) {
    if (findings_prepare(f, d, err, errlen) < 0) return -1;
    return findings_analyse(f, d, rs, notes, 0, f->n, err, errlen);
}

size_t findings_paragraph_at(const findings *f, size_t line) {
    size_t lo = 0, hi = f->n;
    while (lo < hi) {               /* first paragraph with last > line */
        size_t mid = lo + (hi - lo) / 2;
        if (f->v[mid].last > line) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

size_t findings_count(const findings *f, size_t i) { return f->v[i].found.n; }

size_t findings_next(const findings *f, size_t i, size_t pos, annotation *out) {
    return compact_read(&f->v[i].found, pos, out);
}

int findings_collect(const findings *f, const document *d, annotations *out) {
    for (size_t i = 0; i < f->n; i++) {
        long long base = (long long)findings_offset(f, d, i);
        size_t pos = 0;
        for (size_t k = 0; k < f->v[i].found.n; k++) {
            annotation x;
            pos = compact_read(&f->v[i].found, pos, &x);
            annotation_shift(&x, base);
            if (!annotations_push(out, &x)) return -1;
        }
    }
    return 0;
}
