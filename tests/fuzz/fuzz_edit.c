/* fuzz_edit.c -- arbitrary edit sequences, as an editor sends them:
 * document_replace_lines against a plain model of the text, with
 * findings_update after some edits.  The document must equal the model,
 * its line index must match the text, every span must stay inside it, and
 * preparing the cache from the changed lines only must give what splitting
 * and keying all the text gives; with CLAIMLENS_FUZZ_DIFF=1
 * the cached findings must also equal a fresh analysis of the same text.
 *
 * Input, repeated: op, first, last, count, then count lines as a length
 * byte (0-63) and that many bytes.  op bit 0: update findings after this
 * edit; bit 1: replace the whole text (document_set_lines). */
#include "document.h"
#include "findings.h"
#include "fuzz.h"

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static int take(reader *r, uint8_t *b) {
    if (!r->n) return -1;
    *b = *r->p++;
    r->n--;
    return 0;
}

/* Byte offset of line i in the model (its length when past the end). */
static size_t model_line(const char *t, size_t len, size_t i) {
    size_t off = 0;
    while (i && off < len) {
        const char *nl = memchr(t + off, '\n', len - off);
        off = nl ? (size_t)(nl - t) + 1 : len;
        i--;
    }
    return off;
}

static size_t model_lines(const char *t, size_t len) {
    size_t n = 0, off = 0;
    while (off < len) {
        const char *nl = memchr(t + off, '\n', len - off);
        off = nl ? (size_t)(nl - t) + 1 : len;
        n++;
    }
    return n;
}

static void check_doc(const document *d, const char *m, size_t mlen) {
    FUZZ_ASSERT(d->len == mlen);
    FUZZ_ASSERT(mlen == 0 || memcmp(d->text, m, mlen) == 0);
    FUZZ_ASSERT(d->text[d->len] == '\0');
    FUZZ_ASSERT(d->nlines == model_lines(m, mlen));
    for (size_t i = 0; i <= d->nlines; i++)
        FUZZ_ASSERT(d->line_start[i] == model_line(m, mlen, i));
}

/* What a failure needs explained: the text, its paragraphs, what each
 * holds (offsets relative to the paragraph). */
static void dump(const findings *f, const document *d) {
    fprintf(stderr, "document, %zu bytes, %zu lines:\n", d->len, d->nlines);
    for (size_t i = 0; i < d->nlines; i++) {
        fprintf(stderr, "  %3zu @%-5zu ", i, d->line_start[i]);
        for (size_t k = d->line_start[i]; k < d->line_start[i + 1]; k++) {
            unsigned char c = (unsigned char)d->text[k];
            if (c >= 0x20 && c < 0x7f && c != '\\') fputc(c, stderr);
            else fprintf(stderr, "\\x%02x", c);
        }
        fputc('\n', stderr);
    }
    for (size_t i = 0; i < f->n; i++) {
        fprintf(stderr, "paragraph %zu: lines [%zu, %zu) @%zu\n", i, f->v[i].first,
                f->v[i].last, findings_offset(f, d, i));
        size_t pos = 0;
        for (size_t k = 0; k < findings_count(f, i); k++) {
            annotation x;
            pos = findings_next(f, i, pos, &x);
            fprintf(stderr, "    %s [%zu, %zu)\n", ann_kind_name(x.kind), x.whole.start,
                    x.whole.end);
        }
    }
}

/* A copy of f's cache, findings and all. */
static void clone(findings *dst, const findings *src) {
    *dst = *src;
    dst->v = malloc((src->n ? src->n : 1) * sizeof *dst->v);
    FUZZ_ASSERT(dst->v != NULL);
    dst->cap = src->n ? src->n : 1;
    for (size_t i = 0; i < src->n; i++) {
        dst->v[i] = src->v[i];
        compact_list *l = &dst->v[i].found;
        l->b = malloc(l->len ? l->len : 1);
        FUZZ_ASSERT(l->b != NULL);
        if (l->len) memcpy(l->b, src->v[i].found.b, l->len);
        l->cap = l->len ? l->len : 1;
    }
}

/* f prepared by its changed lines only must hold exactly what a copy of
 * it prepared by splitting and keying all the text again holds: the same
 * paragraphs, keys, findings taken over and paragraphs left to analyse. */
static void prepare_both_ways(findings *f, document *d) {
    char err[512];
    findings all;
    clone(&all, f);
    document saved = *d;
    all.synced = 0;
    findings_prepare(&all, d, err, sizeof err);
    d->dirty = saved.dirty;
    d->replaced = saved.replaced;
    d->dirty_first = saved.dirty_first;
    d->dirty_last = saved.dirty_last;
    findings_prepare(f, d, err, sizeof err);
    FUZZ_ASSERT(f->n == all.n);
    for (size_t i = 0; i < f->n; i++) {
        const paragraph *p = &f->v[i], *q = &all.v[i];
        FUZZ_ASSERT(p->first == q->first && p->last == q->last && p->hash == q->hash);
        FUZZ_ASSERT(p->key == q->key);
        /* the whole-text way finds only one old paragraph per key, so it
         * analyses a repeated one again where the other way keeps it */
        if (p->fresh || q->fresh) {
            FUZZ_ASSERT(p->fresh <= q->fresh);
            continue;
        }
        FUZZ_ASSERT(p->sent == q->sent && p->found.n == q->found.n);
        FUZZ_ASSERT(p->found.len == q->found.len &&
                    (!p->found.len || memcmp(p->found.b, q->found.b, p->found.len) == 0));
    }
    findings_free(&all);
}

static void check_findings(findings *f, document *d, const ruleset *rs) {
    char err[512];
    prepare_both_ways(f, d);
    findings_analyse(f, d, rs, NULL, 0, f->n, err, sizeof err);
    annotations all;
    annotations_init(&all);
    if (getenv("CLAIMLENS_FUZZ_VERBOSE")) dump(f, d);
    if (findings_collect(f, d, &all) == 0) {
        for (size_t i = 0; i < all.n; i++)
            if (all.v[i].whole.end > d->len) dump(f, d);
        for (size_t i = 0; i < all.n; i++) fuzz_check_annotation(&all.v[i], d->len);
        const char *diff = getenv("CLAIMLENS_FUZZ_DIFF");
        if (diff && *diff == '1') {
            findings fresh;
            findings_init(&fresh);
            annotations want;
            annotations_init(&want);
            findings_update(&fresh, d, rs, NULL, err, sizeof err);
            if (findings_collect(&fresh, d, &want) == 0) {
                annotations_sort(&all);
                annotations_sort(&want);
                if (want.n != all.n) {
                    dump(f, d);
                    fprintf(stderr, "fuzz: cached findings %zu, fresh %zu\n", all.n, want.n);
                    abort();
                }
                for (size_t i = 0; i < all.n; i++)
                    FUZZ_ASSERT(want.v[i].kind == all.v[i].kind &&
                                want.v[i].whole.start == all.v[i].whole.start &&
                                want.v[i].whole.end == all.v[i].whole.end);
            }
            annotations_free(&want);
            findings_free(&fresh);
        }
    }
    annotations_free(&all);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const ruleset *rs = fuzz_rules();
    reader r = {data, size};
    document *d = document_new();
    if (!d) return 0;
    findings f;
    findings_init(&f);
    char *m = NULL;                 /* the model: the text as it must be */
    size_t mlen = 0;
    uint8_t op, b1, b2, cnt;
    int edits = 0;
    while (edits++ < 64 && take(&r, &op) == 0 && take(&r, &b1) == 0 &&
           take(&r, &b2) == 0 && take(&r, &cnt) == 0) {
        size_t nl = d->nlines;
        size_t first = b1 % (nl + 2);           /* nl + 1: past the end */
        size_t last = first + b2 % (nl + 2);
        size_t n = cnt % 8;
        const char *lines[8];
        size_t lens[8];
        size_t k = 0;
        for (; k < n; k++) {
            uint8_t l;
            if (take(&r, &l) < 0) break;
            lens[k] = l % 64 <= r.n ? l % 64 : r.n;
            lines[k] = (const char *)r.p;
            r.p += lens[k];
            r.n -= lens[k];
        }
        n = k;
        /* what document_replace_lines promises, done the slow way */
        int whole = op & 2;
        size_t mfirst = whole ? 0 : first, mlast = whole ? nl : last;
        if (mfirst > nl) mfirst = nl;
        if (mlast > nl) mlast = nl;
        if (mlast < mfirst) mlast = mfirst;
        size_t a = model_line(m, mlen, mfirst), z = model_line(m, mlen, mlast);
        size_t add = 0;
        for (k = 0; k < n; k++) add += lens[k] + 1;
        char *nm = malloc(mlen - (z - a) + add + 1);
        if (!nm) break;
        size_t o = 0;
        if (a) memcpy(nm, m, a);
        o = a;
        for (k = 0; k < n; k++) {
            if (lens[k]) memcpy(nm + o, lines[k], lens[k]);
            o += lens[k];
            nm[o++] = '\n';
        }
        if (mlen > z) memcpy(nm + o, m + z, mlen - z);
        o += mlen - z;
        free(m);
        m = nm;
        mlen = o;

        int rc = whole ? document_set_lines(d, lines, lens, n)
                       : document_replace_lines(d, first, last, lines, lens, n);
        FUZZ_ASSERT(rc == 0);
        check_doc(d, m, mlen);
        if (op & 1) check_findings(&f, d, rs);
    }
    check_findings(&f, d, rs);
    findings_free(&f);
    document_free(d);
    free(m);
    return 0;
}
