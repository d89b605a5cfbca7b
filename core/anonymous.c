/* anonymous.c -- sources the reader cannot check.  Most are found as the
 * source of a claim (claims.c hands them here); the rest are source nouns
 * the text marks as unnamed without a cue of their own: "two officials
 * familiar with the matter", "people briefed on the talks". */
#include <string.h>
#include "analysers.h"

#define RIGHT_MAX_TOKENS 8

static int overlaps(span a, span b) {
    return a.start < b.end && b.start < a.end;
}

static int already(actx *c, span sp) {
    for (int i = 0; i < c->nanon_done; i++)
        if (overlaps(c->anon_done[i], sp)) return 1;
    return 0;
}

/* The first stated reason; where it holds a narrower one ("on condition
 * of anonymity because the talks are confidential"), the narrower: the
 * reader wants the why, not the arrangement. */
span anonymous_reason(actx *c, size_t s, size_t e) {
    span best = span_null();
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_ANON_REASONS || h->s < s || h->e > e) continue;
        if (span_is_null(best)) best = span_make(h->s, h->e);
        else if (h->s > best.start && h->s < best.end) return span_make(h->s, h->e);
        else break;
    }
    return best;
}

int anonymous_emit(actx *c, const np_info *np) {
    if (already(c, np->sp)) return 0;
    if (c->nanon_done < (int)(sizeof c->anon_done / sizeof *c->anon_done))
        c->anon_done[c->nanon_done++] = np->sp;
    annotation a = annotation_make(KIND_ANONYMOUS, np->sp);
    a.count = np->count;
    for (int i = 0; i < np->ndesc; i++) a.descriptors[i] = np->desc[i];
    a.ndescriptors = np->ndesc;
    a.reason = anonymous_reason(c, c->sent.start, c->sent.end);
    return emit(c, &a);
}

static int marker_in(const actx *c, size_t s, size_t e) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec == PS_ANON_MARKERS && h->s >= s && h->s < e) return 1;
    }
    return 0;
}

/* Words that may stand before a source noun in its phrase. */
static int left_ok(const actx *c, size_t i) {
    const tok *k = &c->t.v[i];
    if (!(k->flags & T_WORD)) return 0;
    return tok_in(c, k, WS_DETERMINERS) || tok_in(c, k, WS_DESCRIPTORS) ||
           rs_count_of(c->rs, c->text + k->s, k->e - k->s) > -2 ||
           (k->flags & T_POSS) || tok_namey(c, i) || tok_is(c, k, "of");
}

/* The phrase around source noun `head`, and whether the text marks it
 * unnamed. */
static int mention(actx *c, size_t head) {
    const tok *t = c->t.v;
    size_t a = head;
    while (a > 0 && head - a < RIGHT_MAX_TOKENS && left_ok(c, a - 1)) a--;
    while (a < head && tok_is(c, &t[a], "of")) a++;
    if (head + 1 < c->t.n && tok_namey(c, head + 1)) return 0;   /* official Jane Doe */
    size_t b = head + 1;
    if (b < c->t.n && marker_in(c, t[b].s, t[b].e + 1)) {
        size_t lim = b + RIGHT_MAX_TOKENS;
        while (b < c->t.n && b < lim && !(t[b].flags & T_PUNCT) &&
               !tok_in(c, &t[b], WS_CLAUSE_WORDS) && !tok_is(c, &t[b], "said"))
            b++;
    }
    span sp = span_make(t[a].s, t[b - 1].e);
    if (already(c, sp)) return 0;
    if (!marker_in(c, sp.start, sp.end)) return 0;
    np_info np = np_classify(c, a, b);
    if (np.kind != NP_ANON) return 0;
    return anonymous_emit(c, &np);
}

static int hit_from(const actx *c, size_t at) {
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if ((h->sec == PS_ANON_MARKERS || h->sec == PS_ANON_REASONS) && h->s == at) return 1;
    }
    return 0;
}

/* "They asked not to be named ...", "Both spoke on condition of
 * anonymity": a pronoun opening the sentence points back at the unnamed
 * sources just given, and the text says so. */
static int pronoun_back(actx *c) {
    static const char *const pro[] = {"they", "he", "she", "both", "all", NULL};
    static const char *const verbs[] = {"spoke", "speak", "talked", "were", "was", NULL};
    if (c->t.n < 3 || !(c->t.v[0].flags & T_WORD)) return 0;
    int ok = 0;
    for (int i = 0; pro[i] && !ok; i++) ok = tok_is(c, &c->t.v[0], pro[i]);
    if (!ok) return 0;
    size_t k = 1;
    for (int i = 0; verbs[i]; i++)
        if (tok_is(c, &c->t.v[1], verbs[i])) k = 2;
    if (!hit_from(c, c->t.v[k].s) && !hit_from(c, c->t.v[1].s)) return 0;
    const annotations *o = c->out;
    size_t at = c->t.v[0].s;
    for (size_t i = o->n, seen = 0; i-- > 0 && seen++ < 16;) {
        const annotation *x = &o->v[i];
        if (x->whole.end <= at && at - x->whole.end > 600) return 0;
        if (x->kind != KIND_ANONYMOUS || x->whole.end > at) continue;
        np_info np;
        memset(&np, 0, sizeof np);
        np.kind = NP_ANON;
        np.sp = span_make(at, c->t.v[0].e);
        np.count = tok_is(c, &c->t.v[0], "both") ? 2 :
                   (tok_is(c, &c->t.v[0], "he") || tok_is(c, &c->t.v[0], "she")) ? 1 : x->count;
        return anonymous_emit(c, &np);
    }
    return 0;
}

int anonymous_run(actx *c) {
    if (pronoun_back(c) < 0) return -1;
    for (size_t i = 0; i < c->h.n; i++) {
        const hit *h = &c->h.v[i];
        if (h->sec != PS_SOURCE_NOUNS) continue;
        size_t k = tok_at(&c->t, h->s);
        if (k >= c->t.n || c->t.v[k].s != h->s) continue;
        if (mention(c, k) < 0) return -1;
    }
    return 0;
}
